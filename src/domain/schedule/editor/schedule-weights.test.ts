import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../tests/support/test-app.js';
import { openFixtureEditor } from '../../../../tests/factories/schedule-editor.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { DomainError } from '../../errors.js';
import { defaultSoftWeights } from '../solver/soft-goals.js';
import { loadEditorProgram } from './editor-program.js';
import { editorSolve } from './editor-solve.js';
import type { FixtureForum } from './fixture-forum.js';
import { toForumProblem } from './forum-problem.js';
import type { ScheduleEditor } from './schedule-editor.js';

describe(`the organisers' soft weights, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let editor: ScheduleEditor;

  beforeEach(async () => {
    ({ harness, forum, editor } = await openFixtureEditor());
  });
  afterEach(() => harness.close());

  const chosen = { similarThemesInParallel: 3, audienceOverlap: 0, speakerPreferredTimes: 2.5, awakeVirtualSessions: 40, balancedSlots: 0.5 };

  it('are the solver’s defaults until organisers set them, then what they set', async () => {
    expect(await editor.weights()).toEqual(defaultSoftWeights);
    expect(await editor.setWeights(chosen)).toEqual(chosen);
    expect(await editor.weights()).toEqual(chosen);
  });

  it('refuses a negative or missing weight naming the field, and stores nothing', async () => {
    const refused = await editor.setWeights({ ...chosen, audienceOverlap: -1, balancedSlots: Number.NaN }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fields.map((field) => field.path).sort()).toEqual(['audienceOverlap', 'balancedSlots']);
    const { speakerPreferredTimes: _, ...missing } = chosen;
    expect(((await editor.setWeights(missing).catch((error: unknown) => error)) as DomainError).fields.map((field) => field.path)).toEqual(['speakerPreferredTimes']);
    expect(await harness.storage.db.selectFrom('schedule_weights').selectAll().execute()).toEqual([]);
  });

  it('the solver’s problem carries the forum’s zone, virtual platforms, and each person’s country zone', async () => {
    await harness.storage.db.updateTable('venue').set({ kind: 'virtual_platform' }).where('id', '=', forum.rooms.c).execute();
    await harness.storage.db.updateTable('person').set({ country: 'KR' }).where('id', '=', forum.people.ana).execute();
    await harness.storage.db.updateTable('person').set({ country: null }).where('id', '=', forum.people.iker).execute();
    const { problem } = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: true });
    expect(problem.timeZone).toBe('Europe/Madrid');
    expect(problem.rooms.filter((room) => room.virtual).map((room) => room.id)).toEqual([forum.rooms.c]);
    const zoneOf = (id: string) => problem.people.find((person) => person.id === id)?.timeZone;
    expect([zoneOf(forum.people.ana), zoneOf(forum.people.nadia), zoneOf(forum.people.iker)]).toEqual(['Asia/Seoul', 'Europe/Madrid', undefined]);
  });

  it('a solve weighs its soft goals with the weights it is given: online at night costs what organisers say', async () => {
    // Every room online, everyone in Lima: 07:30–11:00 UTC is 02:30–06:00 there, asleep whatever the slot.
    await harness.storage.db.updateTable('venue').set({ kind: 'virtual_platform' }).where('edition_id', '=', forum.edition.id).execute();
    await harness.storage.db.updateTable('person').set({ country: 'PE' }).execute();
    const { problem, placements } = toForumProblem(await loadEditorProgram(harness.context, forum.edition), { keepPins: false });
    const options = { stability: 0, timeLimitMs: 5_000, iterationLimit: 2_000, seed: 1, stopped: () => false };
    const only = (awakeVirtualSessions: number) => ({ similarThemesInParallel: 0, audienceOverlap: 0, speakerPreferredTimes: 0, awakeVirtualSessions, balancedSlots: 0 });
    expect(editorSolve(problem, placements, { ...options, weights: only(0) }).soft).toBe(0);
    const once = editorSolve(problem, placements, { ...options, weights: only(1) }).soft!;
    expect(once).toBeGreaterThan(0);
    expect(editorSolve(problem, placements, { ...options, weights: only(3) }).soft).toBeCloseTo(3 * once);
  });
});
