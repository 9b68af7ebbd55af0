import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimensionValues, type SelectionCandidate } from '../balance/index.js';
import { selectionWeights, suggestSelection, countBounds, type SelectionTarget } from './index.js';

const countries = ['ES', 'FR', 'MA', 'SN', 'KR', 'AU', 'MX'] as const;
const genders = ['woman', 'man', null] as const;

const candidateArbitrary = fc.record({
  score: fc.option(fc.integer({ min: 0, max: 50 }).map((tenths) => tenths / 10), { freq: 6 }),
  country: fc.constantFrom(...countries),
  presenterGenders: fc.array(fc.constantFrom(...genders), { minLength: 1, maxLength: 2 }),
  returning: fc.boolean(),
});

const targetArbitrary = fc
  .record({
    dimension: fc.constantFrom('region', 'country', 'gender', 'returning'),
    each: fc.boolean(),
    pick: fc.nat(),
    low: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    high: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    share: fc.boolean(),
  })
  .map(({ dimension, each, pick, low, high, share }, ): Omit<SelectionTarget, 'id'> => {
    const values = { region: ['africa', 'europe', 'asia', 'oceania', 'americas'], country: [...countries], gender: ['woman', 'man', 'undeclared'], returning: ['true', 'false'] }[dimension];
    const [min, max] = low !== undefined && high !== undefined && low > high ? [high, low] : [low ?? (high === undefined ? 1 : undefined), high];
    const scale = share ? 20 : 1;
    return {
      dimension: dimension as SelectionTarget['dimension'],
      value: each ? '*' : values[pick % values.length]!,
      unit: share ? 'share' : 'count',
      ...(min === undefined ? {} : { min: min * scale }),
      ...(max === undefined ? {} : { max: max * scale }),
    };
  });

const instanceArbitrary = fc
  .record({
    candidates: fc.array(candidateArbitrary, { minLength: 1, maxLength: 9 }),
    targets: fc.array(targetArbitrary, { maxLength: 3 }),
    places: fc.integer({ min: 1, max: 10 }),
    decisions: fc.array(fc.constantFrom('open', 'open', 'open', 'open', 'accepted', 'rejected'), { minLength: 9, maxLength: 9 }),
  })
  .map(({ candidates, targets, places, decisions }) => {
    const full: SelectionCandidate[] = candidates.map((each, index) => ({ id: `c${index}`, language: 'en', organisationKind: null, themes: [], sdgs: [], ...each }));
    const accepted = full.filter((_, index) => decisions[index] === 'accepted').map((each) => each.id).slice(0, places);
    const rejected = full.filter((_, index) => decisions[index] === 'rejected').map((each) => each.id);
    return { candidates: full, places, accepted, rejected, targets: targets.map((target, index) => ({ ...target, id: `t${index}` })) };
  });

/** Each target's shortfall, counted straight from the candidates' values. */
function shortfalls(candidates: SelectionCandidate[], targets: SelectionTarget[], places: number, selected: Set<string>): number[] {
  return targets.map((target) => {
    const { min, max } = countBounds(target, places);
    const values = target.value === '*' ? [...new Set(candidates.flatMap((each) => dimensionValues(each, target.dimension)))].filter((value) => value !== 'unknown' && value !== 'undeclared') : [target.value];
    return values.reduce((sum, value) => {
      const count = candidates.filter((each) => selected.has(each.id) && dimensionValues(each, target.dimension).includes(value)).length;
      return sum + Math.max(0, (min ?? 0) - count) + Math.max(0, count - (max ?? Infinity));
    }, 0);
  });
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/** Every selection of the right size that keeps the decisions: fewest target units broken, then highest weight. */
function exhaustiveBest(instance: { candidates: SelectionCandidate[]; targets: SelectionTarget[]; places: number; accepted: string[]; rejected: string[] }) {
  const { candidates, targets, places } = instance;
  const weights = selectionWeights(candidates);
  const seats = Math.min(places, candidates.length - instance.rejected.length);
  let best = { shortfall: Infinity, weight: -Infinity };
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const selected = new Set(candidates.filter((_, index) => mask & (1 << index)).map((each) => each.id));
    if (selected.size !== seats || instance.accepted.some((id) => !selected.has(id)) || instance.rejected.some((id) => selected.has(id))) continue;
    const shortfall = sum(shortfalls(candidates, targets, places, selected));
    const weight = sum(candidates.map((each, index) => (selected.has(each.id) ? weights[index]! : 0)));
    if (shortfall < best.shortfall || (shortfall === best.shortfall && weight > best.weight + 1e-9)) best = { shortfall, weight };
  }
  return best;
}

describe('suggestSelection against exhaustive search', () => {
  it('breaks as few target units as any selection can, then has the highest score, and blames other targets only for a target it could meet alone', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArbitrary, async (instance) => {
        const suggestion = await suggestSelection(instance);
        const selected = new Set(suggestion.selectedIds);
        const weights = selectionWeights(instance.candidates);
        const reached = shortfalls(instance.candidates, instance.targets, instance.places, selected);
        const best = exhaustiveBest(instance);
        expect(sum(reached)).toBe(best.shortfall);
        expect(sum(instance.candidates.map((each, index) => (selected.has(each.id) ? weights[index]! : 0)))).toBeCloseTo(best.weight, 6);
        expect(suggestion.targets.map((outcome) => outcome.met)).toEqual(reached.map((shortfall) => shortfall === 0));
        expect(suggestion.targets.every((outcome) => outcome.met === (outcome.reason === undefined))).toBe(true);
        for (const outcome of suggestion.targets.filter((each) => !each.met)) {
          const aloneMeetable = exhaustiveBest({ ...instance, targets: [outcome.target] }).shortfall === 0;
          expect(outcome.reason!.code === 'conflicts_with_targets').toBe(aloneMeetable);
        }
      }),
      { seed: 20181001, numRuns: 100 },
    );
  }, 120_000);
});
