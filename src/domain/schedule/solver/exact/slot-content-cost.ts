import type { CompiledProblem } from '../compile-problem.js';
import type { SharedSlotCost } from './shared-slot-costs.js';

/** Pair terms and balanced slots of one slot's contents, exactly as SoftGoalCounter adds them up. */
export class SlotContentCost {
  /** Dense while small (pricing reads it in its innermost loop), by key beyond. */
  private readonly dense: Float64Array | null;
  private readonly sparse = new Map<number, number>();
  private readonly n: number;

  constructor(private readonly compiled: CompiledProblem, pairCosts: SharedSlotCost[], readonly mean: number, private readonly balanceWeight: number) {
    this.n = compiled.sessionCount;
    this.dense = this.n <= 2000 ? new Float64Array(this.n * this.n) : null;
    for (const { a, b, cost } of pairCosts) {
      if (this.dense) { this.dense[a * this.n + b] = cost; this.dense[b * this.n + a] = cost; } else this.sparse.set(Math.min(a, b) * this.n + Math.max(a, b), cost);
    }
  }

  pairCost(a: number, b: number): number {
    return this.dense ? this.dense[a * this.n + b]! : (this.sparse.get(Math.min(a, b) * this.n + Math.max(a, b)) ?? 0);
  }

  balance(load: number): number {
    return this.balanceWeight > 0 ? (this.balanceWeight / this.mean) * (load - this.mean) * (load - this.mean) : 0;
  }

  of(set: readonly number[]): number {
    let cost = 0;
    let load = 0;
    for (let k = 0; k < set.length; k++) {
      load += this.compiled.attendance[set[k]!]!;
      for (let l = k + 1; l < set.length; l++) cost += this.pairCost(set[k]!, set[l]!);
    }
    return cost + this.balance(load);
  }
}
