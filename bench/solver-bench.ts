/**
 * `npm run bench:solver -- [--limits 10,60,300] [--seeds 1,2] [--instances N2OR,GECCO19] [--scales 1,10,100]
 * [--cosplib-solver search|generic|both]`: one run at a time, on CoSPLib instances (scored by our evaluator,
 * which matches the official checker, next to the reference solutions) with the CoSPLib-specialised search
 * (`search`, default) or the generic solver through the adapter (`generic`), and on generated Bilbao-scale
 * forums with the generic solver. `--scales ''` skips the forums; a scale below 1 shrinks Bilbao (0.2 is
 * "Bilbao ÷5", 9 sessions in 9 slots × 1 room; 0.5 is "Bilbao ÷2", 23 sessions in 9 × 3).
 *
 * `--exact auto|on|off` (default `auto`: forums of at most 60 sessions) then runs the exact mode (HiGHS,
 * `solver/exact/`) on the same forum, with `--exact-limit` seconds (default: the run's limit), from scratch
 * or, with `--exact-start heuristic`, from the annealing's schedule; it prints its status, objective,
 * proven bound, time, formulation and model size, and the ratio of the annealing's penalty to the exact
 * optimum (where it finishes; otherwise penalty / bound, an upper bound on that ratio).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { solveCosplib } from '../src/domain/schedule/cosplib/cosplib-adapter.js';
import { searchCosplib } from '../src/domain/schedule/cosplib-search/index.js';
import { evaluateCosplib } from '../src/domain/schedule/cosplib/evaluate.js';
import type { CosplibAssignment, CosplibInstance } from '../src/domain/schedule/cosplib/instance.js';
import { readCosplibInstance } from '../src/domain/schedule/cosplib/read-instance.js';
import { readCosplibHeuristicRuns, readCosplibReferences } from '../src/domain/schedule/cosplib/reference-table.js';
import { solveExactly, type ExactResult } from '../src/domain/schedule/solver/exact/index.js';
import { compileProblem } from '../src/domain/schedule/solver/compile-problem.js';
import { bilbaoShape, generatePlantedForum } from '../src/domain/schedule/solver/generate-forum.js';
import { HardConstraintCounter } from '../src/domain/schedule/solver/hard-constraints.js';
import type { ForumProblem, Placement } from '../src/domain/schedule/solver/model.js';
import { solveSchedule } from '../src/domain/schedule/solver/solve.js';
import { sharedRoot } from '../tests/support/shared-data.js';

const { values } = parseArgs({
  options: {
    limits: { type: 'string', default: '10' },
    seeds: { type: 'string', default: '1' },
    instances: { type: 'string', default: 'N2OR,GECCO19,GECCO20,GECCO21,OR60F,OR60F2,OR60F3,GECCO22,GECCO23,ISF22,OR60,GECCO20Poster,GECCO20Workshop,GECCO21Workshop,GECCO22Workshop,GECCO23Workshop' },
    scales: { type: 'string', default: '0.2,0.5,1,10,100' },
    exact: { type: 'string', default: 'auto' },
    'exact-limit': { type: 'string' },
    'exact-start': { type: 'string', default: 'none' },
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

const exactMaxSessions = 60;
if (!['auto', 'on', 'off'].includes(values.exact)) throw new Error(`--exact ${values.exact}: auto, on or off`);
if (!['none', 'heuristic'].includes(values['exact-start'])) throw new Error(`--exact-start ${values['exact-start']}: none or heuristic`);
const scaleLabel = (scale: number): string => (scale < 1 && Number.isInteger(1 / scale) ? `Bilbao ÷${1 / scale}` : `Bilbao ×${scale}`);
const hardViolations = (problem: ForumProblem, placements: Placement[]): number => {
  const compiled = compileProblem(problem);
  const counter = new HardConstraintCounter(compiled);
  for (const p of placements) counter.place(compiled.sessionIndex.get(p.sessionId)!, compiled.slotIndex.get(p.slotId)!, compiled.roomIndex.get(p.roomId)!);
  return counter.total;
};
const exactLine = (problem: ForumProblem, exact: ExactResult, heuristic: number, limit: number): string => {
  const bound = exact.bound === null ? 'none' : exact.bound.toFixed(2);
  // Recounted by our own counter, not taken from the MIP.
  const found = exact.placements.length > 0 ? `objective ${exact.objective.toFixed(2)} (hard violations ${hardViolations(problem, exact.placements)})` : 'no schedule';
  const ratio = exact.status === 'optimal'
    ? `heuristic / exact = ${(heuristic / exact.objective).toFixed(3)}`
    : `exact did not finish${exact.bound !== null && exact.bound > 0 ? ` (heuristic / bound = ${(heuristic / exact.bound).toFixed(2)}, an upper bound on the ratio)` : ''}`;
  return `${''.padEnd(22)} exact ${`${limit}s`.padStart(4)}  ${exact.status}, ${found}, bound ${bound}, ${(exact.elapsedMs / 1000).toFixed(1)} s, `
    + `${exact.model.formulation} ${exact.model.columns} columns × ${exact.model.rows} rows: ${ratio}`;
};

for (const scale of list(values.scales).map(Number)) {
  for (const limit of limits) {
    for (const seed of seeds) {
      const { problem } = generatePlantedForum(bilbaoShape(seed, scale));
      const label = scaleLabel(scale);
      console.error(`${label} (${problem.sessions.length} sessions, ${problem.people.length} people), ${limit} s, seed ${seed}…`);
      const began = performance.now();
      const result = solveSchedule(problem, { timeLimitMs: limit * 1000, seed });
      const wall = performance.now() - began;
      console.log(`${label.padEnd(22)} ${`${limit}s`.padStart(5)} ${String(seed).padStart(5)}  ${byKind(result.hard.byKind).padEnd(38)} ${result.soft.total.toFixed(1).padStart(12)}   ${result.firstFeasibleMs === null ? 'never'.padStart(14) : `${result.firstFeasibleMs.toFixed(0)} ms`.padStart(14)}  ${`${(wall / 1000).toFixed(1)} s`.padStart(7)}  ${peakMb().padStart(7)}  —`);
      if (values.exact === 'off' || (values.exact === 'auto' && problem.sessions.length > exactMaxSessions)) continue;
      const exactLimit = values['exact-limit'] === undefined ? limit : Number(values['exact-limit']);
      console.error(`${label}: exact mode, ${exactLimit} s…`);
      const exact = await solveExactly(problem, { timeLimitS: exactLimit, start: values['exact-start'] === 'heuristic' && result.hard.total === 0 ? result.placements : undefined });
      console.log(exactLine(problem, exact, result.soft.total, exactLimit));
    }
  }
}
