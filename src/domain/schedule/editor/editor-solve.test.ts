import { describe, expect, it } from 'vitest';
import { bilbaoShape, generatePlantedForum } from '../solver/generate-forum.js';
import type { ForumProblem, Placement } from '../solver/model.js';
import { editorSolve } from './editor-solve.js';
import { holdSessions } from './held-sessions.js';

function plantedForum(scale: number): { problem: ForumProblem; placements: Placement[] } {
  const { problem, planted } = generatePlantedForum({ ...bilbaoShape(2018, scale), pinShare: 0 });
  const placements = problem.sessions.map((session) => {
    const at = planted.get(session.id)!;
    return { sessionId: session.id, slotId: problem.slots[at.slot]!.id, roomId: problem.rooms[at.room]!.id };
  });
  return { problem, placements };
}

/** Puts three sessions where three others already are, in other slots: three rooms booked twice, maybe people too. */
function disrupt(placements: Placement[]): Placement[] {
  const moved = placements.map((placement) => ({ ...placement }));
  for (const k of [0, 1, 2]) {
    const target = moved.find((other) => other.slotId !== moved[k * 7]!.slotId)!;
    moved[k * 7] = { ...moved[k * 7]!, slotId: target.slotId, roomId: target.roomId };
  }
  return moved;
}

const never = () => false;

describe('the editor’s solve', () => {
  it('a repair of a forum ten times Bilbao’s size after three clashing moves moves only a few sessions, in about a second', () => {
    const { problem, placements } = plantedForum(10);
    const current = disrupt(placements);
    const result = editorSolve(problem, current, { stability: 1_000, timeLimitMs: 20_000, seed: 1, stopped: never });
    expect(result.hard.total).toBe(0);
    const before = new Map(current.map((placement) => [placement.sessionId, `${placement.slotId}/${placement.roomId}`]));
    const moved = result.placements.filter((placement) => before.get(placement.sessionId) !== `${placement.slotId}/${placement.roomId}`);
    expect(moved.length).toBeGreaterThanOrEqual(3);
    expect(moved.length).toBeLessThanOrEqual(6);
    expect(result.stoppedBy).toBe('solved');
    expect(result.elapsedMs).toBeLessThan(10_000);
  }, 30_000);

  it('a repair with nothing wrong moves nothing and does not search', () => {
    const { problem, placements } = plantedForum(1);
    const result = editorSolve(problem, placements, { stability: 1_000, timeLimitMs: 5_000, seed: 1, stopped: never });
    expect(result).toMatchObject({ placements, hard: { total: 0 }, iterations: 0, stoppedBy: 'solved' });
  });

  it('held sessions leave the search, their rooms and people binding the sessions that move', () => {
    const { problem, placements } = plantedForum(1);
    const free = problem.sessions[0]!;
    const { problem: small, held } = holdSessions(problem, placements, new Set([free.id]));
    expect(small.sessions.map((session) => session.id)).toEqual([free.id]);
    expect(held).toHaveLength(problem.sessions.length - 1);
    const busy = new Set(problem.sessions.filter((session) => session.id !== free.id && session.people.some((person) => free.people.some((mine) => mine.personId === person.personId)))
      .map((session) => placements.find((placement) => placement.sessionId === session.id)!.slotId));
    for (const person of small.people.filter((candidate) => free.people.some((mine) => mine.personId === candidate.id))) {
      for (const slotId of busy) expect(person.availableSlotIds ?? [], `${person.id} is busy in ${slotId}`).not.toContain(slotId);
    }
  });

  it('stopping keeps the best schedule found so far', () => {
    const { problem, placements } = plantedForum(1);
    let calls = 0;
    const result = editorSolve(problem, disrupt(placements), { stability: 0, timeLimitMs: 60_000, seed: 1, stopped: () => ++calls > 50 });
    expect(result.stoppedBy).toBe('abort');
    expect(result.placements).toHaveLength(problem.sessions.length);
    expect(result.elapsedMs).toBeLessThan(10_000);
  });
});
