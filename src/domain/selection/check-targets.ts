import { dimensionValues, type SelectionCandidate } from './balance/index.js';
import type { SelectionTarget } from './suggest/selection-target.js';
import { countBounds } from './suggest/target-bounds.js';

export interface TargetStanding {
  target: SelectionTarget;
  /** Selected in the group; for `*`, in its worst value. */
  achieved: number;
  value: string;
  min: number | null;
  max: number | null;
  met: boolean;
}

/**
 * How the organisers' current selection stands against each target, counted the way the solver
 * counts: shares are of the places.
 */
export function checkTargets(candidates: readonly SelectionCandidate[], selectedIds: Iterable<string>, targets: readonly SelectionTarget[], places: number): TargetStanding[] {
  const selected = new Set(selectedIds);
  return targets.map((target) => {
    const { min, max } = countBounds(target, places);
    const counts = new Map<string, number>();
    for (const candidate of candidates) {
      for (const value of dimensionValues(candidate, target.dimension)) {
        if (target.value !== '*' && value !== target.value.toLowerCase()) continue;
        counts.set(value, (counts.get(value) ?? 0) + (selected.has(candidate.id) ? 1 : 0));
      }
    }
    if (target.value !== '*' && !counts.has(target.value.toLowerCase())) counts.set(target.value.toLowerCase(), 0);
    const entries = [...counts];
    const violation = (count: number) => Math.max(min !== null ? min - count : 0, max !== null ? count - max : 0);
    const [value, achieved] = entries.sort((a, b) => violation(b[1]) - violation(a[1]) || b[1] - a[1])[0] ?? [target.value, 0];
    return { target, achieved, value, min, max, met: entries.every(([, count]) => violation(count) <= 0) };
  });
}
