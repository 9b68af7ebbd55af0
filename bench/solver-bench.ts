/**
 * `npm run bench:solver -- [--limits 10,60,300] [--seeds 1,2] [--instances N2OR,GECCO19] [--scales 1,10,100]
 * [--cosplib-solver search|generic|both]`: one run at a time, on CoSPLib instances (scored by our evaluator,
 * which matches the official checker, next to the reference solutions) with the CoSPLib-specialised search
 * (`search`, default) or the generic solver through the adapter (`generic`), and on generated Bilbao-scale
 * forums with the generic solver. `--scales ''` skips the forums.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { solveCosplib } from '../src/domain/schedule/cosplib/cosplib-adapter.js';
import { searchCosplib } from '../src/domain/schedule/cosplib-search/index.js';
import { evaluateCosplib } from '../src/domain/schedule/cosplib/evaluate.js';
import type { CosplibAssignment, CosplibInstance } from '../src/domain/schedule/cosplib/instance.js';
import { readCosplibInstance } from '../src/domain/schedule/cosplib/read-instance.js';
import { readCosplibHeuristicRuns, readCosplibReferences } from '../src/domain/schedule/cosplib/reference-table.js';
import { bilbaoShape, generatePlantedForum } from '../src/domain/schedule/solver/generate-forum.js';
import { solveSchedule } from '../src/domain/schedule/solver/solve.js';
import { sharedRoot } from '../tests/support/shared-data.js';

const { values } = parseArgs({
  options: {
    limits: { type: 'string', default: '10' },
    seeds: { type: 'string', default: '1' },
    instances: { type: 'string', default: 'N2OR,GECCO19,GECCO20,GECCO21,OR60F,OR60F2,OR60F3,GECCO22,GECCO23,ISF22,OR60,GECCO20Poster,GECCO20Workshop,GECCO21Workshop,GECCO22Workshop,GECCO23Workshop' },
    scales: { type: 'string', default: '1,10,100' },
    'cosplib-solver': { type: 'string', default: 'search' },
  },
});
const list = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);
const limits = list(values.limits).map(Number);
const seeds = list(values.seeds).map(Number);
const root = `${sharedRoot}benchmarks/cosplib/`;
const peakMb = (): string => (process.resourceUsage().maxRSS / 1024).toFixed(0);
interface CosplibRun { assignment: CosplibAssignment; hardByKind: Record<string, number>; firstFeasibleMs: number | null }
const searchRun = (instance: CosplibInstance, limit: number, seed: number): CosplibRun => {
  const result = searchCosplib(instance, { timeLimitMs: limit * 1000, seed });
  return { assignment: result.assignment, hardByKind: { unplaced: result.unplaced }, firstFeasibleMs: result.firstFeasibleMs };
};
const genericRun = (instance: CosplibInstance, limit: number, seed: number): CosplibRun => {
  const { assignment, solve } = solveCosplib(instance, { timeLimitMs: limit * 1000, seed });
  return { assignment, hardByKind: solve.hard.byKind, firstFeasibleMs: solve.firstFeasibleMs };
};
const byKind = (counts: Record<string, number>): string => Object.entries(counts).filter(([, v]) => v !== 0).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

console.log('instance               limit  seed  hard (by kind)                         soft penalty   first feasible  wall     peak MB  ratio to reference');
if (existsSync(root)) {
  const references = [...readCosplibReferences(`${root}REFERENCE.md`), ...readCosplibHeuristicRuns(`${root}REFERENCE.md`)];
  for (const name of list(values.instances)) {
    const instance = await readCosplibInstance(`${root}Dataset/${name}.xlsx`);
    const best = Math.min(...references.filter((r) => r.instance === name).map((r) => r.total));
    for (const solver of values['cosplib-solver'] === 'both' ? ['search', 'generic'] : [values['cosplib-solver']]) {
      for (const limit of limits) {
        for (const seed of seeds) {
          console.error(`CoSPLib ${name}, ${solver}, ${limit} s, seed ${seed}…`);
          const began = performance.now();
          const run = solver === 'generic' ? genericRun(instance, limit, seed) : searchRun(instance, limit, seed);
          const wall = performance.now() - began;
          const evaluation = evaluateCosplib(instance, run.assignment);
          const hard = Object.fromEntries([...evaluation.hard.map((h) => [h.kind, h.count] as const), ...Object.entries(run.hardByKind)]);
          const ratio = Number.isFinite(best) ? (evaluation.total / best).toFixed(3) : 'no reference';
          const label = `CoSPLib ${name}${solver === 'generic' ? ' (generic)' : ''}`;
          console.log(`${label.padEnd(22)} ${`${limit}s`.padStart(5)} ${String(seed).padStart(5)}  ${byKind(hard).padEnd(38)} ${String(evaluation.total).padStart(12)}   ${run.firstFeasibleMs === null ? 'never'.padStart(14) : `${run.firstFeasibleMs.toFixed(0)} ms`.padStart(14)}  ${`${(wall / 1000).toFixed(1)} s`.padStart(7)}  ${peakMb().padStart(7)}  ${ratio}${Number.isFinite(best) ? ` (best reference ${best})` : ''}`);
        }
      }
    }
  }
} else {
  console.error(`${root} is absent: CoSPLib instances skipped.`);
}

for (const scale of list(values.scales).map(Number)) {
  for (const limit of limits) {
    for (const seed of seeds) {
      const { problem } = generatePlantedForum(bilbaoShape(seed, scale));
      console.error(`Bilbao ×${scale} (${problem.sessions.length} sessions, ${problem.people.length} people), ${limit} s, seed ${seed}…`);
      const began = performance.now();
      const result = solveSchedule(problem, { timeLimitMs: limit * 1000, seed });
      const wall = performance.now() - began;
      console.log(`${`Bilbao ×${scale}`.padEnd(22)} ${`${limit}s`.padStart(5)} ${String(seed).padStart(5)}  ${byKind(result.hard.byKind).padEnd(38)} ${result.soft.total.toFixed(1).padStart(12)}   ${result.firstFeasibleMs === null ? 'never'.padStart(14) : `${result.firstFeasibleMs.toFixed(0)} ms`.padStart(14)}  ${`${(wall / 1000).toFixed(1)} s`.padStart(7)}  ${peakMb().padStart(7)}  —`);
    }
  }
}
