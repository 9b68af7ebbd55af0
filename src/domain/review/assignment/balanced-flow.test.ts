import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveBalancedFlow, type BalancedFlowProblem } from './balanced-flow.js';

type Score = [number, number, number, number];
const squares = (values: number[]) => values.reduce((sum, value) => sum + value * value, 0);

/** Coverage, then spread over submissions, then spread over reviewers, then theme cost: the order the flow promises. */
function score(problem: BalancedFlowProblem, pairs: [number, number][]): Score {
  const load = [...problem.load];
  const reviewed = [...problem.reviewed];
  let themeCost = 0;
  for (const [s, r] of pairs) {
    load[r]!++;
    reviewed[s]!++;
    const candidates = problem.candidates[s]!;
    themeCost += candidates.costs[candidates.reviewers.indexOf(r)]!;
  }
  return [-pairs.length, squares(reviewed), squares(load), themeCost];
}

function subsetsUpTo<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [[]];
  for (const item of items) for (const subset of [...out]) if (subset.length < size) out.push([...subset, item]);
  return out;
}

/** Tries every choice of readers for every submission. */
function bestByExhaustion(problem: BalancedFlowProblem): Score {
  let best: Score = [Infinity, Infinity, Infinity, Infinity];
  const visit = (s: number, chosen: [number, number][], load: number[]) => {
    if (s === problem.need.length) {
      const candidate = score(problem, chosen);
      const first = candidate.findIndex((value, i) => value !== best[i]);
      if (first >= 0 && candidate[first]! < best[first]!) best = candidate;
      return;
    }
    for (const readers of subsetsUpTo(problem.candidates[s]!.reviewers, problem.need[s]!)) {
      if (readers.some((r) => load[r]! >= problem.maxLoad[r]!)) continue;
      for (const r of readers) load[r]!++;
      visit(s + 1, [...chosen, ...readers.map((r): [number, number] => [s, r])], load);
      for (const r of readers) load[r]!--;
    }
  };
  visit(0, [], [...problem.load]);
  return best;
}

const smallProblem = fc
  .record({ submissions: fc.integer({ min: 1, max: 5 }), reviewers: fc.integer({ min: 1, max: 3 }) })
  .chain(({ submissions, reviewers }) =>
    fc.record({
      reviewed: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: submissions, maxLength: submissions }),
      need: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: submissions, maxLength: submissions }),
      load: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: reviewers, maxLength: reviewers }),
      maxLoad: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: reviewers, maxLength: reviewers }),
      candidates: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { minLength: reviewers, maxLength: reviewers }).map((costs) => ({
          reviewers: costs.flatMap((cost, r) => (cost === null ? [] : [r])),
          costs: costs.filter((cost): cost is number => cost !== null),
        })),
        { minLength: submissions, maxLength: submissions },
      ),
    }),
  );

describe('solveBalancedFlow', () => {
  it('matches an exhaustive search for coverage, then spread over submissions, then over reviewers, then theme match', () => {
    fc.assert(
      fc.property(smallProblem, (shape) => {
        const problem: BalancedFlowProblem = { ...shape, matchScale: 100 };
        expect(score(problem, solveBalancedFlow(problem))).toEqual(bestByExhaustion(problem));
      }),
      { numRuns: 300, seed: 2018 },
    );
  });
});
