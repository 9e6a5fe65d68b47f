// The tab the popup is about: the one named in ?tab= (tests, context menu), or
// the active tab of the current window.
import { browser, type Browser } from 'wxt/browser';

export async function targetTab(search: string): Promise<Browser.tabs.Tab | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => null);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

const RESTRICTED = [
  /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|file):/i,
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i,
];

/** Pages where browsers never run extensions' content scripts. */
export function isRestrictedUrl(url: string | undefined): boolean {
  return !url || RESTRICTED.some((re) => re.test(url));
}
