// The detector's public API.

export { createDetector } from './detector';
export { compileMatcher, loadMatcher, type CompiledMatcher } from './compiled';
export type { DetectedMention, Detector, DetectorOptions, MatchKind } from './types';
