import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProblem } from './compile-problem.js';
import { generatePlantedForum } from './generate-forum.js';
import { hoursAsleep } from './hours-asleep.js';
import type { ForumProblem } from './model.js';
import { SoftGoalCounter, defaultSoftWeights } from './soft-goals.js';
import { solveSchedule } from './solve.js';

const zones = ['Asia/Seoul', 'America/Mexico_City', 'Europe/Madrid', 'Africa/Dakar', 'Asia/Kolkata'];

/** Bilbao in October 2018: 02:00 there is 09:00 in Seoul and 19:00 in Mexico City. */
function farApartForum(): ForumProblem {
  return {
    timeZone: 'Europe/Madrid',
    slots: [
      { id: 'night', day: '2018-10-01', start: '02:00', end: '03:30' },
      { id: 'morning', day: '2018-10-01', start: '10:00', end: '11:30' },
      { id: 'evening', day: '2018-10-01', start: '18:00', end: '19:30' },
    ],
    rooms: [
      { id: 'hall', capacity: 100, interpretationChannels: [] },
      { id: 'online', capacity: 500, interpretationChannels: [], virtual: true },
    ],
    sessions: ['a', 'b'].map((id) => ({
      id, durationSlots: 1, expectedAttendance: 20, language: 'en', interpretation: [], plenary: false, themes: [],
      pin: { roomId: id === 'a' ? 'online' : 'hall' },
      people: [{ personId: `${id}-seoul`, role: 'speaker' as const }, { personId: `${id}-mexico`, role: 'moderator' as const }],
    })),
    people: ['a', 'b'].flatMap((id) => [
      { id: `${id}-seoul`, name: 'Ji-woo', timeZone: 'Asia/Seoul' },
      { id: `${id}-mexico`, name: 'Lucía', timeZone: 'America/Mexico_City' },
    ]),
  };
}

describe('virtual sessions placed where their people are awake', () => {
  it('counts the hours of a slot outside 08:00–22:00 in the person’s own zone', () => {
    const slot = { day: '2018-10-01', start: '10:00', end: '11:30' };
    expect(hoursAsleep(slot, 'Europe/Madrid', 'America/Mexico_City')).toBeCloseTo(1.5);
    expect(hoursAsleep(slot, 'Europe/Madrid', 'Asia/Seoul')).toBe(0);
    expect(hoursAsleep({ day: '2018-10-01', start: '21:00', end: '23:00' }, 'utc', 'utc')).toBeCloseTo(1);
  });

  it('a virtual session with speakers in Seoul and Mexico City lands in the slot where both are awake', () => {
    const result = solveSchedule(farApartForum(), { iterationLimit: 5_000, seed: 11 });
    expect(result.placements.find((p) => p.sessionId === 'a')).toEqual({ sessionId: 'a', slotId: 'night', roomId: 'online' });
    expect(result.soft.parts.awakeVirtualSessions).toBe(0);
  });

  it('an in-person session costs nothing for its people’s sleep, wherever they come from', () => {
    const compiled = compileProblem(farApartForum());
    const counter = new SoftGoalCounter(compiled, defaultSoftWeights);
    const b = compiled.sessionIndex.get('b')!;
    counter.place(b, compiled.slotIndex.get('evening')!, compiled.roomIndex.get('hall')!);
    expect(counter.parts.awakeVirtualSessions).toBe(0);
    counter.remove(b, compiled.slotIndex.get('evening')!, compiled.roomIndex.get('hall')!);
    counter.place(b, compiled.slotIndex.get('evening')!, compiled.roomIndex.get('online')!);
    expect(counter.parts.awakeVirtualSessions).toBeCloseTo(defaultSoftWeights.awakeVirtualSessions * 1.5);
  });

  it('the incremental total equals a full recount after any sequence of moves', () => {
    const { problem } = generatePlantedForum({ seed: 5, days: 2, slotsPerDay: 3, rooms: 4, sessions: 12, people: 30, longShare: 0.2 });
    problem.timeZone = 'Europe/Madrid';
    problem.rooms.forEach((room, r) => { room.virtual = r % 2 === 1; });
    problem.people.forEach((person, p) => { person.timeZone = zones[p % zones.length]!; });
    problem.interest = problem.sessions.map((session, i) => ({ sessionIds: [session.id, problem.sessions[(i + 1) % problem.sessions.length]!.id], count: 1 + (i % 4), timeZone: zones[i % zones.length]! }));
    const compiled = compileProblem(problem);
    const n = compiled.sessionCount;
    const moves = fc.array(fc.tuple(fc.nat(n - 1), fc.nat(compiled.slotCount - 1), fc.nat(compiled.roomCount - 1)), { minLength: 1, maxLength: 60 });
    fc.assert(fc.property(moves, (sequence) => {
      const starts = Array.from({ length: n }, (_, i) => compiled.validStarts[i]![0]!);
      const rooms = new Array<number>(n).fill(0);
      const counter = new SoftGoalCounter(compiled, defaultSoftWeights);
      for (let i = 0; i < n; i++) counter.place(i, starts[i]!, rooms[i]!);
      for (const [i, wanted, room] of sequence) {
        const valid = compiled.validStarts[i]!;
        const start = valid[wanted % valid.length]!;
        counter.remove(i, starts[i]!, rooms[i]!);
        counter.place(i, start, room);
        starts[i] = start;
        rooms[i] = room;
      }
      const recount = new SoftGoalCounter(compiled, defaultSoftWeights);
      for (let i = 0; i < n; i++) recount.place(i, starts[i]!, rooms[i]!);
      expect(counter.parts.awakeVirtualSessions).toBeCloseTo(recount.parts.awakeVirtualSessions, 6);
      expect(counter.total).toBeCloseTo(recount.total, 6);
    }), { numRuns: 100, seed: 2018 });
    expect(compiled.asleep.some((hours) => hours > 0)).toBe(true);
  });
});
