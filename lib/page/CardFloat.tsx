// Positions the card next to its mark once its size is known.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

import type { CardData } from '../cards/card-data';
import type { CardPageInfo } from '../cards/page-info';
import { direction, type Lang, type Translate } from '../i18n/i18n';
import type { PassageTarget } from '../messaging/protocol';
import type { Theme } from '../settings/settings';
import { TopicCard } from '../ui/card/TopicCard';
import { placeCard, type Rect } from './popup-position';

export interface CardFloatProps {
  anchor: Rect;
  textDirection: 'rtl' | 'ltr';
  data: CardData | null;
  /** A line to show instead of a card (the keyboard route found no name). */
  notice?: string;
  lang: Lang;
  theme: Theme;
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

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // scrollHeight is the whole content's height even while maxHeight clips it, so the
    // box is measured as it stands (clearing maxHeight here would lose it when the placement is unchanged).
    const size = { width: el.offsetWidth, height: el.scrollHeight + 2 };
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const place = placeCard(props.anchor, size, viewport, props.textDirection);
    setStyle({ left: `${place.left}px`, top: `${place.top}px`, maxHeight: `${place.maxHeight}px` });
    if (props.focus) el.focus({ preventScroll: true });
  }, [props.anchor, props.data, props.textDirection, props.focus]);

  return (
    <div
      ref={ref}
      class={`siyaq-theme siyaq-float${props.data ? '' : ' siyaq-float--loading'}`}
      data-theme={props.theme}
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
        }
      }}
      onPointerEnter={() => props.onPointerInside(true)}
      onPointerLeave={() => props.onPointerInside(false)}
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
