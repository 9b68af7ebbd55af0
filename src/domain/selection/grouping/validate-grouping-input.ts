import { invalid, type FieldProblem } from '../../errors.js';
import type { GroupableItem, GroupingOptions } from './workshop-group.js';

const isWholeAbove0 = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

function itemProblems(items: GroupableItem[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (typeof item !== 'object' || item === null) {
      problems.push({ path: `items[${index}]`, message: 'must be an initiative' });
      continue;
    }
    const problem = (field: string, message: string) => problems.push({ path: `items[${index}].${field}`, message });
    if (typeof item.id !== 'string' || item.id === '') problem('id', 'must be a non-empty text');
    else if (seen.has(item.id)) problem('id', `"${item.id}" is given twice`);
    else seen.add(item.id);
    for (const field of ['title', 'text', 'language'] as const) if (typeof item[field] !== 'string') problem(field, 'must be a text');
    if (!Array.isArray(item.themes) || item.themes.some((theme) => typeof theme !== 'string')) problem('themes', 'must be a list of theme codes');
  }
  return problems;
}

function sizeProblems({ minSize, maxSize }: GroupingOptions): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isWholeAbove0(minSize)) problems.push({ path: 'minSize', message: 'must be a whole number of 1 or more' });
  if (!isWholeAbove0(maxSize)) problems.push({ path: 'maxSize', message: 'must be a whole number of 1 or more' });
  else if (isWholeAbove0(minSize) && minSize > maxSize) problems.push({ path: 'minSize', message: `must not be more than maxSize (${maxSize})` });
  return problems;
}

/** `n` items fit in `groups` groups of minSize to maxSize. */
const fits = (n: number, groups: number, { minSize, maxSize }: GroupingOptions) => groups * minSize <= n && n <= groups * maxSize;

/**
 * Checks the items and options, naming each bad field, and returns how many groups to make: the
 * target if given, or else the count nearest to items / mean size that the bounds allow.
 *
 * @example
 * groupCountFor(items102, { minSize: 2, maxSize: 4 }); // → 34
 * groupCountFor(items102, { minSize: 4, maxSize: 2 }); // throws invalid: "minSize: must not be more than maxSize (2)"
 */
export function groupCountFor(items: GroupableItem[], options: GroupingOptions): number {
  if (!Array.isArray(items)) throw invalid([{ path: 'items', message: 'must be a list of initiatives' }]);
  const problems = [...sizeProblems(options), ...itemProblems(items)];
  const { targetGroups } = options;
  if (targetGroups !== undefined && !isWholeAbove0(targetGroups)) problems.push({ path: 'targetGroups', message: 'must be a whole number of 1 or more' });
  if (problems.length > 0) throw invalid(problems);

  const { minSize, maxSize } = options;
  const n = items.length;
  const range = minSize === maxSize ? String(minSize) : `${minSize} to ${maxSize}`;
  if (n < minSize) throw invalid([{ path: 'items', message: `${n} initiative${n === 1 ? '' : 's'} cannot fill a group of at least ${minSize}` }]);
  const fewest = Math.ceil(n / maxSize);
  const most = Math.floor(n / minSize);
  if (fewest > most) throw invalid([{ path: 'items', message: `${n} initiatives cannot be split into groups of ${range}` }]);
  if (targetGroups !== undefined) {
    if (!fits(n, targetGroups, options))
      throw invalid([{ path: 'targetGroups', message: `${targetGroups} groups of ${range} hold ${targetGroups * minSize} to ${targetGroups * maxSize} initiatives, not ${n}` }]);
    return targetGroups;
  }
  return Math.min(most, Math.max(fewest, Math.round(n / ((minSize + maxSize) / 2))));
}
