// What the per-tab benchmark loads into a page: the detector's two ways to
// start, as a tab would run them.
import { createDetector, loadMatcher } from '../lib/detect';

(globalThis as unknown as { siyaqBench: unknown }).siyaqBench = { createDetector, loadMatcher };
