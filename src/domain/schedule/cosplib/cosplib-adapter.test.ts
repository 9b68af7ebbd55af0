import { describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedRoot } from '../../../../tests/support/shared-data.js';
import { solveCosplib } from './cosplib-adapter.js';
import { evaluateCosplib } from './evaluate.js';
import { readCosplibInstance } from './read-instance.js';
import { readCosplibReferences } from './reference-table.js';

const available = sharedDataAvailable('benchmarks/cosplib');
const root = `${sharedRoot}benchmarks/cosplib/`;

// Reaching the reference penalties is measured by `npm run bench:solver`, not here: a unit test must
// not depend on how fast the machine is, so this run is bounded by moves, not seconds.
describe.skipIf(!available)('our solver on CoSPLib (a short run, printed next to the reference)', () => {
  it.each([['N2OR', 20_000], ['GECCO21', 20_000]] as const)('%s', async (name, iterationLimit) => {
    const instance = await readCosplibInstance(`${root}Dataset/${name}.xlsx`);
    const { assignment, solve } = solveCosplib(instance, { timeLimitMs: 60_000, iterationLimit, seed: 1 });
    const evaluation = evaluateCosplib(instance, assignment);
    const references = readCosplibReferences(`${root}REFERENCE.md`).filter((r) => r.instance === name).map((r) => `${r.model} ${r.total}`);
    console.log(`${name}, ${iterationLimit} moves: ours ${evaluation.total} (${evaluation.breakdown.join('; ') || 'no penalty'}), reference ${references.join(', ')}; ${solve.iterations} iterations, first feasible at ${solve.firstFeasibleMs?.toFixed(0)} ms`);
    // The solver's own counts agree with the evaluator's, feasible or not.
    expect(evaluation.hard.length === 0).toBe(solve.hard.total === 0);
    // The solver's own tally of CoSPLib's objective is the evaluator's.
    expect(solve.soft.extra).toBe(evaluation.total);
  }, 90_000);
});
