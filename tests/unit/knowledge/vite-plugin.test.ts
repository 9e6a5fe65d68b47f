// The plugin serves both halves to a real Vite build and fails it on bad content.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Rollup } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { loadMatcher, type CompiledMatcher } from '../../../lib/detect';
import { siyaqKnowledge } from '../../../lib/knowledge/vite-plugin';
import { article, corpus } from './corpus';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder holding the test corpus and an entry importing both halves. */
function project(files = corpus(), entry = MAIN): string {
  const root = mkdtempSync(join(tmpdir(), 'siyaq-plugin-'));
  dirs.push(root);
  for (const { path, text } of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, 'main.js'), entry);
  return root;
}

const MAIN = "import names from 'virtual:siyaq/names';\nimport details from 'virtual:siyaq/details';\nexport { names, details };\n";
const PACK_MAIN = "import pack from 'virtual:siyaq/pack';\nexport { pack };\n";
const MANIFEST = {
  path: 'content/pack.yaml',
  text: 'id: test-pack\ntitle: { ar: حزمة, en: A pack }\nversion: 3\ndescription: { ar: وصف, en: Described }\n',
};

/** Imports the bundle's code as a module. */
async function run<T>(chunk: Rollup.OutputChunk): Promise<T> {
  const dataUrl = `data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`;
  // oxlint-disable-next-line no-unsanitized/method -- the module is the test's own bundle
  return (await import(/* @vite-ignore */ dataUrl)) as T;
}

async function bundle(root: string): Promise<Rollup.OutputChunk> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [siyaqKnowledge()],
    build: { write: false, minify: false, lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'out' } },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('expected a bundle');
  const [chunk] = output.output;
  return chunk;
}

describe('siyaqKnowledge', () => {
  it('provides both halves as modules, and lists content files among their ids', async () => {
    const root = project();
    const chunk = await bundle(root);
    const { names, details } = await run<{ names: { topics: { id: string }[] }; details: { articles: { id: string }[] } }>(chunk);
    expect(names.topics.map((t) => t.id)).toEqual(['zorvath', 'quenlin', 'melbrook']);
    expect(details.articles.map((a) => a.id)).toEqual(['alpha', 'beta']);
    // WXT's dev mode rebuilds an entrypoint only when a changed file is one of its module ids.
    const ids = chunk.moduleIds.map((id: string) => id.split('?')[0]);
    expect(ids).toContain(join(root, 'content/topics/people.yaml'));
    expect(ids).toContain(join(root, 'content/articles/alpha.md'));
  });

  it('fails the build with the content problems', async () => {
    const files = corpus();
    files.push({ path: 'content/articles/gamma.md', text: 'no front matter\n' });
    await expect(bundle(project(files))).rejects.toThrow(
      'content/articles/gamma.md:1: an article must start with a "---" line opening its front matter',
    );
  });

  it('serves content/ as the built-in pack: its pack.yaml, when it was built, and a matcher of the marked topics', async () => {
    const files = [...corpus(), MANIFEST];
    files[2] = { ...files[2]!, text: files[2]!.text.replace('- id: quenlin\n', '- id: quenlin\n  marked: false\n') };
    const before = Date.now();
    const { pack } = await run<{ pack: { manifest: { id: string; version: string }; created: string; matcher: CompiledMatcher } }>(
      await bundle(project(files, PACK_MAIN)),
    );
    expect(pack.manifest).toMatchObject({ id: 'test-pack', version: '3', title: { en: 'A pack' } });
    expect(Date.parse(pack.created)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(pack.created)).toBeLessThanOrEqual(Date.now());
    const found = loadMatcher(pack.matcher).detect('Zorvath met Quenlin in Melbrook.');
    expect(found.map((m) => m.topic)).toEqual(['zorvath', 'melbrook']);
  });

  it('needs pack.yaml only for the pack module', async () => {
    await expect(bundle(project(corpus(), PACK_MAIN))).rejects.toThrow('content/pack.yaml:1: missing: a pack needs pack.yaml');
  });
});

