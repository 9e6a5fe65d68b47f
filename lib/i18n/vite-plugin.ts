// Serves virtual:siyaq/page-messages: of public/_locales, only the messages a
// card in a web page shows (PAGE_KEYS), in both languages. The options page's
// and the popup's strings would otherwise ride in every tab's content script.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

import { PAGE_KEYS } from './page-keys';

const ID = 'virtual:siyaq/page-messages';
const RESOLVED = `\0${ID}`;

export function siyaqPageMessages(): Plugin {
  let root = process.cwd();
  return {
    name: 'siyaq-page-messages',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const picked: Record<string, Record<string, unknown>> = {};
      for (const lang of ['ar', 'en']) {
        const file = resolve(root, 'public/_locales', lang, 'messages.json');
        this.addWatchFile(file);
        const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        picked[lang] = Object.fromEntries(PAGE_KEYS.map((key) => [key, all[key]]));
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(picked))});\n`;
    },
  };
}
