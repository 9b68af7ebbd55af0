import type { SelectionTarget } from './selection-target.js';

export interface CountBounds {
  min: number | null;
  max: number | null;
}

// Shares are computed in floating point: 10 % of 100 places must stay 10, not 10.000000000000002.
const roundingTolerance = 1e-9;

/**
 * A target's bounds in selected candidates. A share is of the places: a minimum rounds up (at least
 * 25 % of 102 places is at least 26), a maximum rounds down (at most 40 % of 102 is at most 40), so
 * meeting the counts always meets the shares.
 *
 * @example countBounds({ id: 't', dimension: 'region', value: 'africa', min: 25, unit: 'share' }, 102) // { min: 26, max: null }
 */
export function countBounds(target: SelectionTarget, places: number): CountBounds {
  const toCount = (bound: number | undefined, round: (value: number) => number, nudge: number): number | null => {
    if (bound === undefined) return null;
    return target.unit === 'count' ? bound : round((bound * places) / 100 + nudge);
  };
  return { min: toCount(target.min, Math.ceil, -roundingTolerance), max: toCount(target.max, Math.floor, roundingTolerance) };
}
