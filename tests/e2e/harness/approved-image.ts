// Screenshot comparison against approved images committed in tests/e2e/approved:
// a rendering change (a broken letter join, a shifted layout) fails the test
// until a person looks at the new image and approves it with SIYAQ_APPROVE=1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const APPROVED = 'tests/e2e/approved';
const ARTIFACTS = 'artifacts/e2e';

export interface ImageComparison {
  /** Share of pixels that differ, 0..1 (1 when the sizes differ). */
  ratio: number;
  approvedPath: string;
  actualPath: string;
}

export function compareWithApproved(name: string, png: Buffer): ImageComparison {
  mkdirSync(ARTIFACTS, { recursive: true });
  const approvedPath = join(APPROVED, `${name}.png`);
  const actualPath = join(ARTIFACTS, `${name}.png`);
  writeFileSync(actualPath, png);
  if (process.env.SIYAQ_APPROVE === '1') {
    mkdirSync(APPROVED, { recursive: true });
    writeFileSync(approvedPath, png);
  }
  if (!existsSync(approvedPath)) return { ratio: 1, approvedPath, actualPath };
  const approved = PNG.sync.read(readFileSync(approvedPath));
  const actual = PNG.sync.read(png);
  if (approved.width !== actual.width || approved.height !== actual.height) return { ratio: 1, approvedPath, actualPath };
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(approved.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing > 0) writeFileSync(join(ARTIFACTS, `${name}.diff.png`), PNG.sync.write(diff));
  return { ratio: differing / (actual.width * actual.height), approvedPath, actualPath };
}
