import type { SelectionCandidate } from '../balance/index.js';
import { conflictReason } from './conflict-reason.js';
import { rowReason } from './row-reason.js';
import type { UnmetContext } from './unmet-context.js';
import { selectionProblem } from './selection-problem.js';
import type { SelectionSuggestion, SelectionTarget, TargetOutcome } from './selection-target.js';
import { rowCounts, solveSelection } from './solve-selection.js';
import { rowShortfall, targetRows, type TargetRow } from './target-rows.js';
import { validateSelectionInput } from './validate-input.js';

export interface SuggestSelectionInput {
  candidates: SelectionCandidate[];
  places: number;
  targets: SelectionTarget[];
  /** Organisers' decisions, kept as they are. */
  accepted?: string[];
  rejected?: string[];
  onProgress?: (message: string) => void;
}

/** The row that shows how a target fares: the one furthest from its bounds, else the fullest (for a max) or emptiest (for a min). */
function worstRow(rowIndices: number[], rows: TargetRow[], counts: number[]): number | undefined {
  const ranked = [...rowIndices].sort((a, b) => {
    const byShortfall = rowShortfall(rows[b]!, counts[b]!) - rowShortfall(rows[a]!, counts[a]!);
    return byShortfall !== 0 ? byShortfall : rows[a]!.max !== null ? counts[b]! - counts[a]! : counts[a]! - counts[b]!;
  });
  return ranked[0];
}

/**
 * The highest-scored selection of `places` candidates that meets the targets, keeping the
 * organisers' decisions. Targets that cannot all be met are broken as little as possible (fewest
 * candidates short or over, then the highest score), and each unmet one says why. Unreviewed
 * candidates come after every reviewed one. Throws `invalid` naming a bad field (`targets[2].min`).
 *
 * @example
 * const suggestion = await suggestSelection({
 *   candidates, places: 102,
 *   targets: [{ id: 'africa', dimension: 'region', value: 'africa', min: 25, unit: 'share' },
 *             { id: 'per-country', dimension: 'country', value: '*', max: 5, unit: 'count' }],
 * });
 * suggestion.targets.filter((outcome) => !outcome.met).map((outcome) => outcome.reason?.message);
 */
export async function suggestSelection(input: SuggestSelectionInput): Promise<SelectionSuggestion> {
  const began = performance.now();
  const progress = input.onProgress ?? (() => {});
  validateSelectionInput(input);
  const { candidates, places, targets } = input;

  progress(`building model: ${candidates.length} candidates, ${places} places, ${targets.length} targets`);
  const rows = targetRows(candidates, targets, places);
  const problem = selectionProblem(candidates, places, rows, input.accepted ?? [], input.rejected ?? []);

  progress(`solving (${rows.length} target groups)`);
  const chosen = (await solveSelection(problem))!;
  const counts = rowCounts(problem, chosen);
  const context: UnmetContext = { problem, targets, places, counts };

  const rowsByTarget = targets.map((): number[] => []);
  rows.forEach((row, rowIndex) => rowsByTarget[row.targetIndex]!.push(rowIndex));
  const unmetCount = rowsByTarget.filter((indices) => indices.some((index) => rowShortfall(rows[index]!, counts[index]!) > 0)).length;
  if (unmetCount > 0) progress(`explaining ${unmetCount} unmet target${unmetCount === 1 ? '' : 's'}`);

  const outcomes: TargetOutcome[] = [];
  for (const [targetIndex, target] of targets.entries()) {
    const worst = worstRow(rowsByTarget[targetIndex]!, rows, counts);
    if (worst === undefined) {
      // A `*` target over a dimension no candidate has a value in.
      outcomes.push({ target, value: target.value, achieved: 0, met: true });
      continue;
    }
    if (rowShortfall(rows[worst]!, counts[worst]!) === 0) {
      outcomes.push({ target, value: rows[worst]!.value, achieved: counts[worst]!, met: true });
      continue;
    }
    const broken = rowsByTarget[targetIndex]!.filter((index) => rowShortfall(rows[index]!, counts[index]!) > 0);
    const reasons = new Map(broken.map((index) => [index, rowReason(context, index)] as const));
    // A group that no selection can fill (or keep small enough) explains the target on its own.
    const explained = broken.find((index) => reasons.get(index));
    const shown = explained ?? worst;
    const reason = explained !== undefined ? reasons.get(explained)! : await conflictReason(context, worst);
    outcomes.push({ target, value: rows[shown]!.value, achieved: counts[shown]!, met: false, reason });
  }

  const selectedIds = candidates.filter((_, index) => chosen[index]).map((candidate) => candidate.id);
  const totalScore = candidates.reduce((sum, candidate, index) => sum + (chosen[index] ? (candidate.score ?? 0) : 0), 0);
  const elapsedMs = Math.round(performance.now() - began);
  progress(`done in ${elapsedMs} ms`);
  return { selectedIds, totalScore, targets: outcomes, allTargetsMet: outcomes.every((outcome) => outcome.met), elapsedMs };
}
