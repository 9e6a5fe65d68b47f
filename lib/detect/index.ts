// The detector's public API.

export { createDetector } from './detector';
export type { DetectedMention, Detector, DetectorOptions, MatchKind } from './types';
