// What the stores review, checked on both builds: the manifests ask for the
// least that works and lock extension pages to the package's own scripts, and
// no bundled file can evaluate strings as code or load code from elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHROME_DIR = resolve('.output/chrome-mv3');
const FIREFOX_DIR = resolve('.output/firefox-mv2');
const STRICT_CSP = "script-src 'self'; object-src 'self'";

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  commands?: Record<string, unknown>;
};

function manifestOf(dir: string, build: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run ${build}\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The same checks of what both manifests must hold and must not. */
function expectLeastPrivilege(manifest: Manifest, browserOnly: string[] = []): void {
  // storage: settings; contextMenus: "Background for …" and "Save this article". Nothing else:
  // no tabs, no scripting, no host permissions beyond the content script's match.
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['contextMenus', ...browserOnly, 'storage']);
  for (const key of [
    'host_permissions',
    'optional_permissions',
    'optional_host_permissions',
    'web_accessible_resources',
    'externally_connectable',
  ]) {
    expect(manifest, key).not.toHaveProperty(key);
  }
  expect(manifest.content_scripts).toEqual([expect.objectContaining({ matches: ['<all_urls>'], js: ['content-scripts/content.js'] })]);
  expect(Object.keys(manifest.commands ?? {})).toEqual(['open-card', 'save-article']);
}

describe('Chromium package (.output/chrome-mv3)', () => {
  it('is Manifest V3 with a service worker, least privilege and a strict CSP', () => {
    const manifest = manifestOf(CHROME_DIR, 'build');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.content_security_policy).toEqual({ extension_pages: STRICT_CSP });
    expect(manifest).not.toHaveProperty('browser_specific_settings');
    // offscreen: the document in which Readability reads a page the reader saves (no install prompt).
    expectLeastPrivilege(manifest, ['offscreen']);
  });
});

describe('Firefox package (.output/firefox-mv2)', () => {
  it('is Manifest V2 with an event page, a fixed id, no data collection, least privilege and a strict CSP', () => {
    const manifest = manifestOf(FIREFOX_DIR, 'build:firefox');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background).toEqual({ scripts: ['background.js'] }); // not persistent
    expect(manifest.content_security_policy).toBe(STRICT_CSP);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'siyaq@siyaq.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expectLeastPrivilege(manifest);
  });
});

// Addresses a bundle may contain: XML namespace names that Preact compares
// strings against, and a documentation link in an error message. None is fetched.
const KNOWN_URLS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
]);

describe.each([
  ['chrome-mv3', CHROME_DIR],
  ['firefox-mv2', FIREFOX_DIR],
])('bundled code in %s', (_name, dir) => {
  it('never turns strings into code', () => {
    const scripts = filesUnder(dir, ['.js']);
    expect(scripts.length).toBeGreaterThan(3);
    const found = scripts.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const hits = [
        /(?<![\w$.])eval\s*\(/g,
        /\bnew\s+Function\b/g,
        /(?<![\w$.])Function\s*\(/g,
        /\bimportScripts\s*\(/g,
        /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
      ].flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[0]));
      return hits.map((hit) => `${relative(dir, file)}: ${hit}`);
    });
    expect(found).toEqual([]);
  });

  it('names no address outside the package, and its pages load only their own scripts', () => {
    const files = filesUnder(dir, ['.js', '.html', '.css', '.json']);
    const urls = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]+/g)]
        .map((m) => m[0])
        .filter((url) => !KNOWN_URLS.has(url))
        .map((url) => `${relative(dir, file)}: ${url}`),
    );
    expect(urls).toEqual([]);
    for (const page of filesUnder(dir, ['.html'])) {
      const html = readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
      expect(scripts.length, relative(dir, page)).toBeGreaterThan(0);
      // Every script is a file of the package: no inline code, no remote source.
      for (const attributes of scripts) expect(attributes, relative(dir, page)).toMatch(/\bsrc="\/[^"]+\.js"/);
    }
  });
});
