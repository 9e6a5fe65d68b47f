// Wires the page parts together: settings decide whether to run; the scanner
// marks mentions; the pointer and keyboard open cards; the popup asks about
// the page. Each part lives in its own file beside this one.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { readPublicationDate } from '../article/page-date';
import { readPageLanguage } from '../article/page-metadata';
import type { CardData } from '../cards/card-data';
import type { CardPageInfo, MarkInfo } from '../cards/page-info';
import { isCorrected, makeCorrection, type Correction } from '../corrections/corrections';
import { addCorrection, loadCorrections, watchCorrections } from '../corrections/store';
import { resolveLanguage, type Lang } from '../i18n/language';
import { pageTranslator } from '../i18n/page-i18n';
import { handleTab, sendToBackground } from '../messaging/channel';
import type { PageMentionsReply, PassageTarget } from '../messaging/protocol';
import { isActiveOn, withSiteDisabled, type Settings } from '../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';
import { CardHost } from './card-host';
import { FrameReport } from './frame-report';
import { mergeCounts } from './frame-tally';
import { HoverIntent } from './hover-intent';
import { bringIntoView, caretStart, stepMark, type StepDirection } from './mark-navigation';
import { mentionAtPoint, textDirectionOf, type MentionHit } from './mention-at-point';
import { markRange, type Mark } from './mention-registry';
import type { PageKnowledge } from './page-knowledge';
import { PageLifetime } from './page-lifetime';
import { PageMarks } from './page-marks';
import { firstLineOf, rectOf, type Rect } from './popup-position';
import { firstMarkIn } from './selection-mark';
import { listenForTaps, type Tap } from './touch-tap';
import { WordFollower } from './word-follower';

const GRACE_MS = 350;
/** How long the popup's question waits for a scan under way (a huge page may take longer; it then gets what is found). */
const MENTIONS_WAIT_MS = 1500;
/** How long the keyboard route's "no name here" stays up. */
const NOTICE_MS = 3000;

interface OpenCard {
  topic: string;
  anchor: Rect;
  dir: 'rtl' | 'ltr';
  /** The mark it was opened from; null when opened from another card's link. */
  mark: Mark | null;
  data: CardData | null;
  pinned: boolean;
  focus: boolean;
  notice?: string;
  /** Where the focus was before a keyboard-opened card took it, to give it back on close. */
  returnFocus?: Element | null;
}

