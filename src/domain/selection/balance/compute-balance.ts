import { invalid } from '../../errors.js';
import type { SelectionCandidate } from './candidate.js';
import { balanceDimensions, dimensionValues, type BalanceDimension } from './dimensions.js';

/** One value of a dimension: "Africa: 18 selected (17.6 %) of 95 submitted (15.8 %)". */
export interface BalanceEntry {
  value: string;
  selected: number;
  /** Percent of the selected candidates (0 when none is selected). */
  selectedShare: number;
  submitted: number;
  /** Percent of all candidates. */
  submittedShare: number;
}

/**
 * Shares are of candidates, so in a multi-valued dimension (gender, theme, SDG) they may add up to
 * more than 100 %.
 */
export interface Balance {
  selectedCount: number;
  candidateCount: number;
  /** Entries by most submitted first, then by value. */
  dimensions: Record<BalanceDimension, BalanceEntry[]>;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : (part * 100) / whole);

/**
 * Counts and shares of each dimension's values among the selected and among all candidates.
 *
 * @example
 * const balance = computeBalance(candidates, ['s1', 's7']);
 * balance.dimensions.region.find((entry) => entry.value === 'africa') // { selected: 1, selectedShare: 50, submitted: 95, … }
 */
export function computeBalance(candidates: SelectionCandidate[], selectedIds: Iterable<string>): Balance {
  const selected = new Set(selectedIds);
  const known = new Set(candidates.map((candidate) => candidate.id));
  const strangers = [...selected].filter((id) => !known.has(id));
  if (strangers.length > 0) throw invalid([{ path: 'selectedIds', message: `not among the candidates: ${strangers.slice(0, 5).join(', ')}` }]);

  const dimensions = {} as Record<BalanceDimension, BalanceEntry[]>;
  for (const dimension of balanceDimensions) {
    const counts = new Map<string, { selected: number; submitted: number }>();
    for (const candidate of candidates) {
      for (const value of dimensionValues(candidate, dimension)) {
        const count = counts.get(value) ?? { selected: 0, submitted: 0 };
        count.submitted++;
        if (selected.has(candidate.id)) count.selected++;
        counts.set(value, count);
      }
    }
    dimensions[dimension] = [...counts]
      .map(([value, count]) => ({
        value,
        selected: count.selected,
        selectedShare: percent(count.selected, selected.size),
        submitted: count.submitted,
        submittedShare: percent(count.submitted, candidates.length),
      }))
      .sort((a, b) => b.submitted - a.submitted || a.value.localeCompare(b.value));
  }
  return { selectedCount: selected.size, candidateCount: candidates.length, dimensions };
}
