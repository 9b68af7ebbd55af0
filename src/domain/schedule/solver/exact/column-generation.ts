import type { Highs } from 'highs';
import type { CompiledProblem } from '../compile-problem.js';
import type { SoftWeights } from '../soft-goals.js';
import { buildForumMip } from './forum-mip.js';
import { InterpreterTeamUse, withinInterpreterTeams } from './interpreter-team-use.js';
import type { SlotContentCost } from './slot-content-cost.js';

export interface ColumnGenerationResult {
  /** Per slot, the contents generated (the empty set and every single session included). */
  pool: number[][][];
  /** Lagrangian lower bound on the optimum over all contents (−Infinity before the first LP). */
  bound: number;
  /** No content left with a negative reduced cost: `bound` is the full relaxation's value. */
  converged: boolean;
  rounds: number;
  /**
   * After convergence: per slot, every content whose reduced cost is at most `gap` (null beyond `cap` in
   * all). A schedule costs at least the relaxation plus its contents' reduced costs, so with `gap` = best
   * known − relaxation, no better schedule uses a content outside these: a MIP over them is exact.
   */
  contentsWithin(gap: number, cap: number): number[][][] | null;
}

const newPerSlotAndRound = 40;

/**
 * Slot contents generated as the LP needs them, when there are too many to list (Bilbao ×1: 1.4 million
 * sets of at most 5 of 45 sessions per slot): solve the relaxation over the pool, price every content
 * of every slot against its duals by enumeration, add the most negative, repeat. Each round gives a valid
 * lower bound, LP + Σ per slot of the most negative reduced cost (each slot holds exactly one content).
 * Artificial columns (a session in a slot without a content, at a prohibitive cost) keep the first
 * rounds feasible.
 */
export function generateSlotContents(highs: Highs, compiled: CompiledProblem, weights: SoftWeights, seed: number[][][], deadline: number, onRound?: (bound: number) => void): ColumnGenerationResult {
  const T = compiled.slotCount;
  // A seed (e.g. the annealing's schedule) may run more sessions in a language than it has teams.
  const pool = seed.map((sets) => sets.filter((set) => withinInterpreterTeams(compiled, set)));
  const known = pool.map((sets) => new Set(sets.map((set) => [...set].sort((a, b) => a - b).join(','))));
  const add = (t: number, set: number[]): boolean => {
    if (!withinInterpreterTeams(compiled, set)) return false;
    const key = [...set].sort((a, b) => a - b).join(',');
    if (known[t]!.has(key)) return false;
    known[t]!.add(key);
    pool[t]!.push(set);
    return true;
  };
  const { present } = buildForumMip(compiled, weights, { patternPool: pool });
  for (let t = 0; t < T; t++) {
    add(t, []);
    for (const i of present[t]!) add(t, [i]);
  }
  let bound = Number.NEGATIVE_INFINITY;
  let rounds = 0;
  const unavailable = (): null => null;
  const result = (converged: boolean, contentsWithin: ColumnGenerationResult['contentsWithin'] = unavailable): ColumnGenerationResult => ({ pool, bound, converged, rounds, contentsWithin });
  for (;;) {
    const mip = buildForumMip(compiled, weights, { patternPool: pool, artificialCost: 1e5 });
    const model = highs.createModel(mip.model.toModelData(highs.infinity, true));
    let lp: number;
    let duals: Float64Array;
    try {
      model.options.set({ output_flag: false, time_limit: Math.max(1, (deadline - performance.now()) / 1000) });
      const run = model.run();
      if (run.modelStatus !== highs.constants.modelStatus.optimal) return result(false);
      lp = model.getObjectiveValue();
      duals = model.getSolution().rowDual;
    } finally {
      model.dispose();
    }
    rounds++;
    let lagrangian = lp;
    let added = 0;
    const price = (t: number, threshold: number, keep: number, all: boolean): { sets: number[][]; best: number } | null => {
      const members = mip.membershipRows[t]!;
      return priceSlot(compiled, mip.present[t]!, mip.contentCost, duals[mip.slotRows[t]!]!, (i) => duals[members.get(i)!]!, threshold, keep, all);
    };
    for (let t = 0; t < T; t++) {
      const { sets, best } = price(t, -1e-7, newPerSlotAndRound, false)!;
      lagrangian += Math.min(0, best);
      for (const set of sets) if (add(t, set)) added++;
    }
    bound = Math.max(bound, lagrangian);
    onRound?.(bound);
    if (added === 0) {
      bound = Math.max(bound, lp);
      return result(true, (gap, cap) => {
        const within: number[][][] = [];
        let count = 0;
        for (let t = 0; t < T; t++) {
          const found = price(t, gap + 1e-6, cap - count, true);
          if (found === null) return null;
          count += found.sets.length;
          within.push(found.sets);
        }
        return within;
      });
    }
    if (performance.now() >= deadline) return result(false);
  }
}

/**
 * The contents of one slot whose reduced cost, cost − slot dual − Σ member duals, is below `threshold`, by
 * depth-first enumeration of the admissible sets (at most one per room, nobody twice, a plenary alone,
 * interpreter teams enough):
 * the `keep` lowest, or with `all` every one (null when more than `keep`). `best` is the lowest of all.
 */
function priceSlot(compiled: CompiledProblem, candidates: readonly number[], cost: SlotContentCost, slotDual: number, memberDual: (i: number) => number, threshold: number, keep: number, all: boolean): { sets: number[][]; best: number } | null {
  const R = compiled.roomCount;
  const dual = candidates.map(memberDual);
  const busy = new Int32Array(compiled.personCount);
  const teams = new InterpreterTeamUse(compiled);
  const chosen: number[] = [];
  let kept: { set: number[]; reduced: number }[] = [];
  let worstKept = threshold;
  let best = Number.POSITIVE_INFINITY;
  let overflow = false;
  const visit = (from: number, pairs: number, load: number, duals: number): void => {
    const reduced = pairs + cost.balance(load) - slotDual - duals;
    if (reduced < best) best = reduced;
    if (all && reduced <= threshold) {
      kept.push({ set: chosen.map((k) => candidates[k]!), reduced });
      if (kept.length > keep) { overflow = true; return; }
    } else if (!all && reduced < threshold && (kept.length < keep || reduced < worstKept)) {
      kept.push({ set: chosen.map((k) => candidates[k]!), reduced });
      if (kept.length >= keep) { kept.sort((a, b) => a.reduced - b.reduced); kept = kept.slice(0, keep); }
      worstKept = kept.length < keep ? threshold : kept[kept.length - 1]!.reduced;
    }
    if (chosen.length === R || (chosen.length === 1 && compiled.plenary[candidates[chosen[0]!]!] === 1)) return;
    for (let k = from; k < candidates.length && !overflow; k++) {
      const i = candidates[k]!;
      if (chosen.length > 0 && compiled.plenary[i] === 1) continue;
      const people = compiled.peopleOf[i]!;
      let clash = false;
      for (const p of people) if (busy[p]! > 0) { clash = true; break; }
      if (clash || !teams.fits(i)) continue;
      let added = 0;
      for (const other of chosen) added += cost.pairCost(candidates[other]!, i);
      for (const p of people) busy[p]!++;
      teams.add(i);
      chosen.push(k);
      visit(k + 1, pairs + added, load + compiled.attendance[i]!, duals + dual[k]!);
      chosen.pop();
      teams.remove(i);
      for (const p of people) busy[p]!--;
    }
  };
  visit(0, 0, 0, 0);
  if (overflow) return null;
  return { sets: kept.map((k) => k.set), best };
}
