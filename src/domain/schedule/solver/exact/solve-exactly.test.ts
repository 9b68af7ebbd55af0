import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProblem } from '../compile-problem.js';
import { generatePlantedForum, type GeneratedForumShape } from '../generate-forum.js';
import { HardConstraintCounter } from '../hard-constraints.js';
import type { ForumProblem, Placement } from '../model.js';
import { defaultSoftWeights, SoftGoalCounter, type SoftWeights } from '../soft-goals.js';
import { solveSchedule } from '../solve.js';
import { solveExactly } from './solve-exactly.js';

/** Our own counters' verdict on a schedule, from scratch. */
function score(problem: ForumProblem, placements: Placement[], weights: SoftWeights = defaultSoftWeights): { hard: number; soft: number } {
  const compiled = compileProblem(problem);
  const hard = new HardConstraintCounter(compiled);
  const soft = new SoftGoalCounter(compiled, weights);
  for (const p of placements) {
    const at = [compiled.sessionIndex.get(p.sessionId)!, compiled.slotIndex.get(p.slotId)!, compiled.roomIndex.get(p.roomId)!] as const;
    hard.place(...at);
    soft.place(...at);
  }
  return { hard: hard.total, soft: soft.total };
}

const closeTo = (actual: number, expected: number): boolean => Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));

/** 3 slots × 3 rooms (one day), 6–9 sessions: small enough for HiGHS to prove optimality in well under a second. */
const tinyShape = fc.record<GeneratedForumShape>({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  days: fc.constant(1),
  slotsPerDay: fc.constant(3),
  rooms: fc.constant(3),
  sessions: fc.integer({ min: 6, max: 9 }),
  people: fc.integer({ min: 8, max: 20 }),
  longShare: fc.constantFrom(0, 0.2),
  plenaries: fc.integer({ min: 0, max: 1 }),
  pinShare: fc.constantFrom(0, 0.2),
  partlyAvailableShare: fc.constantFrom(0, 0.3),
});

/** A generated forum with one room online and people in three zones, so every soft goal is in play. */
function withVirtualRoom(problem: ForumProblem): ForumProblem {
  const zones = ['Asia/Seoul', 'America/Mexico_City', 'Europe/Madrid'];
  return {
    ...problem,
    timeZone: 'Europe/Madrid',
    rooms: problem.rooms.map((room, r) => (r === 0 ? { ...room, virtual: true } : room)),
    people: problem.people.map((person, p) => ({ ...person, timeZone: zones[p % zones.length] })),
    interest: problem.interest?.map((entry, k) => ({ ...entry, count: 1 + (k % 3), timeZone: zones[k % zones.length] })),
  };
}

