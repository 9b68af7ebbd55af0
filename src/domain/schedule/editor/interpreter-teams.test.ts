import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../tests/support/test-app.js';
import { openFixtureEditor } from '../../../../tests/factories/schedule-editor.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { encodeJson } from '../../../db/database.js';
import { translator } from '../../../i18n/index.js';
import { DomainError } from '../../errors.js';
import { compileProblem } from '../solver/compile-problem.js';
import { conflictMessage, gridNames } from './conflict-message.js';
import { loadEditorProgram } from './editor-program.js';
import type { FixtureForum } from './fixture-forum.js';
import { editorSolve } from './editor-solve.js';
import { toForumProblem } from './forum-problem.js';
import { holdSessions } from './held-sessions.js';
import type { ScheduleEditor } from './schedule-editor.js';

describe(`interpreter teams per language, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let editor: ScheduleEditor;

  beforeEach(async () => {
    ({ harness, forum, editor } = await openFixtureEditor());
  });
  afterEach(() => harness.close());

  const stored = () => harness.storage.db.selectFrom('schedule_interpreter_teams').select(['language', 'teams']).orderBy('language').execute();
  /** W3 (English) also needs French, in Room B (which has the channel), beside W2 (Spanish → French) in Room A. */
  const w3NeedsFrenchBesideW2 = async () => {
    await harness.storage.db.updateTable('session').set({ interpretation_languages: encodeJson(['fr']) }).where('id', '=', forum.sessions.w3).execute();
    await editor.move(forum.sessions.w3, { slotId: forum.slots.d1s2, roomId: forum.rooms.b });
  };
  const conflictsOf = async (id: string) => (await editor.grid()).sessions.find((session) => session.id === id)!.conflicts;

  it('are unlimited until set; a blank (null) or left-out language is unlimited again; each change is audited', async () => {
    expect(await editor.interpreterTeams()).toEqual({});
    expect(await editor.setInterpreterTeams({ fr: 1, en: 0, es: null })).toEqual({ en: 0, fr: 1 });
    expect(await editor.interpreterTeams()).toEqual({ en: 0, fr: 1 });
    expect(await stored()).toEqual([{ language: 'en', teams: 0 }, { language: 'fr', teams: 1 }]);
    expect(await editor.setInterpreterTeams({ fr: 2 })).toEqual({ fr: 2 });
    expect(await stored()).toEqual([{ language: 'fr', teams: 2 }]);
    const audit = await harness.storage.db.selectFrom('audit_entry').select(['entity_id', 'actor_user_id']).where('entity_type', '=', 'schedule_interpreter_teams').execute();
    expect(audit).toEqual([
      { entity_id: forum.edition.id, actor_user_id: forum.organiser.user!.id },
      { entity_id: forum.edition.id, actor_user_id: forum.organiser.user!.id },
    ]);
  });

  it('refuses a language that is not ISO 639-1, a negative, fractional or too large number, naming the field; nothing is stored', async () => {
    await editor.setInterpreterTeams({ fr: 1 });
    const refused = await editor.setInterpreterTeams({ FR: 1, french: 2, es: -1, en: 51, pt: 1.5, de: 'two' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fields.map((field) => field.path).sort()).toEqual(['FR', 'de', 'en', 'es', 'french', 'pt']);
    expect((refused as DomainError).fields.find((field) => field.path === 'en')!.message).toBe('at most 50');
    expect(((await editor.setInterpreterTeams([1]).catch((error: unknown) => error)) as DomainError).kind).toBe('invalid');
    expect(await stored()).toEqual([{ language: 'fr', teams: 1 }]);
  });

  it('go to the solver’s problem as the languages with a limit', async () => {
    expect(toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false }).problem.interpreterTeams).toBeUndefined();
    await editor.setInterpreterTeams({ fr: 1, en: 0 });
    expect(toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false }).problem.interpreterTeams).toEqual([
      { language: 'en', teams: 0 }, { language: 'fr', teams: 1 },
    ]);
  });

  it('two sessions needing French in the same slot with one French team: each is marked, naming the other', async () => {
    await w3NeedsFrenchBesideW2();
    expect(await conflictsOf(forum.sessions.w2)).toEqual([]);
    await editor.setInterpreterTeams({ fr: 1 });
    expect(await conflictsOf(forum.sessions.w2)).toEqual([{ kind: 'no-interpreter-team', language: 'fr', teams: 1, otherSessionIds: [forum.sessions.w3] }]);
    expect(await conflictsOf(forum.sessions.w3)).toEqual([{ kind: 'no-interpreter-team', language: 'fr', teams: 1, otherSessionIds: [forum.sessions.w2] }]);

    const grid = await editor.grid();
    const conflict = grid.sessions.find((session) => session.id === forum.sessions.w2)!.conflicts[0]!;
    const say = (locale: 'en' | 'fr' | 'es') => conflictMessage(translator(locale), gridNames(grid, locale), conflict);
    expect(say('en')).toBe('Only 1 interpreter team into French, and 1.2 “Workshop 1.2” needs it at the same time.');
    expect(say('fr')).toBe('Seulement 1 équipe d’interprétation en français, et 1.2 « Workshop 1.2 » en a aussi besoin en même temps.');
    expect(say('es')).toBe('Solo 1 equipo de interpretación al francés, y 1.2 «Workshop 1.2» también lo necesita a la misma hora.');

    await editor.setInterpreterTeams({ fr: 2 });
    expect(await conflictsOf(forum.sessions.w2)).toEqual([]);
    expect(await conflictsOf(forum.sessions.w3)).toEqual([]);
  });

  it('with no team at all into a language, a session needing it is marked alone', async () => {
    await editor.setInterpreterTeams({ fr: 0 });
    const grid = await editor.grid();
    const w2 = grid.sessions.find((session) => session.id === forum.sessions.w2)!;
    expect(w2.conflicts).toEqual([{ kind: 'no-interpreter-team', language: 'fr', teams: 0, otherSessionIds: [] }]);
    expect(conflictMessage(translator('en'), gridNames(grid, 'en'), w2.conflicts[0]!)).toBe('No interpreter team into French.');
    expect(grid.sessions.filter((session) => session.conflicts.length > 0).map((session) => session.id)).toEqual([forum.sessions.w2]);
  });

  // Counted by the solver's HardConstraintCounter (the solver side of issue 5): check after integration.
  it('AFTER SOLVER INTEGRATION: the grid’s total counts each session beyond the teams', async () => {
    await w3NeedsFrenchBesideW2();
    await editor.setInterpreterTeams({ fr: 1 });
    const grid = await editor.grid();
    expect(grid.conflicts.byKind['no-interpreter-team']).toBe(1);
    expect(grid.conflicts.total).toBe(1);
  });

  it('a repair that holds W2 in place leaves its French team taken: W3 beside it costs one hard violation', async () => {
    await harness.storage.db.updateTable('session').set({ interpretation_languages: encodeJson(['fr']) }).where('id', '=', forum.sessions.w3).execute();
    await editor.setInterpreterTeams({ fr: 1 });
    const { problem, placements } = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    const { problem: small, heldTerm } = holdSessions(problem, placements, new Set([forum.sessions.w3]));
    const compiled = compileProblem(small);
    const term = heldTerm(compiled);
    const w3 = compiled.sessionIndex.get(forum.sessions.w3)!;
    const roomB = compiled.roomIndex.get(forum.rooms.b)!;
    term.place(w3, compiled.slotIndex.get(forum.slots.d1s2)!, roomB);
    expect([term.hard(), term.involvement!(w3)]).toEqual([1, 1]);
    term.remove(w3, compiled.slotIndex.get(forum.slots.d1s2)!, roomB);
    term.place(w3, compiled.slotIndex.get(forum.slots.d2s1)!, roomB);
    expect(term.hard()).toBe(0);

    await editor.setInterpreterTeams({ fr: 2 });
    const roomy = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    const roomyReduced = holdSessions(roomy.problem, roomy.placements, new Set([forum.sessions.w3]));
    const roomyCompiled = compileProblem(roomyReduced.problem);
    const roomyTerm = roomyReduced.heldTerm(roomyCompiled);
    roomyTerm.place(roomyCompiled.sessionIndex.get(forum.sessions.w3)!, roomyCompiled.slotIndex.get(forum.slots.d1s2)!, roomyCompiled.roomIndex.get(forum.rooms.b)!);
    expect(roomyTerm.hard()).toBe(0);
  });

  // Needs the solver's HardConstraintCounter to count the kind (the solver side of issue 5): check after integration.
  it('AFTER SOLVER INTEGRATION: a re-solve moves one of two sessions sharing the only French team apart', async () => {
    await w3NeedsFrenchBesideW2();
    await editor.setInterpreterTeams({ fr: 1 });
    const { problem, placements } = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    const result = editorSolve(problem, placements, { stability: 1_000, timeLimitMs: 5_000, iterationLimit: 5_000, seed: 1, stopped: () => false });
    expect(result.hard.total).toBe(0);
    const slotOf = (id: string) => result.placements.find((placement) => placement.sessionId === id)?.slotId;
    expect(slotOf(forum.sessions.w2)).not.toBe(slotOf(forum.sessions.w3));
  });
});
