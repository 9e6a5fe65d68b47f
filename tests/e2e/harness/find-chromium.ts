// The Chromium the real-browser tests drive. The npm scripts have already
// provided one (scripts/ensure-browsers.ts); when a test is run some other way
// and there is none, the error says exactly what to run.
export { findChromium } from '../../../scripts/ensure-browsers';
