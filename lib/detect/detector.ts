// A detector built straight from the names (tests, the compiler, the command
// line): the same tables a compiled matcher carries, without encoding them.

import type { NamesIndex } from '../knowledge/types';
import { detectorFrom } from './matcher';
import { buildTables } from './tables';
import type { Detector, DetectorOptions } from './types';

export function createDetector(names: NamesIndex, options: DetectorOptions = {}): Detector {
  const tables = buildTables(names);
  return detectorFrom(
    {
      ...tables,
      topicId: (i) => tables.ids[i] ?? '',
      guards: () => tables.guards,
      extras: () => tables.extras,
    },
    options,
  );
}
