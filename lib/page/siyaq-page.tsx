// Wires the page parts together: settings decide whether to run; the scanner
// marks mentions; the pointer and keyboard open cards; the popup asks about
// the page. Each part lives in its own file beside this one.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { readPublicationDate } from '../article/page-date';
import type { CardData } from '../cards/card-data';
import type { CardPageInfo, MarkInfo } from '../cards/page-info';
import { isCorrected, makeCorrection, type Correction } from '../corrections/corrections';
import { addCorrection, loadCorrections, watchCorrections } from '../corrections/store';
import { resolveLanguage, translator, type Lang } from '../i18n/i18n';
import { handleTab, sendToBackground } from '../messaging/channel';
import type { PageMentionsReply, PassageTarget } from '../messaging/protocol';
import { isActiveOn, withSiteDisabled, type Settings } from '../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';
import { CardHost } from './card-host';
import { HoverIntent } from './hover-intent';
import { mentionAtPoint, mentionRange, textDirectionOf, type MentionHit } from './mention-at-point';
import { MentionRegistry, type PageMention } from './mention-registry';
import { MutationWatcher } from './mutation-watcher';
import type { PageKnowledge } from './page-knowledge';
import { PageLifetime } from './page-lifetime';
import { PageScanner } from './page-scanner';
import type { Rect } from './popup-position';
import { TextHighlighter } from './text-highlighter';

const GRACE_MS = 350;

interface OpenCard {
  topic: string;
  anchor: Rect;
  dir: 'rtl' | 'ltr';
  node: Text | null;
  data: CardData | null;
  pinned: boolean;
  focus: boolean;
  /** The mark it was opened from, for "why marked". */
  mark: MarkInfo | null;
}

