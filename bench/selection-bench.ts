/**
 * `npm run bench:selection -- [--runs 7]`: "suggest a selection" on generated GSEF-like calls: 600
 * submissions and 40 reviewers for 102 places under five regional targets and at most 5 per country
 * (as Bilbao 2018), the same with two targets that cannot be met (their explanation costs extra
 * solves), and 6,000 submissions for scale. Elapsed time per run (the first run also loads HiGHS);
 * goal: every run under 2,000 ms. Progress on stderr, the table on stdout.
 */
import { parseArgs } from 'node:util';
import { generateCall as generateReviewCall } from '../src/domain/review/assignment/generated-call.js';
import { suggestAssignments } from '../src/domain/review/assignment/index.js';
import { detectAllConflicts } from '../src/domain/review/conflicts/index.js';
import { generateFacts } from '../src/domain/review/conflicts/generated-facts.js';
import { serviceStage } from './selection-service-stage.js';
import { generateCall, suggestSelection, type SelectionSuggestion, type SelectionTarget } from '../src/domain/selection/suggest/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(values.runs));
const goalMs = 2000;

const regionalTargets = (oceaniaMin: number): SelectionTarget[] => [
  { id: 'africa', dimension: 'region', value: 'africa', min: 25, unit: 'share' },
  { id: 'asia', dimension: 'region', value: 'asia', min: 15, unit: 'share' },
  { id: 'latin-america', dimension: 'region', value: 'latin_america_caribbean', min: 10, unit: 'share' },
  { id: 'europe', dimension: 'region', value: 'europe', max: 40, unit: 'share' },
  { id: 'oceania', dimension: 'region', value: 'oceania', min: oceaniaMin, unit: 'count' },
];
const perCountry = (max: number): SelectionTarget => ({ id: 'per-country', dimension: 'country', value: '*', max, unit: 'count' });

const scenarios = [
  { name: 'Bilbao-like call', submissions: 600, reviewers: 40, places: 102, targets: [...regionalTargets(2), perCountry(5)] },
  {
    name: 'same, 2 targets unmeetable',
    submissions: 600,
    reviewers: 40,
    places: 102,
    targets: [...regionalTargets(30), perCountry(5), { id: 'europe-min', dimension: 'region', value: 'europe', min: 70, unit: 'share' } satisfies SelectionTarget],
  },
  { name: '×10 call, same places', submissions: 6000, reviewers: 400, places: 102, targets: [...regionalTargets(2), perCountry(5)] },
  { name: '×10 call, ×10 places', submissions: 6000, reviewers: 400, places: 1020, targets: [...regionalTargets(20), perCountry(50)] },
];

const percentile = (sorted: number[], share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;

console.log('scenario                     candidates  places  targets met  first ms  p50 ms  max ms  goal < 2000 ms');
for (const scenario of scenarios) {
  const candidates = generateCall(1, { submissions: scenario.submissions, reviewers: scenario.reviewers });
  const elapsed: number[] = [];
  let last: SelectionSuggestion | undefined;
  for (let run = 1; run <= runs; run++) {
    console.error(`${scenario.name}: run ${run} of ${runs}`);
    const began = performance.now();
    last = await suggestSelection({ candidates, places: scenario.places, targets: scenario.targets, onProgress: (message) => console.error(`  ${message}`) });
    elapsed.push(performance.now() - began);
  }
  const sorted = [...elapsed].sort((a, b) => a - b);
  const met = last!.targets.filter((outcome) => outcome.met).length;
  const worst = sorted.at(-1)!;
  console.log(
    `${scenario.name.padEnd(28)} ${String(candidates.length).padStart(10)}  ${String(scenario.places).padStart(6)}  ${`${met}/${scenario.targets.length}`.padStart(11)}  ${elapsed[0]!.toFixed(0).padStart(8)}  ${percentile(sorted, 0.5).toFixed(0).padStart(6)}  ${worst.toFixed(0).padStart(6)}  ${worst < goalMs ? 'met' : 'missed'}`,
  );
  for (const outcome of last!.targets.filter((each) => !each.met)) console.error(`  unmet ${outcome.target.id}: ${outcome.reason?.message}`);
}

// Through the organisers' service: the Bilbao-like call stored in the database and read back on every run.
const bilbao = scenarios[0]!;
const stored = generateCall(1, { submissions: bilbao.submissions, reviewers: bilbao.reviewers });
console.log('\nthrough SelectionDesk.suggest (database read included)');
console.log('engine     candidates  places  targets met  first ms  p50 ms  max ms  goal < 2000 ms');
for (const row of await serviceStage(stored, bilbao.reviewers, bilbao.places, bilbao.targets, runs)) {
  const sorted = [...row.elapsed].sort((a, b) => a - b);
  const worst = sorted.at(-1)!;
  console.log(
    `${row.engine.padEnd(10)} ${String(stored.length).padStart(10)}  ${String(bilbao.places).padStart(6)}  ${`${row.met}/${bilbao.targets.length}`.padStart(11)}  ${row.elapsed[0]!.toFixed(0).padStart(8)}  ${percentile(sorted, 0.5).toFixed(0).padStart(6)}  ${worst.toFixed(0).padStart(6)}  ${worst < goalMs ? 'met' : 'missed'}`,
  );
}

// The review's own heavy steps on the same scale: finding conflicts and suggesting assignments.
console.log('\nreview steps, 40 reviewers × 600 proposals');
console.log('step                               ms (best of runs)  result');
const facts = generateFacts(36, 40, 600, 0.8);
const assignmentInput = generateReviewCall({ seed: 2018, reviewers: 40, submissions: 600, reviewsPerSubmission: 3, conflictShare: 0.03, maxLoad: 60 });
const best = <T>(run: () => T): { ms: number; value: T } => {
  let ms = Infinity;
  let value!: T;
  for (let index = 0; index < runs; index++) {
    const began = performance.now();
    value = run();
    ms = Math.min(ms, performance.now() - began);
  }
  return { ms, value };
};
const conflicts = best(() => detectAllConflicts(facts.reviewers, facts.submissions, { sameCity: true, sameCountry: true }));
console.log(`${'detect all conflicts'.padEnd(34)} ${conflicts.ms.toFixed(0).padStart(17)}  ${conflicts.value.size} conflicted pairs`);
const assignment = best(() => suggestAssignments(assignmentInput));
const loads = Object.values(assignment.value.loads);
console.log(`${'suggest assignments (3 reviews)'.padEnd(34)} ${assignment.ms.toFixed(0).padStart(17)}  ${assignment.value.assignments.length} reviews, loads ${Math.min(...loads)}–${Math.max(...loads)}`);
