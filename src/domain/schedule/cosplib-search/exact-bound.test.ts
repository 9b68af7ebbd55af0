import { describe, expect, it } from 'vitest';
import { searchCosplib } from './anneal.js';
import { cosplibLowerBound } from './exact-bound.js';
import { generateCosplibInstance } from './generate-instance.js';

describe('CoSPLib lower bound (HiGHS)', () => {
  it.each([1, 2, 3])('never exceeds the penalty of a schedule the search finds (generated instance %i)', async (seed) => {
    const instance = generateCosplibInstance(seed, { sessions: 3, rooms: 2, tracks: 3, submissions: 10 });
    const bound = await cosplibLowerBound(instance, { timeLimitS: 20 });
    const search = searchCosplib(instance, { iterationLimit: 20_000, seed });
    expect(bound.optimal).toBe(true);
    expect(bound.bound).toBeLessThanOrEqual(search.penalty);
  });
});
