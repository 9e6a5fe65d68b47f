// Positions the card next to its mark once its size is known.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

import type { CardData } from '../cards/card-data';
import type { CardPageInfo } from '../cards/page-info';
import { direction, type Lang, type Translate } from '../i18n/language';
import type { PassageTarget } from '../messaging/protocol';
import type { TextSize, Theme } from '../settings/settings';
import { cycleFocus } from '../ui/card/focus-cycle';
import { TopicCard } from '../ui/card/TopicCard';
import { placeCard, type Rect } from './popup-position';
import { placeSheet, SHEET_MAX_WIDTH } from './touch-sheet';

export interface CardFloatProps {
  anchor: Rect;
  textDirection: 'rtl' | 'ltr';
  data: CardData | null;
  /** A line to show instead of a card (the keyboard route found no name). */
  notice?: string;
  lang: Lang;
  theme: Theme;
  textSize: TextSize;
  t: Translate;
  pinned: boolean;
  focus: boolean;
  onPointerInside: (inside: boolean) => void;
  onSelectTopic: (id: string) => void;
  onOpenReader: (target: PassageTarget) => void;
  onPin: () => void;
  onClose: () => void;
  onDisableSite: () => void;
  /** The page's date and the mark the card was opened from. */
  page?: CardPageInfo;
}

export function CardFloat(props: CardFloatProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<Record<string, string>>({ visibility: 'hidden', left: '0px', top: '0px' });
  // A narrow screen gets the sheet; a narrow frame inside a wide page keeps a card that fits the frame.
  const sheet = window === window.top && window.innerWidth <= SHEET_MAX_WIDTH;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // scrollHeight is the whole content's height even while maxHeight clips it, so the
    // box is measured as it stands (clearing maxHeight here would lose it when the placement is unchanged).
    const size = { width: el.offsetWidth, height: el.scrollHeight + 2 };
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    if (sheet) {
      const place = placeSheet(props.anchor, size.height, viewport);
      const radius = place.side === 'top' ? '0 0 14px 14px' : '14px 14px 0 0';
      setStyle({ left: '0px', top: `${place.top}px`, maxHeight: `${place.height}px`, borderRadius: radius });
    } else {
      const place = placeCard(props.anchor, size, viewport, props.textDirection);
      setStyle({ left: `${place.left}px`, top: `${place.top}px`, maxHeight: `${place.maxHeight}px` });
    }
    if (props.focus) el.focus({ preventScroll: true });
  }, [props.anchor, props.data, props.textDirection, props.focus, sheet]);

  return (
    <div
      ref={ref}
      class={`siyaq-theme siyaq-float${sheet ? ' siyaq-float--sheet' : ''}${props.data ? '' : ' siyaq-float--loading'}`}
      data-theme={props.theme}
      data-text-size={props.textSize}
      style={style}
      role="dialog"
      aria-modal="false"
      aria-label={props.data ? props.t('cardLabel', props.data.name[props.lang]) : props.t('extName')}
      tabIndex={-1}
      dir={direction(props.lang)}
      lang={props.lang}
      // Keys inside the card do not reach the page (the shadow root isolates them), so Escape is handled here.
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        } else if (e.key === 'Tab') cycleFocus(e, e.currentTarget);
      }}
      // A finger leaving the card is not a pointer travelling away: touch cards close by a tap outside.
      onPointerEnter={(e) => e.pointerType !== 'touch' && props.onPointerInside(true)}
      onPointerLeave={(e) => e.pointerType !== 'touch' && props.onPointerInside(false)}
    >
      {props.notice ? (
        <p class="siyaq-float__notice" role="status">
          {props.notice}
        </p>
      ) : props.data ? (
        <TopicCard
          data={props.data}
          lang={props.lang}
          t={props.t}
          pinned={props.pinned}
          onPin={props.onPin}
          onClose={props.onClose}
          onSelectTopic={props.onSelectTopic}
          onOpenReader={props.onOpenReader}
          onDisableSite={props.onDisableSite}
          page={props.page}
        />
      ) : (
        <span aria-busy="true">…</span>
      )}
    </div>
  );
}