describe('siyaqKnowledge in the dev server', () => {
  /** A dev server on a project, and the names half as it serves it now. */
  async function serve(root: string) {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false, ws: false },
      plugins: [siyaqKnowledge()],
    });
    const ids = async () => {
      const module = (await server.ssrLoadModule('virtual:siyaq/details')) as { default: { articles: { id: string }[] } };
      return module.default.articles.map((a) => a.id);
    };
    return { server, ids };
  }

  it('watches every content file, and reloads both halves when one is added or deleted in content/', async () => {
    const root = project([...corpus(), MANIFEST]);
    const { server, ids } = await serve(root);
    try {
      const send = vi.spyOn(server.ws, 'send');
      expect(await ids()).toEqual(['alpha', 'beta']);
      const watched = server.moduleGraph.getModuleById('\0virtual:siyaq/details');
      expect(watched).toBeDefined();
      const gamma = article('gamma', 'Quenlin was there.');
      writeFileSync(join(root, gamma.path), gamma.text);
      // Outside content/: nothing to reload.
      server.watcher.emit('add', join(root, 'main2.js'));
      server.watcher.emit('add', join(root, 'content-old', 'x.md'));
      expect(send).not.toHaveBeenCalled();
      expect(await ids()).toEqual(['alpha', 'beta']);
      server.watcher.emit('add', join(root, gamma.path));
      expect(send).toHaveBeenCalledWith({ type: 'full-reload' });
      expect(await ids()).toEqual(['alpha', 'beta', 'gamma']);
      rmSync(join(root, gamma.path));
      server.watcher.emit('unlink', join(root, gamma.path));
      expect(send).toHaveBeenCalledTimes(2);
      expect(await ids()).toEqual(['alpha', 'beta']);
    } finally {
      await server.close();
    }
  });

  /** The pack module as the dev server serves it after its module was invalidated (as an edit does). */
  async function packNow(server: Awaited<ReturnType<typeof serve>>['server']) {
    const module = server.moduleGraph.getModuleById('\0virtual:siyaq/pack');
    if (module) server.moduleGraph.invalidateModule(module);
    const loaded = (await server.ssrLoadModule('virtual:siyaq/pack')) as { default: { created: string; matcher: CompiledMatcher } };
    return loaded.default;
  }

  it('compiles again when a file is edited in place, and only then', async () => {
    const root = project([...corpus(), MANIFEST]);
    const { server } = await serve(root);
    try {
      const first = await packNow(server);
      // Nothing changed on disk: the same compile is served again (its build time tells).
      await new Promise((r) => setTimeout(r, 5));
      expect((await packNow(server)).created).toBe(first.created);
      expect(
        loadMatcher(first.matcher)
          .detect('Zorvath met Quenlin.')
          .map((m) => m.topic),
      ).toEqual(['zorvath', 'quenlin']);
      // The same files, one edited: quenlin is no longer marked.
      const people = join(root, 'content/topics/people.yaml');
      const text = readFileSync(people, 'utf8');
      writeFileSync(people, text.replace('- id: quenlin\n', '- id: quenlin\n  marked: false\n'));
      const second = await packNow(server);
      expect(second.created).not.toBe(first.created);
      expect(
        loadMatcher(second.matcher)
          .detect('Zorvath met Quenlin.')
          .map((m) => m.topic),
      ).toEqual(['zorvath']);
    } finally {
      await server.close();
    }
  });

  it('ties content files to the modules by watching, not by importing them as it does in builds', async () => {
    const root = project([...corpus(), MANIFEST]);
    const { server } = await serve(root);
    try {
      const served = await server.transformRequest('virtual:siyaq/details', { ssr: true });
      expect(served?.code).toContain('JSON.parse');
      expect(served?.code).not.toContain('?siyaq-content');
      const module = server.moduleGraph.getModuleById('\0virtual:siyaq/details');
      expect([...(module?.importedModules ?? [])].map((m) => m.id)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
