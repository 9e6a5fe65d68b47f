// The plugin serves both halves to a real Vite build and fails it on bad content.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

import { siyaqKnowledge } from '../../../lib/knowledge/vite-plugin';
import { corpus } from './corpus';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder holding the test corpus and an entry importing both halves. */
function project(files = corpus()): string {
  const root = mkdtempSync(join(tmpdir(), 'siyaq-plugin-'));
  dirs.push(root);
  for (const { path, text } of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(
    join(root, 'main.js'),
    "import names from 'virtual:siyaq/names';\nimport details from 'virtual:siyaq/details';\nexport { names, details };\n",
  );
  return root;
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
    const dataUrl = `data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`;
    // oxlint-disable-next-line no-unsanitized/method -- the module is the test's own bundle
    const { names, details } = (await import(/* @vite-ignore */ dataUrl)) as {
      names: { topics: { id: string }[] };
      details: { articles: { id: string }[] };
    };
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
});
