// The detector's public API.

export { createDetector } from './detector';
export type { DetectedMention, Detector, MatchKind } from './types';
