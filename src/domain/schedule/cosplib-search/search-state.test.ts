import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCosplib } from '../cosplib/compiled-instance.js';
import { evaluateIndexedCosplib } from '../cosplib/evaluate.js';
import { seededRandom } from '../solver/random.js';
import { generateCosplibInstance } from './generate-instance.js';
import { greedyStart } from './greedy-start.js';
import { MoveMaker } from './moves.js';
import { CosplibSearchState, unplacedPenalty } from './search-state.js';

const shapes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  sessions: fc.integer({ min: 1, max: 5 }),
  rooms: fc.integer({ min: 1, max: 4 }),
  tracks: fc.integer({ min: 1, max: 6 }),
  submissions: fc.integer({ min: 1, max: 30 }),
  moves: fc.integer({ min: 1, max: 150 }),
});

describe('CoSPLib search state', () => {
  it('keeps its incremental total equal to a full re-scoring by the official evaluator over random moves and undos', () => {
    fc.assert(fc.property(shapes, ({ seed, moves: count, ...shape }) => {
      const compiled = compileCosplib(generateCosplibInstance(seed, shape));
      const state = new CosplibSearchState(compiled);
      const random = seededRandom(seed);
      const moves = new MoveMaker(state, random);
      // Start from a partial schedule half the time, so ejections and unplaced talks are exercised too.
      if (random() < 0.5) greedyStart(state);
      for (let step = 0; step < count; step++) {
        const move = moves.apply();
        if (move && random() < 0.4) moves.undo(move);
        const full = evaluateIndexedCosplib(compiled, state.toIndexed(), true);
        const missingMultiSlot = full.multi >= 1_000_000_000;
        expect(state.total() - state.unplaced * unplacedPenalty).toBe(full.total - full.multi);
        if (state.unplaced === 0) expect(full.multi).toBe(0);
        else expect(missingMultiSlot || full.multi === 0).toBe(true);
      }
    }), { seed: 20261124, numRuns: 150 });
  });

  it('never puts two tracks in one cell nor splits a multi-slot talk, whatever the moves', () => {
    const compiled = compileCosplib(generateCosplibInstance(3, { sessions: 4, rooms: 3, tracks: 5, submissions: 25 }));
    const state = new CosplibSearchState(compiled);
    greedyStart(state);
    const moves = new MoveMaker(state, seededRandom(3));
    for (let step = 0; step < 2000; step++) moves.apply();
    const evaluation = evaluateIndexedCosplib(compiled, state.toIndexed());
    expect(state.unplaced).toBe(0);
    expect(evaluation.hard).toEqual([]);
    expect(evaluation.multi).toBe(0);
  });
});
