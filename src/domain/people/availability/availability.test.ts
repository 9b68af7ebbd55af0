import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { createTestStorage, testEngine } from '../../../../tests/support/test-storage.js';
import { exportForum, importForum } from '../../backup/index.js';
import { makeAccount } from '../../../../tests/factories/forum.js';
import { translator } from '../../../i18n/index.js';
import { loadActor, type Actor } from '../../accounts/actor.js';
import { DomainError } from '../../errors.js';
import { conflictMessage, explainEditorInfeasible, gridNames, infeasibleMessage } from '../../schedule/editor/conflict-message.js';
import { ScheduleEditor } from '../../schedule/editor/schedule-editor.js';
import { loadEditorProgram } from '../../schedule/editor/editor-program.js';
import { editorSolve } from '../../schedule/editor/editor-solve.js';
import { findConflicts } from '../../schedule/editor/find-conflicts.js';
import { makeFixtureForum, type FixtureForum } from '../../schedule/editor/fixture-forum.js';
import { toForumProblem } from '../../schedule/editor/forum-problem.js';
import { mergePeople } from '../merge/merge-people.js';
import { AvailabilityService } from './availability-service.js';

const slug = 'gsef-2018-bilbao';

describe(`people's availability windows, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let ana: Actor;

  /** An account tied to a person of the forum, as a speaker. */
  const speakerFor = async (email: string, personId: string | null) => {
    const id = await makeAccount(harness.context, email, { editionId: forum.edition.id, role: 'speaker' });
    await harness.storage.db.updateTable('user_account').set({ person_id: personId }).where('id', '=', id).execute();
    return loadActor(harness.storage.db, harness.storage.dialect, id);
  };
  const fieldsOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).fields.map((field) => field.path);
  };
  const window = (startsAt: string, endsAt: string, kind: 'available' | 'preferred' = 'available') => ({ kind, startsAt, endsAt });

  beforeEach(async () => {
    harness = await createTestApp();
    forum = await makeFixtureForum(harness.context, slug);
    ana = await speakerFor('ana@example.org', forum.people.ana);
  });
  afterEach(() => harness.close());

  it('a speaker saves windows typed in their own zone, stored as UTC instants and shown back as typed', async () => {
    const mine = await AvailabilityService.openOwn(harness.context, ana, slug);
    const view = await mine.replace({ timeZone: 'America/Bogota', windows: [{ ...window('2018-10-01T08:00', '2018-10-01T11:00'), note: ' flight lands at 7 ' }] });
    expect(view.timeZone).toBe('America/Bogota');
    expect(view.windows).toEqual([expect.objectContaining({
      kind: 'available', startsAt: '2018-10-01T13:00:00.000Z', endsAt: '2018-10-01T16:00:00.000Z', localStartsAt: '2018-10-01T08:00', localEndsAt: '2018-10-01T11:00', note: 'flight lands at 7',
    })]);
    expect(view.sessions.map((session) => session.code).sort()).toEqual(['1.2', 'P1']);
    const audit = await harness.storage.db.selectFrom('audit_entry').selectAll().where('entity_type', '=', 'person_availability').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: forum.people.ana, action: 'create', edition_id: forum.edition.id });
  });

  it('refuses bad input naming the field: unknown zone, end before start, outside the forum, overlap, too many', async () => {
    const mine = await AvailabilityService.openOwn(harness.context, ana, slug);
    expect(await fieldsOf(mine.replace({ timeZone: 'Mars/Olympus', windows: [] }))).toEqual(['timeZone']);
    expect(await fieldsOf(mine.replace({ timeZone: 'Europe/Madrid', windows: [window('2018-10-01T11:00', '2018-10-01T10:00')] }))).toEqual(['windows.0.endsAt']);
    expect(await fieldsOf(mine.replace({ timeZone: 'Europe/Madrid', windows: [window('2018-09-20T09:00', '2018-09-20T10:00')] }))).toEqual(['windows.0.startsAt']);
    expect(await fieldsOf(mine.replace({ timeZone: 'Europe/Madrid', windows: [window('2018-10-01T09:00', '2018-10-01T12:00'), window('2018-10-01T11:00', '2018-10-01T13:00')] })))
      .toEqual(['windows.1.startsAt']);
    expect(await fieldsOf(mine.replace({ timeZone: 'Europe/Madrid', windows: [window('2018-10-01T25:00', '2018-10-01T26:00')] }))).toEqual(['windows.0.startsAt', 'windows.0.endsAt']);
    const many = Array.from({ length: 51 }, (_, k) => window(`2018-10-01T${String(k % 24).padStart(2, '0')}:00`, `2018-10-01T${String(k % 24).padStart(2, '0')}:30`));
    expect(await fieldsOf(mine.replace({ timeZone: 'Europe/Madrid', windows: many }))).toEqual(['windows']);
    // An available and a preferred window may overlap: the wish lies inside what is possible.
    await mine.replace({ timeZone: 'Europe/Madrid', windows: [window('2018-10-01T09:00', '2018-10-01T12:00'), window('2018-10-01T09:00', '2018-10-01T10:00', 'preferred')] });
  });

  it('a refused save keeps what was stored, and writes no audit entry', async () => {
    const mine = await AvailabilityService.openOwn(harness.context, ana, slug);
    const stored = await mine.replace({ timeZone: 'America/Bogota', windows: [window('2018-10-02T08:00', '2018-10-02T11:00')] });
    await expect(mine.replace({ timeZone: 'Europe/Paris', windows: [window('2018-10-02T08:00', '2018-10-02T11:00'), window('2018-10-02T07:00', '2018-10-02T07:00')] })).rejects.toThrow(/windows\.1\.endsAt/);
    expect(await mine.view()).toEqual(stored);
    expect(await harness.storage.db.selectFrom('audit_entry').select('id').where('entity_type', '=', 'person_availability').execute()).toHaveLength(1);
  });

  it('travels in the full backup, byte for byte', async () => {
    await (await AvailabilityService.openOwn(harness.context, ana, slug)).replace({ timeZone: 'America/Bogota', windows: [{ ...window('2018-10-02T08:00', '2018-10-02T11:00'), note: 'après « midi »' }] });
    const exported = await exportForum(harness.storage);
    expect(exported).toContain('America/Bogota');
    const target = await createTestStorage();
    try {
      await importForum(target, exported);
      expect(await exportForum(target)).toBe(exported);
      expect(await target.db.selectFrom('availability_window').select(['kind', 'starts_at', 'note']).execute()).toEqual([{ kind: 'available', starts_at: '2018-10-02T13:00:00.000Z', note: 'après « midi »' }]);
    } finally {
      await target.close();
    }
  });

  it('only the person themself and the forum’s organisers open it', async () => {
    await expect(AvailabilityService.open(harness.context, forum.organiser, slug, forum.people.ana)).resolves.toBeInstanceOf(AvailabilityService);
    await expect(AvailabilityService.open(harness.context, ana, slug, forum.people.ana)).resolves.toBeInstanceOf(AvailabilityService);
    const nadia = await speakerFor('nadia@example.org', forum.people.nadia);
    await expect(AvailabilityService.open(harness.context, nadia, slug, forum.people.ana)).rejects.toMatchObject({ kind: 'forbidden' });
    const unlinked = await speakerFor('someone@example.org', null);
    await expect(AvailabilityService.openOwn(harness.context, unlinked, slug)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(AvailabilityService.open(harness.context, forum.organiser, slug, 'no-such-person')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('merging two people keeps the removed one’s windows when the kept one gave none', async () => {
    const organiserOf = (personId: string) => AvailabilityService.open(harness.context, forum.organiser, slug, personId);
    await (await organiserOf(forum.people.nadia)).replace({ timeZone: 'Africa/Dakar', windows: [window('2018-10-01T08:00', '2018-10-01T12:00')] });
    await (await organiserOf(forum.people.ana)).replace({ timeZone: 'America/Bogota', windows: [] });
    await harness.storage.db.transaction().execute((db) => mergePeople(db, harness.storage.dialect, forum.people.iker, forum.people.nadia, '2026-03-01T10:00:00.000Z'));
    const iker = await (await organiserOf(forum.people.iker)).view();
    expect(iker.timeZone).toBe('Africa/Dakar');
    expect(iker.windows.map((stored) => stored.localStartsAt)).toEqual(['2018-10-01T08:00']);
    await harness.storage.db.transaction().execute((db) => mergePeople(db, harness.storage.dialect, forum.people.ana, forum.people.iker, '2026-03-01T10:00:00.000Z'));
    const ana = await (await organiserOf(forum.people.ana)).view();
    expect([ana.timeZone, ana.windows]).toEqual(['America/Bogota', []]);
  });

  it('the solver reads the windows: whole slots inside an available window, slots touching a preferred one, the person’s own zone', async () => {
    const { db } = harness.storage;
    // Three afternoon slots on day 2, 15:00–16:30, 16:30–18:00 and 18:00–19:30 in Madrid (UTC+2).
    const day2 = (await db.selectFrom('program_day').select('id').where('edition_id', '=', forum.edition.id).where('date', '=', '2018-10-02').executeTakeFirstOrThrow()).id;
    const afternoon = ['13:00', '14:30', '16:00'].map((start, k) => ({ id: `afternoon-${k}`, start, end: ['14:30', '16:00', '17:30'][k]! }));
    for (const [k, slot] of afternoon.entries()) {
      await db.insertInto('time_slot').values({ id: slot.id, edition_id: forum.edition.id, day_id: day2, label: null, starts_at: `2018-10-02T${slot.start}:00.000Z`, ends_at: `2018-10-02T${slot.end}:00.000Z`, position: 10 + k }).execute();
    }
    // 08:00–11:00 in Bogotá (UTC−5) is 15:00–18:00 in Madrid; 11:00–11:30 there is 18:00–18:30 here.
    await (await AvailabilityService.openOwn(harness.context, ana, slug)).replace({
      timeZone: 'America/Bogota', windows: [window('2018-10-02T08:00', '2018-10-02T11:00'), window('2018-10-02T11:00', '2018-10-02T11:30', 'preferred')],
    });
    const editorProblem = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    const person = editorProblem.problem.people.find((candidate) => candidate.id === forum.people.ana)!;
    expect(person.timeZone).toBe('America/Bogota');
    expect(person.availableSlotIds).toEqual(['afternoon-0', 'afternoon-1']);
    expect(person.preferredSlotIds).toEqual(['afternoon-2']);
    expect(editorProblem.problem.people.find((candidate) => candidate.id === forum.people.nadia)).toEqual({ id: forum.people.nadia, name: 'Nadia Ouali', timeZone: 'Europe/Madrid' });

    // W3 stands on day 1 at 09:30, outside Ana's window: the marker names her and her window in her zone.
    const conflicts = findConflicts(editorProblem).bySession.get(forum.sessions.w3)!;
    expect(conflicts).toEqual([{ kind: 'outside-availability', personId: forum.people.ana, timeZone: 'America/Bogota', windows: [{ startsAt: '2018-10-02T13:00:00.000Z', endsAt: '2018-10-02T16:00:00.000Z' }] }]);
    const names = { session: (id: string) => id, person: (id: string) => (id === forum.people.ana ? 'Ana Souza' : id), room: (id: string) => id };
    expect(conflictMessage(translator('en'), names, conflicts[0]!)).toBe('Ana Souza is available only Tue 2 Oct 08:00–11:00 (America/Bogota).');
    expect(conflictMessage(translator('fr'), names, conflicts[0]!)).toBe('Ana Souza n’est disponible que mar. 2 oct. 08:00–11:00 (America/Bogota).');

    // Two windows that touch are one: the 15:00–16:30 slot (08:00–09:30 in Bogotá) straddles 09:00.
    await (await AvailabilityService.openOwn(harness.context, ana, slug)).replace({
      timeZone: 'America/Bogota', windows: [window('2018-10-02T08:00', '2018-10-02T09:00'), window('2018-10-02T09:00', '2018-10-02T11:00')],
    });
    const split = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    expect(split.problem.people.find((candidate) => candidate.id === forum.people.ana)!.availableSlotIds).toEqual(['afternoon-0', 'afternoon-1']);
  });

  it('when no schedule can hold a speaker, the explanation names her and her window in her zone', async () => {
    // 08:00–11:00 in Bogotá on day 1 is 15:00–18:00 in Madrid: no slot of the grid lies inside it.
    await (await AvailabilityService.openOwn(harness.context, ana, slug)).replace({ timeZone: 'America/Bogota', windows: [window('2018-10-01T08:00', '2018-10-01T11:00')] });
    const conflicts = explainEditorInfeasible(toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false }));
    const overcommitted = conflicts.find((conflict) => conflict.kind === 'person-overcommitted')!;
    expect(overcommitted.people).toEqual([forum.people.ana]);
    expect(overcommitted.message).toContain('Ana Souza is in');
    expect(overcommitted.message).toContain('available only Mon 1 Oct 08:00–11:00 (America/Bogota)');
    const unplaceable = conflicts.find((conflict) => conflict.kind === 'session-has-no-placement')!;
    expect(unplaceable.sessions).toEqual([forum.sessions.w3]);
    expect(unplaceable.message).toContain('its people (Ana Souza, available only Mon 1 Oct 08:00–11:00 (America/Bogota))');
    // The editor shows the same proofs in the organiser's language.
    const grid = await new ScheduleEditor(harness.context, forum.organiser, forum.edition).grid();
    const names = gridNames(grid, 'en');
    expect(grid.infeasible.map((reason) => infeasibleMessage(translator('en'), names, reason))).toEqual([
      'Ana Souza is in 1.2 “Workshop 1.2” but is available only Mon 1 Oct 08:00–11:00 (America/Bogota): no slot fits.',
      '1.2 “Workshop 1.2” cannot be placed: no slot suits all of its people at once: Ana Souza (Mon 1 Oct 08:00–11:00, America/Bogota).',
    ]);
  });

  it('an editor solve puts a speaker’s session inside their window', async () => {
    // Day 2, 09:30–13:00 in Madrid is 02:30–06:00 in Bogotá.
    await (await AvailabilityService.openOwn(harness.context, ana, slug)).replace({ timeZone: 'America/Bogota', windows: [window('2018-10-02T02:00', '2018-10-02T06:30')] });
    const { problem, placements } = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    const result = editorSolve(problem, placements, { stability: 1_000, timeLimitMs: 5_000, seed: 1, stopped: () => false });
    expect(result.hard.total).toBe(0);
    const w3 = result.placements.find((placement) => placement.sessionId === forum.sessions.w3)!;
    expect([forum.slots.d2s1, forum.slots.d2s2]).toContain(w3.slotId);
  });
});
