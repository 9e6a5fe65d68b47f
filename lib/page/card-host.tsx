// The one element Siyaq adds to a page: a shadow host whose closed shadow root
// holds the card, isolated from page styles both ways and out of page scripts'
// reach (they cannot read what the reader looks up, or press its buttons).
// Built here rather than by WXT's shadow-root UI, whose lifetime a page can
// end (see page-lifetime.ts).
import { render } from 'preact';

import floatCss from '../../assets/styles/card-float.css?inline';
import cardCss from '../../assets/styles/card.css?inline';
import { CardFloat, type CardFloatProps } from './CardFloat';
import { SIYAQ_HOST_TAG } from './text-walker';
import { TrustedGate } from './trusted-gate';

/**
 * Page rules reach the host element itself (`* { all: unset !important }`);
 * an !important rule from inside the shadow tree outranks the page's.
 */
const HOST_RESET = ':host { all: initial !important; }';

/** Keys and wheel turns in the card stay in it: page shortcuts and scrolling must not react. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'wheel'] as const;

export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private zoomStyle: HTMLStyleElement | null = null;
  private readonly gate = new TrustedGate();
  /** Set when the page made the host impossible to build; the page then gets no cards. */
  private unavailable = false;

  show(props: CardFloatProps): void {
    const container = this.ensure();
    if (!container) return;
    this.followFullscreen();
    this.undoPageZoom();
    const gate = this.gate;
    render(
      <CardFloat
        {...props}
        onSelectTopic={gate.guard(props.onSelectTopic)}
        onOpenReader={gate.guard(props.onOpenReader)}
        onPin={gate.guard(props.onPin)}
        onClose={gate.guard(props.onClose)}
        onDisableSite={gate.guard(props.onDisableSite)}
      />,
      container,
    );
  }

  hide(): void {
    if (this.container) render(null, this.container);
  }

  contains(node: EventTarget | null): boolean {
    // contains() counts the host itself.
    return !!this.host && node instanceof Node && (this.host.contains(node) || !!this.shadow?.contains(node));
  }

  /**
   * A fullscreen element hides everything outside it, so the host moves into
   * it, and back to the root afterwards; also puts back a host the page removed.
   */
  followFullscreen(): void {
    const target = document.fullscreenElement ?? document.documentElement;
    if (this.host && target && this.host.parentNode !== target) target.appendChild(this.host);
  }

  /**
   * A page zoomed with CSS (`html { zoom: 2 }`) would scale the card and its
   * viewport coordinates too, placing it far from its word: the host takes the
   * inverse of the zoom above it. (Browser zoom changes CSS pixels themselves
   * and needs nothing.)
   */
  private undoPageZoom(): void {
    if (!this.host || !this.zoomStyle) return;
    let zoom = 1;
    for (let el = this.host.parentElement; el; el = el.parentElement) {
      const own = Number.parseFloat(getComputedStyle(el).zoom);
      if (Number.isFinite(own) && own > 0) zoom *= own;
    }
    const text = zoom === 1 ? '' : `:host { zoom: ${1 / zoom} !important; }`;
    if (this.zoomStyle.textContent !== text) this.zoomStyle.textContent = text;
  }

  destroy(): void {
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.zoomStyle = null;
    this.container = null;
  }

  private ensure(): HTMLElement | null {
    if (this.container || this.unavailable) return this.container;
    let host: HTMLElement;
    let shadow: ShadowRoot;
    try {
      host = document.createElement(SIYAQ_HOST_TAG.toLowerCase());
      shadow = host.attachShadow({ mode: 'closed' });
    } catch {
      // The page defined its own element by this name and took its shadow root.
      this.unavailable = true;
      return null;
    }
    const style = document.createElement('style');
    style.textContent = `${HOST_RESET}\n${cardCss}\n${floatCss}`;
    const zoomStyle = document.createElement('style');
    const container = document.createElement('div');
    for (const type of CONTAINED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(style, zoomStyle, container);
    this.gate.attach(shadow);
    this.host = host;
    this.shadow = shadow;
    this.zoomStyle = zoomStyle;
    this.container = container;
    return container;
  }
}
