import { invalid, type FieldProblem } from '../../errors.js';
import { isSelectionDimension, type SelectionCandidate } from '../balance/index.js';
import { isRegion, isSubregion } from '../regions/index.js';
import type { SelectionTarget } from './selection-target.js';

export interface SelectionInput {
  candidates: SelectionCandidate[];
  places: number;
  targets: SelectionTarget[];
  accepted?: string[];
  rejected?: string[];
}

const valueRules: Partial<Record<SelectionTarget['dimension'], { test: (value: string) => boolean; expected: string }>> = {
  region: { test: (value) => isRegion(value) || isSubregion(value), expected: 'a UN M49 region such as "africa" or sub-region such as "latin_america_caribbean"' },
  country: { test: (value) => /^[A-Za-z]{2}$/.test(value), expected: 'an ISO 3166-1 alpha-2 country code such as "ES"' },
  sdg: { test: (value) => /^([1-9]|1[0-7])$/.test(value), expected: 'a Sustainable Development Goal from 1 to 17' },
  returning: { test: (value) => value === 'true' || value === 'false', expected: '"true" or "false"' },
};

const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

function targetProblems(target: SelectionTarget, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ path: `${path}.${field}`, message });
  if (typeof target.id !== 'string' || target.id.trim() === '') problem('id', 'must be a non-empty text');
  if (!isSelectionDimension(String(target.dimension))) problem('dimension', `unknown dimension "${String(target.dimension)}"`);
  if (typeof target.value !== 'string' || target.value.trim() === '') problem('value', 'must be a value of the dimension, or * for each value');
  else if (target.value !== '*') {
    const rule = valueRules[target.dimension];
    if (rule && !rule.test(target.value.trim().toLowerCase())) problem('value', `expected ${rule.expected} or *`);
  }
  if (target.unit !== 'count' && target.unit !== 'share') problem('unit', 'must be "count" or "share"');
  if (target.min === undefined && target.max === undefined) problem('min', 'a target needs a min, a max or both');
  for (const field of ['min', 'max'] as const) {
    const bound = target[field];
    if (bound === undefined) continue;
    if (typeof bound !== 'number' || !Number.isFinite(bound) || bound < 0) problem(field, 'must be a number of 0 or more');
    else if (target.unit === 'count' && !isCount(bound)) problem(field, 'a count must be a whole number');
    else if (target.unit === 'share' && bound > 100) problem(field, 'a share is a percentage of the places, from 0 to 100');
  }
  if (target.min !== undefined && target.max !== undefined && target.min > target.max) problem('min', `must not exceed max (${target.max})`);
  return problems;
}

function idListProblems(ids: string[] | undefined, path: string, known: Set<string>): FieldProblem[] {
  const strangers = (ids ?? []).filter((id) => !known.has(id));
  return strangers.length === 0 ? [] : [{ path, message: `not among the candidates: ${strangers.slice(0, 5).join(', ')}` }];
}

/**
 * Throws `invalid` naming every bad field (`targets[2].min`, `places`, `accepted`).
 *
 * @example validateSelectionInput({ candidates, places: 0, targets: [] }) // throws "places: must be a whole number of 1 or more"
 */
export function validateSelectionInput(input: SelectionInput): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.places) || input.places < 1) problems.push({ path: 'places', message: 'must be a whole number of 1 or more' });

  const known = new Set<string>();
  input.candidates.forEach((candidate, index) => {
    if (known.has(candidate.id)) problems.push({ path: `candidates[${index}].id`, message: `"${candidate.id}" appears twice` });
    known.add(candidate.id);
    if (candidate.score !== null && !Number.isFinite(candidate.score)) problems.push({ path: `candidates[${index}].score`, message: 'must be a number, or null when not reviewed' });
  });

  const targetIds = new Set<string>();
  input.targets.forEach((target, index) => {
    problems.push(...targetProblems(target, `targets[${index}]`));
    if (targetIds.has(target.id)) problems.push({ path: `targets[${index}].id`, message: `"${target.id}" appears twice` });
    targetIds.add(target.id);
  });

  problems.push(...idListProblems(input.accepted, 'accepted', known), ...idListProblems(input.rejected, 'rejected', known));
  const rejected = new Set(input.rejected);
  const both = (input.accepted ?? []).filter((id) => rejected.has(id));
  if (both.length > 0) problems.push({ path: 'rejected', message: `both accepted and rejected: ${both.slice(0, 5).join(', ')}` });
  const acceptedCount = new Set(input.accepted).size;
  if (Number.isInteger(input.places) && acceptedCount > input.places) {
    problems.push({ path: 'accepted', message: `${acceptedCount} accepted submissions do not fit in ${input.places} places` });
  }
  if (problems.length > 0) throw invalid(problems);
}
