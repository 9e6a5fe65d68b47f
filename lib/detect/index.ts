// The detector's public API.

export { createDetector } from './detector';
export { compileMatcher, loadMatcher, MATCHER_FORMAT, type CompiledMatcher } from './compiled';
export type { DetectedMention, Detector } from './types';
