import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProblem } from './compile-problem.js';
import { explainInfeasible } from './explain-infeasible.js';
import { generatePlantedForum } from './generate-forum.js';
import { HardConstraintCounter } from './hard-constraints.js';
import { solveSchedule } from './solve.js';

const smallShape = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  days: fc.integer({ min: 1, max: 2 }),
  slotsPerDay: fc.integer({ min: 2, max: 4 }),
  rooms: fc.integer({ min: 1, max: 4 }),
  sessions: fc.integer({ min: 1, max: 12 }),
  people: fc.integer({ min: 3, max: 25 }),
  longShare: fc.constantFrom(0, 0.2),
  plenaries: fc.integer({ min: 0, max: 1 }),
  pinShare: fc.constantFrom(0, 0.2),
  partlyAvailableShare: fc.constantFrom(0, 0.3),
});

describe('solver on our forum model', () => {
  it('returns a schedule with no hard violation on generated feasible forums, interpreter teams at the planted peak', () => {
    let limited = 0;
    fc.assert(fc.property(smallShape, (shape) => {
      // As many teams per language as the hidden schedule needs at its busiest: feasible, and binding.
      const { problem } = generatePlantedForum({ ...shape, interpreterTeams: 'planted-peak' });
      if ((problem.interpreterTeams ?? []).length > 0) limited++;
      const result = solveSchedule(problem, { timeLimitMs: 60_000, iterationLimit: 300_000, seed: shape.seed });
      // Recount from scratch rather than trusting the solver's own tally.
      const compiled = compileProblem(problem);
      const counter = new HardConstraintCounter(compiled);
      for (const p of result.placements) counter.place(compiled.sessionIndex.get(p.sessionId)!, compiled.slotIndex.get(p.slotId)!, compiled.roomIndex.get(p.roomId)!);
      expect(counter.total).toBe(0);
      expect(result.hard.total).toBe(0);
      expect(result.placements).toHaveLength(problem.sessions.length);
    }), { numRuns: 15, seed: 2018 });
    expect(limited).toBeGreaterThan(5);
    // A fixed seed keeps CI reproducible. With 40,000 moves one planted forum stayed infeasible
    // ({"seed":378818,"days":2,"slotsPerDay":2,"rooms":3,"sessions":11,"people":4,"longShare":0.2,"pinShare":0.2});
    // 200,000 solve it: the move budget, not the model, was short.
  }, 60_000);

  it('keeps to one interpreter team per language on dense forums where the hidden schedule needs every one', () => {
    // Every session wants interpretation into all its hidden room's channels, kept only while its slot has no
    // other session needing the language: one team per language is then just enough, in nearly every slot
    // (in 40 other forums of this shape, the best schedule found without the limit broke it in 16; with it, all 40 solved).
    const denseShape = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      days: fc.integer({ min: 1, max: 2 }),
      slotsPerDay: fc.integer({ min: 2, max: 4 }),
      rooms: fc.integer({ min: 2, max: 4 }),
      sessions: fc.integer({ min: 6, max: 20 }),
      people: fc.integer({ min: 10, max: 30 }),
      longShare: fc.constantFrom(0, 0.2),
      plenaries: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(fc.property(denseShape, (shape) => {
      const { problem } = generatePlantedForum({ ...shape, pinShare: 0, interpretationShare: 1, interpreterTeams: 1 });
      const result = solveSchedule(problem, { timeLimitMs: 60_000, iterationLimit: 200_000, seed: shape.seed });
      const compiled = compileProblem(problem);
      const counter = new HardConstraintCounter(compiled);
      for (const p of result.placements) counter.place(compiled.sessionIndex.get(p.sessionId)!, compiled.slotIndex.get(p.slotId)!, compiled.roomIndex.get(p.roomId)!);
      expect(counter.counts, JSON.stringify(shape)).toEqual(result.hard.byKind);
      expect(result.hard.total, JSON.stringify(shape)).toBe(0);
    }), { numRuns: 12, seed: 2018 });
  }, 60_000);

  it('names the person and sessions when a speaker has three sessions and two available slots', () => {
    fc.assert(fc.property(smallShape, fc.integer({ min: 0, max: 1000 }), (shape, pick) => {
      const { problem } = generatePlantedForum({ ...shape, sessions: Math.max(3, shape.sessions), slotsPerDay: 3, plenaries: 0, longShare: 0 });
      const workshops = problem.sessions.filter((s) => !s.plenary);
      fc.pre(workshops.length >= 3 && problem.slots.length >= 3);
      const chosen = [0, 1, 2].map((k) => workshops[(pick + k) % workshops.length]!);
      const busy = { id: 'busy-speaker', name: 'Busy Speaker', availableSlotIds: problem.slots.slice(0, 2).map((s) => s.id) };
      problem.people.push(busy);
      for (const session of chosen) session.people.push({ personId: busy.id, role: 'speaker' });
      const conflicts = explainInfeasible(problem);
      const named = conflicts.find((c) => c.kind === 'person-overcommitted' && c.people.includes(busy.id));
      expect(named, JSON.stringify(conflicts)).toBeDefined();
      expect(new Set(named!.sessions)).toEqual(new Set(chosen.map((s) => s.id)));
      expect(named!.slots).toEqual(busy.availableSlotIds);
      expect(named!.message).toContain('Busy Speaker');
    }), { numRuns: 20 });
  });

  it('explains a session that no room can hold, and finds nothing to explain in a feasible forum', () => {
    const { problem } = generatePlantedForum({ seed: 7, days: 1, slotsPerDay: 3, rooms: 2, sessions: 4, people: 10 });
    expect(explainInfeasible(problem)).toEqual([]);
    problem.sessions[0]!.interpretation = ['zz'];
    const conflicts = explainInfeasible(problem);
    expect(conflicts[0]?.kind).toBe('session-has-no-placement');
    expect(conflicts[0]?.message).toContain('interpretation into zz');
  });

  it('stops on abort, keeping the best schedule so far, and reports progress', () => {
    const { problem } = generatePlantedForum({ seed: 3, days: 3, slotsPerDay: 3, rooms: 5, sessions: 45, people: 150 });
    const controller = new AbortController();
    const seen: number[] = [];
    const result = solveSchedule(problem, {
      timeLimitMs: 5_000, progressEveryMs: 10,
      onProgress: (progress) => { seen.push(progress.bestHard); if (progress.elapsedMs > 100) controller.abort(); },
      signal: controller.signal,
    });
    expect(result.stoppedBy).toBe('abort');
    expect(result.elapsedMs).toBeLessThan(2_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(result.placements).toHaveLength(problem.sessions.length);
  });
});
