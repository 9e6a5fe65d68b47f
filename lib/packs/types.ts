// A knowledge pack: one compiled content folder with its identity. The
// built-in pack is content/; others are imported from .siyaq files (format.ts).
import type { CompiledMatcher } from '../detect/compiled';
import type { Bilingual, DetailsIndex, NamesIndex } from '../knowledge/types';

/** What pack.yaml says, written by people. */
export interface PackManifest {
  id: string;
  title: Bilingual;
  /** Dotted numbers (1, 1.2, 2.0.3); a higher version replaces a lower one. */
  version: string;
  description: Bilingual;
}

/** The header of a pack file, and what Options → Knowledge lists. */
export interface PackMeta extends PackManifest {
  /** When the file was built, ISO date-time. */
  created: string;
  counts: { articles: number; topics: number };
  /** Oldest and newest known article dates (YYYY[-MM[-DD]]), null when none is known. */
  dates: { from: string | null; to: string | null };
}

export interface PackBody {
  names: NamesIndex;
  details: DetailsIndex;
  /** The pack's own marked names, ready for a tab (used as is when the pack is the only one on). */
  matcher: CompiledMatcher;
}

export interface Pack extends PackBody {
  meta: PackMeta;
}

/** The id of content/, the pack every build carries. */
export const BUILTIN_PACK_ID = 'siyaq';
