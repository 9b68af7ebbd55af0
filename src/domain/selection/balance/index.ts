export type { SelectionCandidate } from './candidate.js';
export {
  selectionDimensions,
  balanceDimensions,
  isSelectionDimension,
  dimensionValues,
  unknownValue,
  undeclaredGender,
  type SelectionDimension,
  type BalanceDimension,
} from './dimensions.js';
export { computeBalance, type Balance, type BalanceEntry } from './compute-balance.js';
