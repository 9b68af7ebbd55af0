export { suggestSelection, type SuggestSelectionInput } from './suggest-selection.js';
export type { SelectionTarget, SelectionSuggestion, TargetOutcome, TargetReason, TargetReasonCode } from './selection-target.js';
export type { SelectionDimension, SelectionCandidate } from '../balance/index.js';
export { validateSelectionInput, type SelectionInput } from './validate-input.js';
export { countBounds } from './target-bounds.js';
export { selectionWeights } from './selection-problem.js';
export { generateCall, type CallShape } from './generate-call.js';
