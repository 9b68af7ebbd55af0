import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { systemActor } from '../../accounts/actor.js';
import { loadDemoForum } from '../../demo/index.js';
import type { GridSession } from './schedule-grid.js';
import { ScheduleEditor } from './schedule-editor.js';

const placedAt = (session: GridSession) => (session.placement.state === 'placed' ? `${session.placement.slotId}/${session.placement.roomId}` : session.placement.state);

describe(`solving the Bilbao demo forum in a worker thread, on ${testEngine}`, () => {
  let harness: TestApp;
  let editor: ScheduleEditor;

  beforeAll(async () => {
    harness = await createTestApp();
    await loadDemoForum(harness.storage, { seed: 2018 });
    editor = await ScheduleEditor.open(harness.context, systemActor, 'gsef-2018-bilbao');
  }, 60_000);
  afterAll(() => harness.close());

  it('a solve from scratch removes every hard conflict of the demo (moderators booked twice)', async () => {
    const before = await editor.grid();
    expect(before.sessions.filter((session) => session.placement.state === 'placed')).toHaveLength(45);
    expect(before.conflicts.byKind['person-double-booked']).toBeGreaterThan(0);
    const run = await editor.solve({ keepPins: false, stability: 0, iterationLimit: 300_000, timeLimitMs: 60_000, seed: 7 });
    expect(run).toMatchObject({ status: 'done', outcome: { applied: true, hard: 0, stoppedBy: 'iterations', before: { hard: before.conflicts.total, unassigned: 0 } } });
    const after = await editor.grid();
    expect(after.conflicts.total).toBe(0);
    expect(after.sessions.every((session) => session.conflicts.length === 0)).toBe(true);
    // The plenaries at 17:00 stay at their own times.
    expect(after.sessions.filter((session) => session.placement.state === 'outside')).toHaveLength(3);
  }, 60_000);

  it('after one clashing move, re-solving keeping pins repairs it by moving as few sessions as possible', async () => {
    const placed = (await editor.grid()).sessions.filter((session) => session.placement.state === 'placed');
    for (const session of placed.slice(0, 5)) await editor.pin(session.id);
    const [mover, target] = [placed[10]!, placed.find((session) => session.placement.state === 'placed' && placedAt(session).split('/')[0] !== placedAt(placed[10]!).split('/')[0])!];
    const targetPlace = target.placement as { slotId: string; roomId: string };
    await editor.move(mover.id, { slotId: targetPlace.slotId, roomId: targetPlace.roomId });
    const before = await editor.grid();
    expect(before.conflicts.byKind['room-double-booked']).toBe(1);

    const run = await editor.solve({ keepPins: true, stability: 1_000, iterationLimit: 300_000, timeLimitMs: 60_000 });
    expect(run.outcome).toMatchObject({ applied: true, hard: 0 });
    expect(run.outcome!.moved).toBeLessThanOrEqual(2);
    const after = new Map((await editor.grid()).sessions.map((session) => [session.id, session]));
    for (const session of placed.slice(0, 5)) expect(placedAt(after.get(session.id)!)).toBe(placedAt(session));
    const moved = before.sessions.filter((session) => placedAt(after.get(session.id)!) !== placedAt(session));
    expect(moved.length).toBe(run.outcome!.moved);
  }, 60_000);

  it('stopping a long solve keeps the best schedule so far, and only one solve runs at a time', async () => {
    const run = await editor.startSolve({ keepPins: true, stability: 0, timeLimitMs: 120_000 });
    expect(run.status).toBe('running');
    await expect(editor.startSolve({})).rejects.toMatchObject({ kind: 'conflict' });
    await expect.poll(async () => (await editor.solveRun(run.id)).progress?.iterations ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    expect((await editor.cancelSolve(run.id)).cancelRequested).toBe(true);
    await expect.poll(async () => (await editor.solveRun(run.id)).status, { timeout: 20_000 }).toBe('cancelled');
    const stopped = await editor.solveRun(run.id);
    expect(stopped.outcome).toMatchObject({ applied: true, hard: 0, stoppedBy: 'abort' });
    expect(stopped.outcome!.elapsedMs).toBeLessThan(60_000);
    expect((await editor.latestSolveRun())!.id).toBe(run.id);
  }, 60_000);
});
