import { buildLpModel, candidateColumn, decisionsBreak, undecided } from './lp-model.js';
import { runHighs } from './run-highs.js';
import type { SelectionProblem } from './selection-problem.js';

/**
 * The best selection for the problem, one flag per candidate: fewest target units broken, then the
 * highest total weight. Rows in `hardRows` must be met; null when they cannot be.
 *
 * @example const chosen = await solveSelection(problem); // [true, false, …]
 */
export async function solveSelection(problem: SelectionProblem, hardRows: ReadonlySet<number> = new Set()): Promise<boolean[] | null> {
  for (const rowIndex of hardRows) if (decisionsBreak(problem, problem.rows[rowIndex]!)) return null;
  if (undecided(problem).length === 0) return problem.fixed.map((decision) => decision === 1);
  const values = await runHighs(buildLpModel(problem, hardRows));
  if (!values) return null;
  return problem.fixed.map((decision, index) => decision === 1 || (decision === null && (values[candidateColumn(index)] ?? 0) > 0.5));
}

/** How many chosen candidates each row's group holds. */
export const rowCounts = (problem: SelectionProblem, chosen: boolean[]): number[] =>
  problem.rows.map((row) => row.members.filter((member) => chosen[member]).length);
