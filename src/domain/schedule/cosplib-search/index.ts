export { searchCosplib, type CosplibSearchOptions, type CosplibSearchProgress, type CosplibSearchResult } from './anneal.js';
export { greedyStart } from './greedy-start.js';
export { MoveMaker, type AppliedMove } from './moves.js';
export { CosplibSearchState, unplacedPenalty } from './search-state.js';
export { cosplibLowerBound, type CosplibLowerBound } from './exact-bound.js';
export { cosplibLowerBoundModel } from './lower-bound-model.js';
export { generateCosplibInstance, type GeneratedCosplibShape } from './generate-instance.js';
