import type { CompiledProblem } from '../compile-problem.js';
import { SoftGoalCounter, type SoftWeights } from '../soft-goals.js';

/** What two sessions cost, weighted, for every slot they share. */
export interface SharedSlotCost {
  a: number;
  b: number;
  cost: number;
}

/**
 * The pair terms (similar themes in parallel, audience overlap) as SoftGoalCounter charges them, read off
 * the counter itself rather than recomputed: both sessions are placed into the last slot alone (a start in
 * the last slot covers only that slot, whatever the duration) and the change of the two pair parts is
 * the pair's cost per shared slot. The exact model cannot drift from the scorer this way.
 */
export function sharedSlotCosts(compiled: CompiledProblem, weights: SoftWeights): SharedSlotCost[] {
  if (compiled.slotCount === 0) return [];
  const counter = new SoftGoalCounter(compiled, weights);
  const last = compiled.slotCount - 1;
  const pairParts = (): number => counter.parts.similarThemesInParallel + counter.parts.audienceOverlap;
  const costs: SharedSlotCost[] = [];
  for (let a = 0; a < compiled.sessionCount; a++) {
    counter.place(a, last);
    for (let b = a + 1; b < compiled.sessionCount; b++) {
      const before = pairParts();
      counter.place(b, last);
      const cost = pairParts() - before;
      counter.remove(b, last);
      if (cost !== 0) costs.push({ a, b, cost });
    }
    counter.remove(a, last);
  }
  return costs;
}