export class SiyaqPage {
  private settings: Settings | null = null;
  private running = false;
  private readonly marks: PageMarks;
  private readonly cards = new CardHost();
  private readonly lifetime: PageLifetime;
  private readonly intent: HoverIntent<MentionHit>;
  private readonly cardCache = new Map<string, Promise<CardData | null>>();
  private open: OpenCard | null = null;
  /** The mark the keyboard last stepped to, where the next step starts once its card is closed. */
  private lastStep: Mark | null = null;
  private readonly follower = new WordFollower((rect) => this.onWordMoved(rect));
  /** In a subframe: what this frame holds, told to the background for the popup. */
  private readonly frameReport =
    window === window.top
      ? null
      : new FrameReport(
          () => this.marks.registry.topicCounts(),
          (topics) => void sendToBackground('siyaq:frame-topics', { topics }),
        );
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number; target: EventTarget | null; time: number } | null = null;
  /** The address last scanned in full, so only a real in-app navigation rescans. */
  private scannedHref = '';
  private dateHref = '';
  private pageDate: string | null = null;
  private pageLanguage = 'und';
  private corrections: Correction[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly knowledge: PageKnowledge,
  ) {
    this.lifetime = new PageLifetime(ctx);
    this.marks = new PageMarks({
      // A reader's corrections ("not this one here") take mentions out before they are marked.
      detect: (text) =>
        knowledge.detect(text).filter((m) => !isCorrected(this.corrections, m.topic, text.slice(m.start, m.end), location.hostname)),
      isOwn: (node) => this.cards.contains(node),
      mayWork: () => this.running && this.lifetime.check(),
      onDropped: (marks) => this.onMarksDropped(marks),
      onChanged: () => this.frameReport?.changed(),
    });
    this.intent = new HoverIntent<MentionHit>({
      // Counted from the pointer's arrival, not from the frame that looked under it.
      delayMs: () =>
        Math.max(0, (this.settings?.hoverDelayMs ?? 200) - (performance.now() - (this.lastPointer?.time ?? performance.now()))),
      graceMs: GRACE_MS,
      same: (a, b) => a.mark === b.mark,
      open: (hit) => this.openCard(hit.mark.topic, hit.rect, textDirectionOf(hit.mark.nodes[0]!), hit.mark, false),
      close: () => this.closeCard(false),
    });
  }

  async start(): Promise<void> {
    // The settings and the matcher are fetched together; nothing is scanned before both are in.
    const [settings, corrections] = await Promise.all([loadSettings(), loadCorrections(), this.knowledge.refresh()]);
    this.corrections = corrections;
    this.apply(settings);
    const unwatchCorrections = watchCorrections((list) => this.correctionsChanged(list));
    const unwatch = () => {
      unwatchSettings();
      unwatchCorrections();
    };
    const unwatchSettings = watchSettings((s) => this.apply(s));
    const unlisten = this.listen();
    this.lifetime.onEnded(() => {
      unwatch();
      unlisten();
      this.stopRunning();
    });
    // Registered once; each handler does nothing while Siyaq is off here.
    const signal = this.lifetime.signal;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true, capture: true, signal });
    listenForTaps(document, (tap) => this.onTap(tap), signal);
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    document.addEventListener(
      'fullscreenchange',
      () => {
        this.closeCard(true);
        this.cards.followFullscreen();
      },
      { signal },
    );
    // A frame going away (or into the back-forward cache) takes its names out of the page's count.
    window.addEventListener('pagehide', () => this.frameReport?.clear(), { signal });
    window.addEventListener('pageshow', () => this.frameReport?.changed(), { signal });
    // WXT's navigation watcher: the page can silence it (see page-lifetime.ts),
    // and then the mutation watcher still sees the new content arrive.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.onLocationChange());
  }

  private get lang(): Lang {
    return resolveLanguage(this.settings?.language ?? 'auto', navigator.language);
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    this.marks.highlighter.setStyle(settings.markStyle);
    const active = isActiveOn(settings, location.hostname);
    if (active && !this.running) this.startRunning();
    else if (!active && this.running) this.stopRunning();
    else if (this.open) this.renderCard();
  }

  private startRunning(): void {
    this.running = true;
    this.scannedHref = location.href;
    this.marks.start();
  }

  /** Page scripts can dispatch the navigation event too; only a changed address counts. */
  private onLocationChange(): void {
    if (!this.running || location.href === this.scannedHref) return;
    this.scannedHref = location.href;
    this.marks.scanAll();
  }

  /** An unpinned card moves with its word, and closes once the word is out of sight; a pinned one stays put. */
  private onWordMoved(rect: Rect | null): void {
    const open = this.open;
    if (!open || open.pinned) return;
    if (!rect) return this.closeCard(true);
    this.open = { ...open, anchor: rect };
    this.renderCard();
  }

  /** A card whose word changed or left closes with it, unless the reader pinned it. */
  private onMarksDropped(marks: readonly Mark[]): void {
    const open = this.open;
    if (open?.mark && !open.pinned && marks.includes(open.mark)) this.closeCard(true);
  }

  private stopRunning(): void {
    this.running = false;
    this.marks.stop();
    this.frameReport?.clear();
    this.closeCard(true);
    this.cards.destroy();
  }

  private onPointerMove(event: PointerEvent): void {
    // Only the reader's own pointer: a page's synthetic events must not drive Siyaq.
    // A finger's moves are scrolling, never hovering (taps are handled by onTap).
    if (!this.running || !event.isTrusted || event.pointerType === 'touch' || !this.lifetime.check()) return;
    // Several moves can arrive within one frame (Firefox does not always coalesce
    // them): the frame must look where the pointer is now, not where it first was.
    this.lastPointer = { x: event.clientX, y: event.clientY, target: event.target, time: Math.min(event.timeStamp, performance.now()) };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const pointer = this.lastPointer;
      if (!pointer || this.cards.contains(pointer.target) || this.open?.pinned) return;
      const hit = mentionAtPoint(pointer.x, pointer.y, this.marks.registry, this.marks.shadowRoots);
      // Asked for while the hover delay runs, so the card opens with its content in one frame.
      if (hit) void this.cardData(hit.mark.topic);
      this.intent.pointerAt(hit);
    });
  }

  /** A tap on a mark opens its card, a second tap on it pins the card; a tap elsewhere closes an unpinned card. */
  private onTap(tap: Tap): void {
    if (!this.running || !this.lifetime.check() || this.cards.contains(tap.target)) return;
    const hit = mentionAtPoint(tap.x, tap.y, this.marks.registry, this.marks.shadowRoots);
    if (!hit) {
      if (this.open && !this.open.pinned) this.closeCard(true);
      return;
    }
    tap.preventDefault();
    const open = this.open;
    if (open?.mark === hit.mark) {
      this.open = { ...open, pinned: true };
      this.renderCard();
      return;
    }
    this.intent.dismiss(); // a tapped card is not a hovered one: no pointer timing closes it
    this.openCard(hit.mark.topic, hit.rect, textDirectionOf(hit.mark.nodes[0]!), hit.mark, false);
  }

  /** The next- and previous-mention commands: the card of the next mark, focused, the mark scrolled into view. */
  private step(direction: StepDirection): boolean {
    if (!this.running) return false;
    const current = this.open?.mark ?? this.lastStep;
    const first = current?.nodes[0];
    const from = first?.isConnected && current ? { node: first, offset: current.start } : caretStart(document.getSelection());
    const onScreen = (m: Mark) => {
      const box = markRange(m).getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    };
    const mark = stepMark(this.marks.registry.marksInOrder(), from, direction, onScreen);
    if (!mark) return false;
    this.lastStep = mark;
    const range = markRange(mark);
    const rect = rectOf(bringIntoView(range));
    this.intent.markShown({ mark, rect });
    this.marks.highlighter.flash(range);
    this.openCard(mark.topic, rect, textDirectionOf(mark.nodes[0]!), mark, true);
    return true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.running || !event.isTrusted || event.key !== 'Escape' || !this.open) return;
    this.closeCard(true, true);
    // Escape typed in the page's own field is the page's too (it may clear a search or close its dialog).
    if (!isTyping(event.target)) event.stopPropagation();
  }

  private openCard(topic: string, anchor: Rect, dir: 'rtl' | 'ltr', mark: Mark | null, focus: boolean): void {
    const pinned = this.open?.pinned ?? false;
    const active = document.activeElement;
    const returnFocus = focus ? (this.open?.returnFocus ?? (this.cards.contains(active) ? null : active)) : null;
    this.open = { topic, anchor, dir, mark, data: null, pinned, focus, returnFocus };
    if (mark) this.follower.follow(mark, anchor);
    this.renderCard();
    void this.cardData(topic).then((data) => {
      if (this.open?.topic !== topic) return;
      this.open = { ...this.open, data };
      this.renderCard();
    });
  }

  /** `byReader`: Escape or the close button, after which the card stays shut until the pointer leaves its word. */
  private closeCard(force: boolean, byReader = false): void {
    if (!this.open || (this.open.pinned && !force)) return;
    const { returnFocus } = this.open;
    this.open = null;
    this.follower.stop();
    this.cards.hide();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    if (force) this.intent.dismiss(byReader);
  }

  private renderCard(): void {
    const open = this.open;
    if (!open) return;
    const t = pageTranslator(this.lang);
    this.cards.show({
      anchor: open.anchor,
      textDirection: open.dir,
      data: open.data,
      notice: open.notice,
      lang: this.lang,
      theme: this.settings?.theme ?? 'auto',
      textSize: this.settings?.textSize ?? 'medium',
      t,
      pinned: open.pinned,
      focus: open.focus,
      onPointerInside: (inside) => this.intent.pointerInCard(inside),
      onSelectTopic: (id) => this.openCard(id, open.anchor, open.dir, open.mark, open.focus),
      onOpenReader: (target) => this.openReader(target),
      onPin: () => {
        if (!this.open) return;
        this.open = { ...this.open, pinned: !this.open.pinned };
        this.renderCard();
      },
      onClose: () => this.closeCard(true, true),
      onDisableSite: () => void this.disableSite(),
      page: this.pageInfo(open.mark?.why ?? null),
    });
  }

  /** The page's date (read once per address) and the mark a card came from. */
  private pageInfo(mark: MarkInfo | null): CardPageInfo {
    if (this.dateHref !== location.href) {
      this.dateHref = location.href;
      this.pageDate = readPublicationDate(document)?.date ?? null;
      this.pageLanguage = readPageLanguage(document);
    }
    return {
      date: this.pageDate,
      language: this.pageLanguage,
      mark,
      onNotThisOne: mark ? (everywhere) => this.notThisOne(everywhere) : undefined,
    };
  }

  private cardData(topic: string): Promise<CardData | null> {
    let pending = this.cardCache.get(topic);
    if (!pending) {
      pending = sendToBackground('siyaq:card', { topic }).then((reply) => {
        // Only a real answer is remembered: an unreachable background (restarting) is asked again next time.
        if (reply.ok) return reply.value;
        if (reply.error.code !== 'not-found') this.cardCache.delete(topic);
        return null;
      });
      this.cardCache.set(topic, pending);
    }
    return pending;
  }

  private openReader(target: PassageTarget): void {
    void sendToBackground('siyaq:open-reader', { target });
  }

  private async disableSite(): Promise<void> {
    if (!this.settings) return;
    await saveSettings(withSiteDisabled(this.settings, location.hostname, true));
  }

  /** Questions from the popup and the background; page-level ones only in the top frame. */
  private listen(): () => void {
    const top = window === window.top;
    return handleTab({
      'siyaq:page-mentions': () => (top ? this.pageMentions() : undefined),
      'siyaq:reveal': ({ topic }) => (top ? this.reveal(topic) : undefined),
      'siyaq:open-card-at-selection': () => this.openAtSelection(),
      'siyaq:step-mention': ({ direction }) => (top ? this.step(direction) : undefined),
      'siyaq:knowledge-changed': ({ revision }) => {
        void this.knowledgeChanged(revision);
        return true;
      },
      // Saving this page: the HTML goes to the extension, which extracts the article (lib/library/extract.ts).
      'siyaq:page-html': () => (top ? { html: document.documentElement.outerHTML, url: location.href } : undefined),
    });
  }

  /** Says, beside the selection, that it holds no name Siyaq knows; gone after a few seconds. */
  private showNotice(selected: Range): void {
    const anchor = firstLineOf(selected);
    const notice = pageTranslator(this.lang)('cardNoNameInSelection');
    const dir = selected.startContainer instanceof Text ? textDirectionOf(selected.startContainer) : 'ltr';
    this.intent.dismiss();
    this.open = { topic: '', anchor, dir, mark: null, data: null, pinned: false, focus: false, notice };
    this.renderCard();
    const shown = this.open;
    setTimeout(() => {
      if (this.open === shown) this.closeCard(true);
    }, NOTICE_MS);
  }

  /**
   * What the popup lists. It may ask the moment it switched Siyaq back on here,
   * before this page heard of the change: the settings are read afresh, and the
   * answer waits for the scan they start.
   */
  private async pageMentions(): Promise<PageMentionsReply> {
    this.apply(await loadSettings());
    if (this.running) await this.marks.settled(MENTIONS_WAIT_MS);
    if (!this.running) return { active: false, host: location.hostname, topics: [], date: null };
    // Names in the page's frames, which report to the background (see frame-report.ts).
    const frames = await sendToBackground('siyaq:other-frames-topics', {});
    const own = this.marks.registry.topicCounts();
    const topics = frames.ok ? mergeCounts([own, frames.value]) : own;
    return { active: true, host: location.hostname, topics, date: this.pageInfo(null).date };
  }

  /** Packs were imported, turned on or off, or removed: new matcher, fresh marks, fresh cards. */
  private async knowledgeChanged(revision: string): Promise<void> {
    if (!(await this.knowledge.refresh(revision)) || !this.lifetime.check()) return;
    this.cardCache.clear();
    this.rescan();
  }

  /** A correction made or undone (here or in options): marks follow at once. */
  private correctionsChanged(list: Correction[]): void {
    this.corrections = list;
    if (this.lifetime.check()) this.rescan();
  }

  /** The card's "not this one": this wording of this topic, on this site or everywhere. */
  private notThisOne(everywhere: boolean): void {
    const open = this.open;
    if (!open?.mark) return;
    const correction = makeCorrection(open.topic, markRange(open.mark).toString(), everywhere ? null : location.hostname, Date.now());
    this.correctionsChanged([...this.corrections, correction]);
    void addCorrection(correction);
  }

  /**
   * Scanned again in place: each run's marks are replaced as the scan reaches it,
   * so the page never stands unmarked while the new matcher or corrections work.
   */
  private rescan(): void {
    if (!this.running) return;
    this.closeCard(true);
    this.marks.scanAll();
  }

  private reveal(topic: string): boolean {
    const first = this.marks.registry.firstOf(topic);
    if (!first) return false;
    first.nodes[0]!.parentElement?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    this.marks.highlighter.flash(markRange(first));
    return true;
  }

  /** Keyboard route to a card: the first mark at the caret or in the selection. */
  private openAtSelection(): boolean {
    if (!this.running) return false;
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const selected = selection.getRangeAt(0);
    const mark = firstMarkIn(selected, this.marks.registry);
    if (!mark) {
      if (!selected.collapsed && selected.toString().trim()) this.showNotice(selected);
      return false;
    }
    const rect = firstLineOf(markRange(mark));
    this.intent.markShown({ mark, rect });
    this.openCard(mark.topic, rect, textDirectionOf(mark.nodes[0]!), mark, true);
    return true;
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
