import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedRoot } from '../../../../tests/support/shared-data.js';
import { evaluateCosplib } from '../cosplib/evaluate.js';
import { readCosplibInstance } from '../cosplib/read-instance.js';
import { searchCosplib } from './anneal.js';
import { generateCosplibInstance } from './generate-instance.js';

describe('CoSPLib search', () => {
  it('returns a schedule with 0 hard violations on generated feasible instances', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }),
      (seed, sessions, rooms, tracks, submissions) => {
        const instance = generateCosplibInstance(seed, { sessions, rooms, tracks, submissions });
        const result = searchCosplib(instance, { iterationLimit: 3000, seed });
        const evaluation = evaluateCosplib(instance, result.assignment);
        expect(result.unplaced).toBe(0);
        expect(evaluation.hard).toEqual([]);
        expect(evaluation.multi).toBe(0);
        expect(evaluation.total).toBe(result.penalty);
      },
    ), { seed: 20261124, numRuns: 60 });
  });

  it('gives the same schedule for the same seed', () => {
    const instance = generateCosplibInstance(11, { sessions: 4, rooms: 3, tracks: 5, submissions: 30 });
    const first = searchCosplib(instance, { iterationLimit: 5000, seed: 4 });
    const second = searchCosplib(instance, { iterationLimit: 5000, seed: 4 });
    expect(second.assignment).toEqual(first.assignment);
    expect(second.penalty).toBe(first.penalty);
  });

  it('stops when aborted and still returns its best valid schedule, reporting progress on the way', () => {
    const instance = generateCosplibInstance(12, { sessions: 5, rooms: 4, tracks: 6, submissions: 40 });
    const controller = new AbortController();
    const seen: number[] = [];
    const result = searchCosplib(instance, {
      timeLimitMs: 60_000, seed: 1, progressEveryMs: 0, signal: controller.signal,
      onProgress: (progress) => { seen.push(progress.best); if (progress.iterations > 20_000) controller.abort(); },
    });
    expect(result.elapsedMs).toBeLessThan(30_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(result.unplaced).toBe(0);
    expect(evaluateCosplib(instance, result.assignment).hard).toEqual([]);
  });

  it.skipIf(!sharedDataAvailable('benchmarks/cosplib'))('reaches the best known penalty of N2OR (1) with a fixed move budget', async () => {
    const instance = await readCosplibInstance(`${sharedRoot}benchmarks/cosplib/Dataset/N2OR.xlsx`);
    const result = searchCosplib(instance, { iterationLimit: 400_000, seed: 1 });
    const evaluation = evaluateCosplib(instance, result.assignment);
    expect(evaluation.hard).toEqual([]);
    expect(evaluation.total).toBe(result.penalty);
    expect(evaluation.total).toBeLessThanOrEqual(1);
  });
});
