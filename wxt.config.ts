import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The extension pages may run only the extension's own files: no eval, no
// inline or remote script, no plugins. Stricter than the browsers' defaults,
// which also allow WebAssembly compilation that Siyaq does not use.
const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

/**
 * Preact can write raw HTML through `dangerouslySetInnerHTML`, so its bundle
 * holds one `el.innerHTML = value`, which Mozilla's add-on linter flags in every
 * script that includes Preact. Siyaq never passes HTML to Preact (all text is
 * rendered as text), so that one assignment is replaced by a throw: the bundle
 * then cannot write HTML at all, and a future use fails loudly instead of
 * quietly reopening the hole. The build stops if Preact's code changes shape.
 */
function preactWithoutRawHtml(): Plugin {
  const assignment = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;
  return {
    name: 'siyaq:preact-without-raw-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs(\?|$)/.test(id)) return null;
      const found = code.match(assignment)?.length ?? 0;
      if (found !== 1) {
        throw new Error(`preact.mjs has ${found} innerHTML assignments where 1 was expected: check siyaq:preact-without-raw-html`);
      }
      return { code: code.replace(assignment, '(()=>{throw new Error("Siyaq renders no raw HTML")})()'), map: null };
    },
  };
}

// One source, two browsers: `wxt build` (Chromium, MV3) and `wxt build -b firefox`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // Loaded lazily: the compiler pulls in the detector, which config loading alone need not pay for.
  vite: async () => ({
    plugins: [
      preact(),
      preactWithoutRawHtml(),
      (await import('./lib/knowledge/vite-plugin')).siyaqKnowledge(),
      (await import('./lib/i18n/vite-plugin')).siyaqPageMessages(),
    ],
  }),
  // The sources package that addons.mozilla.org asks for (the add-on is bundled):
  // what rebuilds it, without test output or scratch files left in the tree.
  zip: { excludeSources: ['artifacts/**', '**/*.tmp.*', '**/*-tmp.*'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // storage: settings; contextMenus: "Background for …" on a selection.
    // offscreen (Chrome only, no prompt): a DOM in which Readability extracts a page the reader saves.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenCard__',
      },
      // Stepping through the page's marks, each opening its card (see mark-navigation.ts).
      // J and K, not N and P: Chromium assigns neither Alt+Shift+N nor Alt+Shift+P to an extension.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMention__',
      },
      'save-article': {
        // Not Alt+Shift+A: Chrome keeps that for itself (focus inactive dialogs) and never gives it to an extension.
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    // Given in the MV3 form; for Firefox's MV2 WXT writes it as the plain string
    // MV2 expects, and `wxt` dev mode adds only its local dev server to it.
    content_security_policy: { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          // 140 is the first Firefox with the CSS Custom Highlight API (the marks) and with
          // data_collection_permissions; Firefox for Android reads that key from 142.
          browser_specific_settings: {
            gecko: { id: 'siyaq@siyaq.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