export class SiyaqPage {
  private settings: Settings | null = null;
  private running = false;
  private readonly registry = new MentionRegistry();
  private readonly highlighter = new TextHighlighter();
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: PageScanner;
  private readonly watcher: MutationWatcher;
  private readonly cards = new CardHost();
  private readonly lifetime: PageLifetime;
  private readonly intent: HoverIntent<MentionHit>;
  private readonly cardCache = new Map<string, Promise<CardData | null>>();
  private open: OpenCard | null = null;
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  /** The address last scanned in full, so only a real in-app navigation rescans. */
  private scannedHref = '';
  private dateHref = '';
  private pageDate: string | null = null;
  private corrections: Correction[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly knowledge: PageKnowledge,
  ) {
    this.lifetime = new PageLifetime(ctx);
    this.scanner = new PageScanner(
      // A reader's corrections ("not this one here") take mentions out before they are marked.
      (text) =>
        knowledge.detect(text).filter((m) => !isCorrected(this.corrections, m.topic, text.slice(m.start, m.end), location.hostname)),
      this.registry,
      this.highlighter,
      (root) => this.onShadowRoot(root),
    );
    this.watcher = new MutationWatcher(
      (node) => this.running && this.lifetime.check() && this.scanner.enqueue(node),
      () => this.forgetDetached(),
      (node) => this.cards.contains(node),
    );
    this.intent = new HoverIntent<MentionHit>({
      delayMs: () => this.settings?.hoverDelayMs ?? 200,
      graceMs: GRACE_MS,
      same: (a, b) => a.node === b.node && a.mention.start === b.mention.start,
      open: (hit) => this.openCard(hit.mention.topic, hit.rect, textDirectionOf(hit.node), hit.node, false, hit.mention.why ?? null),
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
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    document.addEventListener(
      'fullscreenchange',
      () => {
        this.closeCard(true);
        this.cards.followFullscreen();
      },
      { signal },
    );
    // WXT's navigation watcher: the page can silence it (see page-lifetime.ts),
    // and then the mutation watcher still sees the new content arrive.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.onLocationChange());
  }

  private get lang(): Lang {
    return resolveLanguage(this.settings?.language ?? 'auto', navigator.language);
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    this.highlighter.setStyle(settings.markStyle);
    const active = isActiveOn(settings, location.hostname);
    if (active && !this.running) this.startRunning();
    else if (!active && this.running) this.stopRunning();
    else if (this.open) this.renderCard();
  }

  private startRunning(): void {
    this.running = true;
    this.watcher.watch(document);
    this.scanPage();
  }

  private scanPage(): void {
    this.scannedHref = location.href;
    this.scanner.enqueue(document.body ?? document.documentElement);
  }

  /** Page scripts can dispatch the navigation event too; only a changed address counts. */
  private onLocationChange(): void {
    if (this.running && location.href !== this.scannedHref) this.scanPage();
  }

  /** Drops marks, records and shadow roots of nodes taken out of the page, which would otherwise stay alive. */
  private forgetDetached(): void {
    this.registry.prune();
    this.highlighter.prune();
    for (let i = this.shadowRoots.length - 1; i >= 0; i--) {
      if (!this.shadowRoots[i]!.host.isConnected) this.shadowRoots.splice(i, 1);
    }
  }

  private stopRunning(): void {
    this.running = false;
    this.scanner.stop();
    this.watcher.disconnect();
    this.highlighter.clear();
    this.registry.clear();
    this.closeCard(true);
    this.cards.destroy();
  }

  private onShadowRoot(root: ShadowRoot): void {
    if (!this.shadowRoots.includes(root)) this.shadowRoots.push(root);
    this.watcher.watch(root);
  }

  private onPointerMove(event: PointerEvent): void {
    // Only the reader's own pointer: a page's synthetic events must not drive Siyaq.
    if (!this.running || !event.isTrusted || !this.lifetime.check()) return;
    // Several moves can arrive within one frame (Firefox does not always coalesce
    // them): the frame must look where the pointer is now, not where it first was.
    this.lastPointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const pointer = this.lastPointer;
      if (!pointer || this.cards.contains(pointer.target) || this.open?.pinned) return;
      this.intent.pointerAt(mentionAtPoint(pointer.x, pointer.y, this.registry, this.shadowRoots));
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.running || !event.isTrusted || event.key !== 'Escape' || !this.open) return;
    this.closeCard(true);
    event.stopPropagation();
  }

  private openCard(topic: string, anchor: Rect, dir: 'rtl' | 'ltr', node: Text | null, focus: boolean, mark: MarkInfo | null = null): void {
    const pinned = this.open?.pinned ?? false;
    this.open = { topic, anchor, dir, node, data: null, pinned, focus, mark };
    this.renderCard();
    void this.cardData(topic).then((data) => {
      if (this.open?.topic !== topic) return;
      this.open = { ...this.open, data };
      this.renderCard();
    });
  }

  private closeCard(force: boolean): void {
    if (!this.open || (this.open.pinned && !force)) return;
    this.open = null;
    this.cards.hide();
    if (force) this.intent.dismiss();
  }

  private renderCard(): void {
    const open = this.open;
    if (!open) return;
    const t = translator(this.lang);
    this.cards.show({
      anchor: open.anchor,
      textDirection: open.dir,
      data: open.data,
      lang: this.lang,
      theme: this.settings?.theme ?? 'auto',
      t,
      pinned: open.pinned,
      focus: open.focus,
      onPointerInside: (inside) => this.intent.pointerInCard(inside),
      onSelectTopic: (id) => this.openCard(id, open.anchor, open.dir, open.node, open.focus),
      onOpenReader: (target) => this.openReader(target),
      onPin: () => {
        if (!this.open) return;
        this.open = { ...this.open, pinned: !this.open.pinned };
        this.renderCard();
      },
      onClose: () => this.closeCard(true),
      onDisableSite: () => void this.disableSite(),
      page: this.pageInfo(open.mark),
    });
  }

  /** The page's date (read once per address) and the mark a card came from. */
  private pageInfo(mark: MarkInfo | null): CardPageInfo {
    if (this.dateHref !== location.href) {
      this.dateHref = location.href;
      this.pageDate = readPublicationDate(document)?.date ?? null;
    }
    return { date: this.pageDate, mark, onNotThisOne: mark ? (everywhere) => this.notThisOne(everywhere) : undefined };
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
      'siyaq:page-mentions': () => {
        if (!top) return undefined;
        const reply: PageMentionsReply = {
          active: this.running,
          host: location.hostname,
          topics: this.running ? this.registry.topicCounts() : [],
        };
        return reply;
      },
      'siyaq:reveal': ({ topic }) => (top ? this.reveal(topic) : undefined),
      'siyaq:open-card-at-selection': () => this.openAtSelection(),
      'siyaq:knowledge-changed': ({ revision }) => {
        void this.knowledgeChanged(revision);
        return true;
      },
      // Saving this page: the HTML goes to the extension, which extracts the article (lib/library/extract.ts).
      'siyaq:page-html': () => (top ? { html: document.documentElement.outerHTML, url: location.href } : undefined),
    });
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
    const correction = makeCorrection(open.topic, open.mark.surface, everywhere ? null : location.hostname, Date.now());
    this.correctionsChanged([...this.corrections, correction]);
    void addCorrection(correction);
  }

  private rescan(): void {
    if (!this.running) return;
    this.scanner.stop();
    this.highlighter.clear();
    // clear() also gives up the page's highlight names; take them back.
    if (this.settings) this.highlighter.setStyle(this.settings.markStyle);
    this.registry.clear();
    this.closeCard(true);
    this.scanPage();
  }

  private reveal(topic: string): boolean {
    const first = this.registry.firstOf(topic);
    if (!first) return false;
    const range = mentionRange(first.node, first.mention);
    first.node.parentElement?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    this.highlighter.flash(range);
    return true;
  }

  /** Keyboard route to a card: the mention at the caret or in the selection. */
  private openAtSelection(): boolean {
    if (!this.running) return false;
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    if (node.nodeType !== Node.TEXT_NODE) return false;
    const text = node as Text;
    const mention: PageMention | null =
      this.registry.at(text, range.startOffset) ??
      this.registry.get(text).find((m) => m.start < range.endOffset && m.end > range.startOffset) ??
      null;
    if (!mention) return false;
    const box = mentionRange(text, mention).getBoundingClientRect();
    this.intent.markShown({ node: text, mention, rect: box });
    const rect = { left: box.left, top: box.top, width: box.width, height: box.height };
    this.openCard(mention.topic, rect, textDirectionOf(text), text, true, mention.why ?? null);
    return true;
  }
}
