// Popup search timed per keystroke, each query typed one letter at a time as
// a reader would. Wall-clock time and this process's CPU time are both kept:
// on a machine shared with other work the wall clock also counts the time the
// process waited for a core, which the CPU time does not.
import type { SearchIndex } from '../lib/search/search-index';

export interface Spread {
  median: number;
  p95: number;
  max: number;
}

const spread = (times: number[]): Spread => {
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, p95: times[Math.floor(times.length * 0.95)]!, max: times[times.length - 1]! };
};

export function keystrokes(index: SearchIndex, queries: readonly string[], rounds = 3): { wall: Spread; cpu: Spread } {
  return timed(
    index,
    queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1))),
    rounds,
  );
}

/** Each text searched whole, as when a paragraph is pasted into the box. */
export function pastes(index: SearchIndex, texts: readonly string[], rounds = 3): { wall: Spread; cpu: Spread } {
  return timed(index, texts, rounds);
}

function timed(index: SearchIndex, searches: readonly string[], rounds: number): { wall: Spread; cpu: Spread } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of searches) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      index.search(text);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { wall: spread(wall), cpu: spread(cpu) };
}

/** "p95 X ms (CPU Y ms), median Z ms" */
export const describe = (r: { wall: Spread; cpu: Spread }): string =>
  `p95 ${r.wall.p95.toFixed(2)} ms (CPU ${r.cpu.p95.toFixed(2)} ms), median ${r.wall.median.toFixed(2)} ms`;
