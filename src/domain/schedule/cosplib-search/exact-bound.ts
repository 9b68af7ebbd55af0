import highsExports from 'highs';
import { compileCosplib, type CompiledCosplib } from '../cosplib/compiled-instance.js';
import type { CosplibInstance } from '../cosplib/instance.js';
import { cosplibLowerBoundModel } from './lower-bound-model.js';

type HighsLoader = typeof highsExports.default;
// The package's declarations are read as CommonJS, while Node runs its ES build (default export = loader).
const highsLoader = ((highsExports as unknown as { default?: HighsLoader }).default ?? highsExports) as unknown as HighsLoader;

export interface CosplibLowerBound {
  /** A proven lower bound on the official objective when `optimal`; otherwise HiGHS's best objective (no proof). */
  bound: number;
  optimal: boolean;
  status: string;
  elapsedMs: number;
}

/**
 * Solves {@link cosplibLowerBoundModel} with HiGHS: on small instances, the gap between a search's
 * penalty and this bound measures how far from optimal the search can be.
 * @example
 * const { bound } = await cosplibLowerBound(instance, { timeLimitS: 60 }); // N2OR: compare with searchCosplib's penalty
 */
export async function cosplibLowerBound(instance: CosplibInstance, options: { timeLimitS?: number } = {}, compiled: CompiledCosplib = compileCosplib(instance)): Promise<CosplibLowerBound> {
  const began = performance.now();
  const highs = await highsLoader();
  const solution = highs.solve(cosplibLowerBoundModel(compiled), { output_flag: false, mip_rel_gap: 0, time_limit: options.timeLimitS ?? 60 });
  const objective = (solution as { ObjectiveValue?: number }).ObjectiveValue ?? Number.NaN;
  return { bound: Math.round(objective * 1e6) / 1e6, optimal: solution.Status === 'Optimal', status: solution.Status, elapsedMs: performance.now() - began };
}
