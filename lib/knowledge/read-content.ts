// Reads the content folder from disk for the compiler, the CLI and the Vite plugin.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: content/articles/x.md */
  path: string;
  text: string;
}

/** The subfolders compiled; anything else in content/ (README.md) is documentation. */
export const CONTENT_FOLDERS = ['articles', 'topics'] as const;

/** Absolute paths of every file in the compiled subfolders. */
export function listContentFiles(contentDir: string): string[] {
  return CONTENT_FOLDERS.flatMap((folder) => {
    const dir = join(contentDir, folder);
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => join(dir, entry.name));
  });
}

export function readContentFiles(contentDir: string, root: string): SourceFile[] {
  return listContentFiles(contentDir).map((file) => ({
    path: relative(root, file).split(sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}
