import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../tests/support/test-app.js';
import { openFixtureEditor } from '../../../../tests/factories/schedule-editor.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { newId } from '../../../db/ids.js';
import { createAccount } from '../../accounts/index.js';
import type { FixtureForum } from './fixture-forum.js';
import type { ScheduleEditor } from './schedule-editor.js';

describe(`the schedule editor, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let editor: ScheduleEditor;

  beforeEach(async () => {
    ({ harness, forum, editor } = await openFixtureEditor());
  });
  afterEach(() => harness.close());

  const sessionIn = async (id: string) => (await editor.grid()).sessions.find((session) => session.id === id)!;

  it('shows every session where it stands: in the grid, waiting for a place, or at a time of its own', async () => {
    const grid = await editor.grid();
    expect(grid.days.map((day) => [day.date, day.slots.length])).toEqual([['2018-10-01', 2], ['2018-10-02', 2]]);
    expect(grid.rooms).toHaveLength(3);
    const byId = new Map(grid.sessions.map((session) => [session.id, session]));
    expect(byId.get(forum.sessions.w1)!.placement).toEqual({ state: 'placed', slotId: forum.slots.d1s1, roomId: forum.rooms.a });
    expect(byId.get(forum.sessions.w4)!.placement).toEqual({ state: 'unassigned' });
    expect(byId.get(forum.sessions.p1)!.placement).toMatchObject({ state: 'outside', startsAt: '2018-10-01T15:00:00.000Z' });
    expect(grid.conflicts.total).toBe(0);
    expect(grid.sessions.every((session) => session.conflicts.length === 0)).toBe(true);
  });

  it('moving a session onto a slot where its speaker is busy names the speaker and the other session', async () => {
    const moved = await editor.move(forum.sessions.w1, { slotId: forum.slots.d1s2, roomId: forum.rooms.b });
    expect(moved.placement).toEqual({ state: 'placed', slotId: forum.slots.d1s2, roomId: forum.rooms.b });
    expect(moved.conflicts).toEqual([{ kind: 'person-double-booked', personId: forum.people.nadia, otherSessionId: forum.sessions.w2 }]);
    expect((await sessionIn(forum.sessions.w2)).conflicts).toEqual([{ kind: 'person-double-booked', personId: forum.people.nadia, otherSessionId: forum.sessions.w1 }]);
    expect((await editor.grid()).conflicts.byKind['person-double-booked']).toBe(1);
  });

  it('names a room too small, a missing interpretation channel and a room booked twice', async () => {
    const w2 = await editor.move(forum.sessions.w2, { slotId: forum.slots.d1s1, roomId: forum.rooms.c });
    expect(w2.conflicts).toEqual(expect.arrayContaining([
      { kind: 'over-capacity', roomId: forum.rooms.c, needed: 40, capacity: 30 },
      { kind: 'no-interpretation', roomId: forum.rooms.c, languages: ['fr'] },
      { kind: 'person-double-booked', personId: forum.people.nadia, otherSessionId: forum.sessions.w1 },
    ]));
    const w3 = await editor.move(forum.sessions.w3, { slotId: forum.slots.d1s1, roomId: forum.rooms.a });
    expect(w3.conflicts).toEqual([{ kind: 'room-double-booked', roomId: forum.rooms.a, otherSessionId: forum.sessions.w1 }]);
  });

  it('a plenary runs alone, and the people of a session held outside the slots are busy in the slots it overlaps', async () => {
    await harness.storage.db.updateTable('session').set({ starts_at: '2018-10-02T07:45:00.000Z', ends_at: '2018-10-02T08:45:00.000Z' }).where('id', '=', forum.sessions.p1).execute();
    const w4 = await editor.move(forum.sessions.w4, { slotId: forum.slots.d2s1, roomId: forum.rooms.b });
    expect(w4.conflicts).toEqual([{ kind: 'unavailable', personId: forum.people.iker, otherSessionId: forum.sessions.p1 }]);

    const plenary = await editor.move(forum.sessions.p1, { slotId: forum.slots.d2s2, roomId: forum.rooms.a });
    expect(plenary.placement.state).toBe('placed');
    await editor.move(forum.sessions.w3, { slotId: forum.slots.d2s2, roomId: forum.rooms.b });
    expect((await sessionIn(forum.sessions.p1)).conflicts).toEqual(expect.arrayContaining([{ kind: 'plenary-not-alone', otherSessionId: forum.sessions.w3 }]));
    expect((await sessionIn(forum.sessions.w3)).conflicts).toEqual(expect.arrayContaining([
      { kind: 'beside-plenary', otherSessionId: forum.sessions.p1 },
      { kind: 'person-double-booked', personId: forum.people.ana, otherSessionId: forum.sessions.p1 },
    ]));
  });

  it('refuses bad moves naming the field, and a session of another forum does not exist here', async () => {
    await expect(editor.move(forum.sessions.w1, { slotId: 'nowhere', roomId: forum.rooms.a })).rejects.toMatchObject({ kind: 'invalid', fields: [{ path: 'slotId' }] });
    await expect(editor.move(forum.sessions.w1, { slotId: forum.slots.d1s1, roomId: '' })).rejects.toMatchObject({ kind: 'invalid', fields: [{ path: 'roomId' }] });
    await expect(editor.move(newId(), null)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(editor.pin(forum.sessions.w4)).rejects.toMatchObject({ kind: 'conflict', message: /place the session/ });
    await expect(editor.publish('  ')).rejects.toMatchObject({ kind: 'invalid', fields: [{ path: 'name', message: 'give the version a name' }] });
  });

  it('a pin moves with its session and holds it in place when the schedule is solved again', async () => {
    await editor.move(forum.sessions.w1, { slotId: forum.slots.d2s2, roomId: forum.rooms.b });
    expect((await editor.pin(forum.sessions.w1)).pinned).toBe(true);
    const clashing = await editor.move(forum.sessions.w1, { slotId: forum.slots.d1s2, roomId: forum.rooms.b });
    expect(clashing).toMatchObject({ pinned: true, conflicts: [{ kind: 'person-double-booked' }] });
    const run = await editor.solve({ keepPins: true, stability: 1_000, iterationLimit: 50_000, timeLimitMs: 60_000 });
    expect(run.status).toBe('done');
    expect(run.outcome).toMatchObject({ applied: true, hard: 0 });
    const grid = await editor.grid();
    expect(grid.sessions.find((session) => session.id === forum.sessions.w1)!.placement).toEqual({ state: 'placed', slotId: forum.slots.d1s2, roomId: forum.rooms.b });
    // Nadia's other workshop made way; the unassigned draft found a place too.
    expect(grid.conflicts.total).toBe(0);
    expect(grid.sessions.find((session) => session.id === forum.sessions.w4)!.placement.state).toBe('placed');
    expect((await editor.unpin(forum.sessions.w1)).pinned).toBe(false);
  });

  it('lists what moved since the last publication', async () => {
    expect(await editor.changesSincePublication()).toEqual([]);
    await editor.move(forum.sessions.w1, { slotId: forum.slots.d2s1, roomId: forum.rooms.a });
    await editor.move(forum.sessions.w3, null);
    await editor.move(forum.sessions.w4, { slotId: forum.slots.d2s2, roomId: forum.rooms.c });
    await editor.pin(forum.sessions.w2);
    const changes = await editor.changesSincePublication();
    expect(changes.map((change) => [change.sessionId, change.kind]).sort()).toEqual([
      [forum.sessions.w1, 'moved'], [forum.sessions.w3, 'unplaced'], [forum.sessions.w4, 'placed'],
    ].sort());
    expect(changes.find((change) => change.sessionId === forum.sessions.w1)).toMatchObject({
      from: { slotId: forum.slots.d1s1, roomId: forum.rooms.a, startsAt: '2018-10-01T07:30:00.000Z' },
      to: { slotId: forum.slots.d2s1, roomId: forum.rooms.a, startsAt: '2018-10-02T07:30:00.000Z', endsAt: '2018-10-02T09:00:00.000Z' },
      wasPublic: true,
    });
  });

  it('publishing freezes a named version, publishes what is placed, and tells the people of moved sessions in their language', async () => {
    await createAccount(harness.context, { email: 'nadia.account@example.org', password: 'correct horse battery staple', displayName: 'Nadia', locale: 'fr', isAdmin: false });
    await harness.storage.db.updateTable('user_account').set({ person_id: forum.people.nadia }).where('email', '=', 'nadia.account@example.org').execute();
    await editor.move(forum.sessions.w1, { slotId: forum.slots.d2s1, roomId: forum.rooms.a });
    await editor.move(forum.sessions.w4, { slotId: forum.slots.d2s2, roomId: forum.rooms.c });

    const version = await editor.publish('Programme du 15 septembre');
    expect(version).toMatchObject({ number: 1, name: 'Programme du 15 septembre', mailsQueued: 1, sessionsPublished: 4 });
    const { db } = harness.storage;
    const w1 = await db.selectFrom('session').selectAll().where('id', '=', forum.sessions.w1).executeTakeFirstOrThrow();
    expect(w1).toMatchObject({ slot_id: forum.slots.d2s1, venue_id: forum.rooms.a, starts_at: '2018-10-02T07:30:00.000Z', ends_at: '2018-10-02T09:00:00.000Z' });
    expect((await db.selectFrom('session').select('status').where('id', '=', forum.sessions.w4).executeTakeFirstOrThrow()).status).toBe('published');
    const mails = await db.selectFrom('mail_outbox').selectAll().where('template', '=', 'session-moved').execute();
    expect(mails.map((mail) => [mail.recipient, mail.locale])).toEqual([['nadia@example.org', 'fr']]);
    expect(mails[0]!.text_body).toContain('Avant : lundi 1 octobre 2018, 9:30–11:00 (Europe/Madrid), Room A');
    expect(mails[0]!.text_body).toContain('Désormais : mardi 2 octobre 2018, 9:30–11:00 (Europe/Madrid), Room A');
    expect(await editor.changesSincePublication()).toEqual([]);

    await editor.move(forum.sessions.w1, { slotId: forum.slots.d2s1, roomId: forum.rooms.b });
    expect(await editor.publish('Deuxième')).toMatchObject({ number: 2, mailsQueued: 1 });
    const versions = await editor.versions();
    expect(versions.map((entry) => [entry.number, entry.name, entry.sessions, entry.publishedBy])).toEqual([[2, 'Deuxième', 5, 'Organiser'], [1, 'Programme du 15 septembre', 5, 'Organiser']]);
  });
});
