// The one element Siyaq adds to a page: a shadow host whose shadow root holds
// the card, isolated from page styles both ways.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../assets/styles/card.css?inline';
import floatCss from '../../assets/styles/card-float.css?inline';
import { CardFloat, type CardFloatProps } from './CardFloat';

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  async show(props: CardFloatProps): Promise<void> {
    const ui = await this.ensure();
    this.keepInFullscreen(ui);
    render(<CardFloat {...props} />, ui.uiContainer);
  }

  hide(): void {
    if (this.ui) render(null, this.ui.uiContainer);
  }

  contains(node: EventTarget | null): boolean {
    return !!this.ui && node instanceof Node && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  destroy(): void {
    if (this.ui) {
      render(null, this.ui.uiContainer);
      this.ui.remove();
    }
    this.ui = null;
    this.creating = null;
  }

  private ensure(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'siyaq-card',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: `${cardCss}\n${floatCss}`,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'wheel'],
      onMount: () => undefined,
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }

  /** A fullscreen element hides everything outside it, so the host follows it in. */
  private keepInFullscreen(ui: ShadowRootContentScriptUi<void>): void {
    const target = document.fullscreenElement ?? document.documentElement;
    if (ui.shadowHost.parentNode !== target) target.appendChild(ui.shadowHost);
  }
}
