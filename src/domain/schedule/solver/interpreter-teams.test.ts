import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProblem } from './compile-problem.js';
import { describeRemainingViolations, explainInfeasible } from './explain-infeasible.js';
import { generatePlantedForum } from './generate-forum.js';
import { HardConstraintCounter } from './hard-constraints.js';
import type { ForumProblem, ForumSession } from './model.js';
import { randomInt, seededRandom } from './random.js';
import { solveSchedule } from './solve.js';

function interpretedSession(id: string, interpretation: string[]): ForumSession {
  return { id, durationSlots: 1, expectedAttendance: 30, language: 'es', interpretation, plenary: false, themes: [], people: [] };
}

/** One slot, three rooms with French channels, three sessions needing French, one French team. */
function oneTeamForum(): ForumProblem {
  return {
    slots: [{ id: 'opening', day: '2018-10-01', start: '09:00', end: '10:30' }],
    rooms: ['hall', 'annex', 'terrace'].map((id) => ({ id, capacity: 100, interpretationChannels: ['fr', 'en'] })),
    sessions: [interpretedSession('commons', ['fr']), interpretedSession('cooperatives', ['fr', 'en']), interpretedSession('finance', ['fr'])],
    people: [],
    interpreterTeams: [{ language: 'fr', teams: 1 }],
  };
}

/** Violations of the teams limit counted naively, from the schedule alone. */
function teamExcess(problem: ForumProblem, starts: Int32Array): number {
  let excess = 0;
  for (const { language, teams } of problem.interpreterTeams ?? []) {
    problem.slots.forEach((_, t) => {
      const running = problem.sessions.filter((session, i) => session.interpretation.includes(language) && starts[i]! <= t && t < starts[i]! + session.durationSlots).length;
      excess += Math.max(0, running - teams);
    });
  }
  return excess;
}

describe('interpreter teams (hard)', () => {
  it('counts each session beyond the teams in a slot, and the solver cannot do better than the proof says', () => {
    const problem = oneTeamForum();
    const result = solveSchedule(problem, { iterationLimit: 2_000, seed: 1 });
    expect(result.hard.byKind['no-interpreter-team']).toBe(2);
    expect(result.hard.total).toBe(2);
    expect(describeRemainingViolations(problem, result.placements).join('\n')).toContain('fr at opening');
  });

  it('names the language, its teams and the sessions when they cannot all be interpreted', () => {
    const conflicts = explainInfeasible(oneTeamForum());
    const proof = conflicts.find((c) => c.kind === 'not-enough-interpreter-teams');
    expect(proof, JSON.stringify(conflicts)).toBeDefined();
    expect(proof!.interpretation).toEqual({ language: 'fr', teams: 1 });
    expect(new Set(proof!.sessions)).toEqual(new Set(['commons', 'cooperatives', 'finance']));
    expect(proof!.message).toContain('fr');
    expect(proof!.slots).toEqual(['opening']);
    // English is unlimited, French with three teams is enough: nothing to explain.
    expect(explainInfeasible({ ...oneTeamForum(), interpreterTeams: [{ language: 'fr', teams: 3 }] })).toEqual([]);
  });

  it('proves nothing about teams when a schedule within them exists (planted forums)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 5 }), (seed, rooms) => {
      const { problem } = generatePlantedForum({ seed, days: 2, slotsPerDay: 3, rooms, sessions: 6 * rooms, people: 30, longShare: 0.3, plenaries: 1, interpreterTeams: 'planted-peak' });
      expect(explainInfeasible(problem).filter((c) => c.kind === 'not-enough-interpreter-teams')).toEqual([]);
    }), { numRuns: 30, seed: 7 });
  });

  it('spreads sessions needing the same language over slots when the teams are few', () => {
    const problem: ForumProblem = {
      ...oneTeamForum(),
      slots: ['s1', 's2', 's3'].map((id, k) => ({ id, day: '2018-10-01', start: `${9 + 2 * k}:00`.padStart(5, '0'), end: `${10 + 2 * k}:30`.padStart(5, '0') })),
      sessions: [...oneTeamForum().sessions, interpretedSession('housing', []), interpretedSession('care', ['en'])],
    };
    const result = solveSchedule(problem, { iterationLimit: 20_000, seed: 3 });
    expect(result.hard.total).toBe(0);
    const frenchSlots = result.placements.filter((p) => ['commons', 'cooperatives', 'finance'].includes(p.sessionId)).map((p) => p.slotId);
    expect(new Set(frenchSlots).size).toBe(3);
  });

  it('keeps the incremental count equal to a count from scratch over random moves', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2 }), (seed, tighten) => {
      const { problem } = generatePlantedForum({ seed, days: 2, slotsPerDay: 3, rooms: 4, sessions: 16, people: 20, longShare: 0.3, interpreterTeams: 'planted-peak' });
      // Fewer teams than the planted schedule needs, down to none, so violations are many.
      problem.interpreterTeams = problem.interpreterTeams!.map(({ language, teams }) => ({ language, teams: Math.max(0, teams - tighten) }));
      const compiled = compileProblem(problem);
      const n = compiled.sessionCount;
      const random = seededRandom(seed);
      const counter = new HardConstraintCounter(compiled);
      const starts = new Int32Array(n);
      const rooms = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        starts[i] = randomInt(random, compiled.slotCount);
        rooms[i] = randomInt(random, compiled.roomCount);
        counter.place(i, starts[i]!, rooms[i]!);
      }
      for (let step = 0; step < 200; step++) {
        const i = randomInt(random, n);
        counter.remove(i, starts[i]!, rooms[i]!);
        starts[i] = randomInt(random, compiled.slotCount);
        rooms[i] = randomInt(random, compiled.roomCount);
        counter.place(i, starts[i]!, rooms[i]!);
        if (step % 20 !== 19) continue;
        const fresh = new HardConstraintCounter(compiled);
        for (let k = 0; k < n; k++) fresh.place(k, starts[k]!, rooms[k]!);
        expect(counter.counts).toEqual(fresh.counts);
        expect(counter.total).toBe(fresh.total);
        expect(counter.counts['no-interpreter-team']).toBe(teamExcess(problem, starts));
        for (let k = 0; k < n; k++) {
          // A session sharing an over-subscribed language and slot is among those conflict-directed moves pick.
          const sharesExcess = [...compiled.teamLanguagesOf[k]!].some((l) => {
            for (let t = starts[k]!; t < Math.min(compiled.slotCount, starts[k]! + compiled.duration[k]!); t++) {
              const running = problem.sessions.filter((s, j) => compiled.teamLanguagesOf[j]!.includes(l) && starts[j]! <= t && t < starts[j]! + s.durationSlots).length;
              if (running > compiled.teams[l]!) return true;
            }
            return false;
          });
          if (sharesExcess) expect(counter.involvement(k, starts[k]!, rooms[k]!)).toBeGreaterThan(0);
        }
      }
    }), { numRuns: 25, seed: 5 });
  });
});