describe('exact mode (HiGHS) on our forum model', () => {
  it('proves an optimum with no hard violation (interpreter teams included), scored by our counter exactly as the MIP scores it, never above the annealing', async () => {
    // Both formulations: slot contents (the default at this size) and the compact pair/secant form.
    await fc.assert(fc.asyncProperty(tinyShape, fc.boolean(), fc.constantFrom('slot-patterns', 'compact'), async (shape, virtual, formulation) => {
      // Interpreter teams as few as the hidden schedule needs: the limit binds in every form.
      const planted = generatePlantedForum({ ...shape, interpreterTeams: 'planted-peak' }).problem;
      const problem = virtual ? withVirtualRoom(planted) : planted;
      const exact = await solveExactly(problem, { timeLimitS: 20, maxSlotPatterns: formulation === 'compact' ? 0 : undefined });
      expect(exact.model.formulation).toBe(formulation);
      expect(exact.status).toBe('optimal');
      expect(exact.placements).toHaveLength(problem.sessions.length);
      const ours = score(problem, exact.placements);
      expect(ours.hard).toBe(0);
      expect(closeTo(exact.objective, ours.soft), `MIP ${exact.objective} vs scorer ${ours.soft}`).toBe(true);
      expect(exact.bound).not.toBeNull();
      expect(exact.bound!).toBeLessThanOrEqual(exact.objective + 1e-6 * Math.max(1, exact.objective));
      const heuristic = solveSchedule(problem, { iterationLimit: 20_000, timeLimitMs: 60_000, seed: shape.seed });
      if (heuristic.hard.total === 0) expect(exact.objective).toBeLessThanOrEqual(heuristic.soft.total + 1e-6);
    }), { numRuns: 10, seed: 2018 });
  }, 60_000);

  it('optimises the weights it is given, pair terms included, to the same optimum in both formulations', async () => {
    const { problem } = generatePlantedForum({ seed: 7, days: 1, slotsPerDay: 3, rooms: 3, sessions: 8, people: 12, pinShare: 0, partlyAvailableShare: 0 });
    const weights = { ...defaultSoftWeights, similarThemesInParallel: 40, audienceOverlap: 7, balancedSlots: 0.5 };
    const patterns = await solveExactly(problem, { timeLimitS: 20, weights });
    const compact = await solveExactly(problem, { timeLimitS: 20, weights, maxSlotPatterns: 0 });
    expect([patterns.status, compact.status]).toEqual(['optimal', 'optimal']);
    expect(closeTo(patterns.objective, score(problem, patterns.placements, weights).soft)).toBe(true);
    expect(closeTo(compact.objective, patterns.objective)).toBe(true);
    const heuristic = solveSchedule(problem, { iterationLimit: 20_000, weights, seed: 7 });
    expect(patterns.objective).toBeLessThanOrEqual(heuristic.soft.total + 1e-6);
  });

  it('generates slot contents when there are too many to list, to the same optimum', async () => {
    const { problem } = generatePlantedForum({ seed: 5, days: 1, slotsPerDay: 3, rooms: 3, sessions: 9, people: 15 });
    const listed = await solveExactly(problem, { timeLimitS: 20 });
    const generated = await solveExactly(problem, { timeLimitS: 20, maxSlotPatterns: 5 });
    expect([listed.model.formulation, generated.model.formulation]).toEqual(['slot-patterns', 'column-generation']);
    expect(listed.status).toBe('optimal');
    expect(generated.placements).toHaveLength(problem.sessions.length);
    const ours = score(problem, generated.placements);
    expect(ours.hard).toBe(0);
    expect(closeTo(generated.objective, ours.soft)).toBe(true);
    expect(generated.bound!).toBeLessThanOrEqual(listed.objective + 1e-6);
    expect(generated.status).toBe('optimal');
    expect(closeTo(generated.objective, listed.objective)).toBe(true);
  });

  it('starts from a given schedule and never returns a worse one', async () => {
    const { problem } = generatePlantedForum({ seed: 11, days: 1, slotsPerDay: 3, rooms: 3, sessions: 9, people: 15 });
    const heuristic = solveSchedule(problem, { iterationLimit: 5_000, seed: 11 });
    expect(heuristic.hard.total).toBe(0);
    const exact = await solveExactly(problem, { timeLimitS: 20, start: heuristic.placements });
    expect(exact.status).toBe('optimal');
    expect(exact.objective).toBeLessThanOrEqual(heuristic.soft.total + 1e-6);
  });

  it('keeps to the interpreter teams in every form, to the same optimum, and proves it when they are too few', async () => {
    // One team per language, as many sessions needing each as the hidden schedule can take: here the best
    // schedule without the limit runs two sessions needing one language side by side.
    const { problem } = generatePlantedForum({ seed: 8, days: 1, slotsPerDay: 3, rooms: 3, sessions: 9, people: 15, interpretationShare: 1, interpreterTeams: 1 });
    const unlimited = await solveExactly({ ...problem, interpreterTeams: undefined }, { timeLimitS: 20 });
    const listed = await solveExactly(problem, { timeLimitS: 20 });
    const compact = await solveExactly(problem, { timeLimitS: 20, maxSlotPatterns: 0 });
    const generated = await solveExactly(problem, { timeLimitS: 20, maxSlotPatterns: 5 });
    expect([listed.model.formulation, compact.model.formulation, generated.model.formulation]).toEqual(['slot-patterns', 'compact', 'column-generation']);
    for (const exact of [listed, compact, generated]) {
      expect(exact.status).toBe('optimal');
      const compiled = compileProblem(problem);
      const counter = new HardConstraintCounter(compiled);
      for (const p of exact.placements) counter.place(compiled.sessionIndex.get(p.sessionId)!, compiled.slotIndex.get(p.slotId)!, compiled.roomIndex.get(p.roomId)!);
      expect(counter.counts['no-interpreter-team']).toBe(0);
      expect(counter.total).toBe(0);
      expect(closeTo(exact.objective, listed.objective)).toBe(true);
    }
    expect(unlimited.status).toBe('optimal');
    expect(listed.objective).toBeGreaterThan(unlimited.objective + 1);

    const fr = (id: string): ForumProblem['sessions'][number] => ({ id, durationSlots: 1, expectedAttendance: 30, language: 'es', interpretation: ['fr'], plenary: false, themes: [], people: [] });
    const oneTeam: ForumProblem = {
      slots: [{ id: 'opening', day: '2018-10-01', start: '09:00', end: '10:30' }],
      rooms: ['hall', 'annex', 'terrace'].map((id) => ({ id, capacity: 100, interpretationChannels: ['fr'] })),
      sessions: [fr('commons'), fr('cooperatives'), fr('finance')],
      people: [],
      interpreterTeams: [{ language: 'fr', teams: 1 }],
    };
    for (const maxSlotPatterns of [undefined, 0, 1]) {
      const exact = await solveExactly(oneTeam, { timeLimitS: 10, maxSlotPatterns });
      expect(exact.status).toBe('infeasible');
      expect(exact.model.formulation).toBe(['slot-patterns', 'compact', 'column-generation'][[undefined, 0, 1].indexOf(maxSlotPatterns)]);
    }
    expect((await solveExactly({ ...oneTeam, interpreterTeams: [{ language: 'fr', teams: 0 }] }, { timeLimitS: 10 })).status).toBe('infeasible');
    expect((await solveExactly({ ...oneTeam, interpreterTeams: [{ language: 'fr', teams: 3 }] }, { timeLimitS: 10 })).status).toBe('optimal');
  });

  it('proves infeasibility: two plenaries and one slot', async () => {
    const plenary = (id: string): ForumProblem['sessions'][number] => ({
      id, durationSlots: 1, expectedAttendance: 50, language: 'en', interpretation: [], plenary: true, themes: [], people: [],
    });
    const problem: ForumProblem = {
      slots: [{ id: 'opening', day: '2018-10-01', start: '09:00', end: '10:30' }],
      rooms: [{ id: 'hall', capacity: 300, interpretationChannels: [] }, { id: 'annex', capacity: 300, interpretationChannels: [] }],
      sessions: [plenary('welcome'), plenary('keynote')],
      people: [],
    };
    const exact = await solveExactly(problem, { timeLimitS: 10 });
    expect(exact.status).toBe('infeasible');
    expect(exact.placements).toEqual([]);
  });

  it('says infeasible at once when a session has nowhere to go (its speaker is never available)', async () => {
    const { problem } = generatePlantedForum({ seed: 3, days: 1, slotsPerDay: 3, rooms: 2, sessions: 4, people: 6 });
    const speaker = problem.sessions[0]!.people[0]!.personId;
    const blocked = { ...problem, people: problem.people.map((person) => (person.id === speaker ? { ...person, availableSlotIds: [] } : person)) };
    const exact = await solveExactly(blocked);
    expect(exact.status).toBe('infeasible');
  });
});
