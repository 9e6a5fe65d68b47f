// The matcher as tabs receive it. Built once where knowledge changes (compile,
// pack import, turning a pack on or off) and handed to every tab ready to
// load, so that a tab does not rebuild it from the names at start-up.
//
// Contract shared by the knowledge store (which builds and sends it) and the
// content script (which loads it): `compileMatcher` runs in the background or
// at build time; `loadMatcher` runs in each tab and must stay cheap.
// The encoding is a string so it crosses extension messaging in every browser.

import type { NamesIndex } from '../knowledge/types';
import { createDetector } from './detector';
import type { Detector } from './types';

/** A matcher ready to send to a tab. Opaque outside lib/detect. */
export interface CompiledMatcher {
  format: 1;
  data: string;
}

export function compileMatcher(names: NamesIndex): CompiledMatcher {
  return { format: 1, data: JSON.stringify(names) };
}

export function loadMatcher(compiled: CompiledMatcher): Detector {
  if (compiled.format !== 1) throw new Error(`Unknown matcher format ${String(compiled.format)}`);
  return createDetector(JSON.parse(compiled.data) as NamesIndex);
}
