import type { SelectionProblem } from './selection-problem.js';
import type { TargetRow } from './target-rows.js';

export const candidateColumn = (index: number): string => `x${index}`;
export const shortColumn = (row: number): string => `under${row}`;
export const excessColumn = (row: number): string => `over${row}`;

const termsPerLine = 16;

function linearSum(terms: string[]): string {
  const lines: string[] = [];
  for (let start = 0; start < terms.length; start += termsPerLine) lines.push(terms.slice(start, start + termsPerLine).join(' '));
  return lines.join('\n   ');
}

const weighted = (coefficient: number, column: string, first: boolean): string =>
  coefficient < 0 ? `- ${-coefficient} ${column}` : `${first ? '' : '+ '}${coefficient} ${column}`;

const plain = (column: string, first: boolean): string => `${first ? '' : '+ '}${column}`;

/** The candidates left for the solver to choose. */
export const undecided = (problem: SelectionProblem): number[] => problem.fixed.flatMap((decision, index) => (decision === null ? [index] : []));

const acceptedIn = (problem: SelectionProblem, members: number[]): number => members.filter((member) => problem.fixed[member] === 1).length;

/**
 * True when a row to be met strictly has no undecided member and the decisions already break it:
 * no model can meet it.
 *
 * @example decisionsBreak(problem, row) // true when 6 accepted candidates sit in an "at most 5" group with nobody undecided
 */
export function decisionsBreak(problem: SelectionProblem, row: TargetRow): boolean {
  if (row.members.some((member) => problem.fixed[member] === null)) return false;
  const decided = acceptedIn(problem, row.members);
  return decided < (row.min ?? 0) || decided > (row.max ?? Infinity);
}

/**
 * The elastic selection model in CPLEX LP format: a binary per undecided candidate (there must be
 * one), exactly `seats` selected, and each target row's bounds softened by a shortfall and an excess
 * column whose penalty outweighs any difference in score, so the solver first breaks as few target
 * units as it can and only then maximises the score. Rows in `hardRows` are not softened.
 *
 * @example highs.solve(buildLpModel(problem), { output_flag: false })
 */
export function buildLpModel(problem: SelectionProblem, hardRows: ReadonlySet<number> = new Set()): string {
  const free = undecided(problem);
  const freeSeats = problem.seats - problem.fixed.filter((decision) => decision === 1).length;
  const freeWeights = free.map((index) => problem.weights[index]!);
  // One unit of target shortfall must cost more than any exchange of candidates can gain.
  const penalty = Math.ceil((Math.max(...freeWeights) - Math.min(...freeWeights)) * Math.max(freeSeats, 1)) + 1;

  const objective = free.map((index, position) => weighted(problem.weights[index]!, candidateColumn(index), position === 0));
  const constraints = [` seats: ${linearSum(free.map((index, position) => plain(candidateColumn(index), position === 0)))} = ${freeSeats}`];
  for (const [rowIndex, row] of problem.rows.entries()) {
    const open = row.members.filter((member) => problem.fixed[member] === null).map(candidateColumn);
    // A group with nobody left to choose has a shortfall the solver cannot change.
    if (open.length === 0) continue;
    const decided = acceptedIn(problem, row.members);
    const soft = !hardRows.has(rowIndex);
    const sum = open.map((column, position) => plain(column, position === 0));
    if (row.min !== null) {
      if (soft) objective.push(`- ${penalty} ${shortColumn(rowIndex)}`);
      constraints.push(` min${rowIndex}: ${linearSum(soft ? [...sum, `+ ${shortColumn(rowIndex)}`] : sum)} >= ${row.min - decided}`);
    }
    if (row.max !== null) {
      if (soft) objective.push(`- ${penalty} ${excessColumn(rowIndex)}`);
      constraints.push(` max${rowIndex}: ${linearSum(soft ? [...sum, `- ${excessColumn(rowIndex)}`] : sum)} <= ${row.max - decided}`);
    }
  }
  return ['Maximize', ` score: ${linearSum(objective)}`, 'Subject To', ...constraints, 'Binary', ` ${linearSum(free.map(candidateColumn))}`, 'End'].join('\n');
}
