import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { translate } from '../../../lib/i18n/i18n';
import { pageTranslator } from '../../../lib/i18n/page-i18n';
import { PAGE_KEYS } from '../../../lib/i18n/page-keys';
import en from '../../../public/_locales/en/messages.json';

const ROOT = join(import.meta.dirname, '../../..');
const KEYS = new Set(Object.keys(en));

/** The content script's own modules: relative imports followed from its entrypoint (type-only imports bundle nothing). */
function contentScriptModules(): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [resolve(ROOT, 'entrypoints/content/index.ts')];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    files.set(file, source);
    for (const [, typeOnly, from = ''] of source.matchAll(/^import\s+(type\s)?[^;]*?from\s+'(\.[^']+)'/gm)) {
      if (typeOnly) continue;
      const base = resolve(dirname(file), from);
      const found = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((p) => /\.tsx?$/.test(p) && existsSync(p));
      if (found) queue.push(found);
    }
  }
  return files;
}

describe('the messages a web page bundles', () => {
  const modules = contentScriptModules();

  it('follows the content script through its modules', () => {
    const names = [...modules.keys()].map((f) => f.slice(ROOT.length + 1));
    expect(names).toContain('lib/page/siyaq-page.tsx');
    expect(names).toContain('lib/ui/card/TopicCard.tsx');
    expect(names).toContain('lib/i18n/page-i18n.ts');
    expect(names).not.toContain('lib/i18n/i18n.ts');
  });

  it('are exactly the keys its modules name', () => {
    const named = new Set<string>();
    for (const source of modules.values()) {
      for (const [, key = ''] of source.matchAll(/'([A-Za-z_]+)'/g)) if (KEYS.has(key)) named.add(key);
      // t(`kind_${kind}`): every key of that family.
      for (const [, prefix = ''] of source.matchAll(/`([A-Za-z]+_)\$\{/g))
        for (const key of KEYS) if (key.startsWith(prefix)) named.add(key);
    }
    expect([...PAGE_KEYS].sort()).toEqual([...named].sort());
  });

  it('reads the same as the full catalogue, and holds nothing else', () => {
    for (const lang of ['ar', 'en'] as const) {
      const t = pageTranslator(lang);
      for (const key of PAGE_KEYS) expect(t(key, 'كورسك', 3), key).toBe(translate(lang, key, 'كورسك', 3));
      expect(t('optionsTitle')).toBe('optionsTitle');
    }
    expect(pageTranslator('ar')('cardLabel', 'كورسك')).toContain('كورسك');
  });
});
