import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// One source, two browsers: `wxt build` (Chromium, MV3) and `wxt build -b firefox`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // Loaded lazily: the compiler pulls in the detector, which config loading alone need not pay for.
  vite: async () => ({
    plugins: [preact(), (await import('./lib/knowledge/vite-plugin')).siyaqKnowledge()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // storage: settings; contextMenus: "Background for …" on a selection.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Siyaq card for the name at the caret or selection',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'siyaq@siyaq.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
