// Runs axe-core inside a page (or an extension page) and returns its violations
// in a short readable form. Evaluated over DevTools, so the extension pages'
// script-src CSP does not block it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

import { inCard } from './card-probe';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** `within`: a selector path, one step per shadow root (e.g. ['siyaq-card', '.siyaq-float']); the whole page when omitted. */
export async function axeViolations(page: Page, within?: string[]): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: RawViolation[] }> } })
      .axe;
    interface RawViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const context = within ? { include: [within] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, within ?? null);
}

/**
 * axe-core on Siyaq's card, whose shadow root is closed to the page: run in the
 * probes' own world through the devtools protocol.
 */
export async function axeViolationsInCard(page: Page): Promise<AxeFinding[]> {
  return inCard<AxeFinding[]>(
    page,
    `(root) => {
      const float = root ? root.querySelector('.siyaq-float') : null;
      if (!float) throw new Error('no open card to check');
      // axe cannot enter a closed root: it checks a copy of the card, with the
      // same styles, in an open root the probe makes and then removes.
      const host = document.createElement('div');
      const open = host.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = root.adoptedStyleSheets;
      for (const child of root.children) open.append(child.cloneNode(true));
      document.documentElement.append(host);
      const copy = open.querySelector('.siyaq-float');
      ${axeSource}
      return axe.run(copy, { resultTypes: ['violations'] }).finally(() => host.remove()).then((result) =>
        result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => JSON.stringify(n.target)),
        })),
      );
    }`,
  );
}
