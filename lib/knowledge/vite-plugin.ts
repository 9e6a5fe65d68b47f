// Compiles content/ during the build and serves the two halves as virtual
// modules, so the extension never ships content that fails the checks.
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

import { compileMatcher } from '../detect/compiled';
import { readManifest } from '../packs/build';
import { MANIFEST_FILE } from '../packs/manifest';
import type { PackManifest } from '../packs/types';
import { compileContent, type CompiledKnowledge } from './compile';
import { ContentError, formatProblem } from './content-error';
import { markedNames } from './names';
import { listContentFiles } from './read-content';

interface BuiltinPack {
  knowledge: CompiledKnowledge;
  /** Read only when the pack module is asked for, so builds that need only the halves need no pack.yaml. */
  manifest: () => PackManifest;
  created: string;
}

const MODULES = {
  'virtual:siyaq/names': (k: BuiltinPack) => k.knowledge.names,
  'virtual:siyaq/details': (k: BuiltinPack) => k.knowledge.details,
  // content/ as the built-in pack: pack.yaml, when it was built, and its matcher ready for tabs.
  'virtual:siyaq/pack': (k: BuiltinPack) => ({
    manifest: k.manifest(),
    created: k.created,
    matcher: compileMatcher(markedNames(k.knowledge.names)),
  }),
} as const;
type ModuleId = keyof typeof MODULES;

const isModuleId = (id: string): id is ModuleId => Object.hasOwn(MODULES, id);

/** Vite's convention for ids no other plugin should touch. */
const RESOLVED = '\0';
/**
 * Suffix of the empty modules standing for content files in builds. WXT's dev
 * mode rebuilds an entrypoint (content script, background) only when a changed
 * file is among its chunks' module ids, and these put every content file there.
 * The dev server needs none: addWatchFile ties the files to the module.
 */
const WATCH_QUERY = '?siyaq-content';

export function siyaqKnowledge(options: { contentDir?: string } = {}): Plugin {
  let contentDir = resolve(options.contentDir ?? 'content');
  let root = process.cwd();
  let building = true;
  let cache: { stamp: string; files: string[]; pack: BuiltinPack } | undefined;

  /** Compiles again only when a content file was added, removed or changed. */
  const compile = (): { files: string[]; pack: BuiltinPack } => {
    const files = [...listContentFiles(contentDir), resolve(contentDir, MANIFEST_FILE)];
    const stamp = files
      .map((f) => {
        if (!existsSync(f)) return `${f}:missing`;
        const { mtimeMs, size } = statSync(f);
        return `${f}:${mtimeMs}:${size}`;
      })
      .join('\n');
    if (cache?.stamp !== stamp) {
      const manifest = (): PackManifest => readManifest(contentDir, root);
      cache = { stamp, files, pack: { knowledge: compileContent(contentDir, root), manifest, created: new Date().toISOString() } };
    }
    return cache;
  };

  return {
    name: 'siyaq-knowledge',

    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
      contentDir = resolve(root, options.contentDir ?? 'content');
    },

    configureServer(server) {
      // A changed file reaches the modules through addWatchFile; a new or
      // deleted one is known to no module, so reload both halves by hand.
      const reload = (file: string): void => {
        if (!file.startsWith(contentDir + sep)) return;
        for (const id of Object.keys(MODULES)) {
          const module = server.moduleGraph.getModuleById(RESOLVED + id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload).on('unlink', reload);
    },

    buildStart() {
      // Fail before bundling starts.
      const { pack } = orFail(this, compile);
      for (const w of pack.knowledge.warnings) this.warn(formatProblem(w));
    },

    resolveId(id) {
      if (isModuleId(id)) return RESOLVED + id;
      if (id.endsWith(WATCH_QUERY)) return id;
      return undefined;
    },

    load(id) {
      if (id.endsWith(WATCH_QUERY)) return { code: 'export {};', moduleSideEffects: 'no-treeshake' };
      const name = id.slice(RESOLVED.length);
      if (!id.startsWith(RESOLVED) || !isModuleId(name)) return undefined;
      const { files, pack } = orFail(this, compile);
      for (const file of files) this.addWatchFile(file);
      const json = JSON.stringify(orFail(this, () => MODULES[name](pack)));
      const deps = building ? files.map((f) => `import ${JSON.stringify(f + WATCH_QUERY)};\n`).join('') : '';
      // JSON.parse of a string literal is smaller and parses faster than the same
      // object literal (measured on the synthetic corpus after bundling).
      return `${deps}export default JSON.parse(${JSON.stringify(json)});\n`;
    },
  };
}

/** Runs fn; content problems fail the build with their text as the whole message. */
function orFail<T>(context: { error(message: string): never }, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ContentError) context.error(error.message);
    throw error;
  }
}
