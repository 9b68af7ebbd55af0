import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../tests/support/test-app.js';
import { openFixtureEditor } from '../../../../tests/factories/schedule-editor.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { translator } from '../../../i18n/index.js';
import { gridNames, infeasibleMessage } from './conflict-message.js';
import type { FixtureForum } from './fixture-forum.js';
import type { ScheduleEditor } from './schedule-editor.js';

describe(`why no schedule can exist, in the organiser's language, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let editor: ScheduleEditor;

  beforeEach(async () => {
    ({ harness, forum, editor } = await openFixtureEditor());
  });
  afterEach(() => harness.close());

  it('names the language, the sessions and the teams when no interpreter team is left for a language', async () => {
    // Workshop 2.1 is in Spanish with interpretation into French; the forum now has no French team.
    await editor.setInterpreterTeams({ fr: 0 });
    const grid = await editor.grid();
    expect(grid.infeasible.map((reason) => reason.kind)).toContain('not-enough-interpreter-teams');
    const said = (locale: 'en' | 'fr' | 'es') => grid.infeasible.filter((reason) => reason.kind === 'not-enough-interpreter-teams')
      .map((reason) => infeasibleMessage(translator(locale), gridNames(grid, locale), reason))[0]!;
    expect(said('en')).toMatch(/2\.1 “Workshop 2\.1” need interpretation into French, but there is no interpreter team/);
    expect(said('fr')).toMatch(/2\.1 « Workshop 2\.1 » demandent une interprétation vers : français, mais aucune équipe d’interprètes/);
    expect(said('es')).toMatch(/necesitan interpretación a: francés, pero ningún equipo de intérpretes/);
  });

  it('says every kind of proof in words, never an empty line', async () => {
    await editor.setInterpreterTeams({ fr: 0 });
    const grid = await editor.grid();
    for (const locale of ['en', 'fr', 'es'] as const) {
      for (const reason of grid.infeasible) expect(infeasibleMessage(translator(locale), gridNames(grid, locale), reason).length).toBeGreaterThan(20);
    }
  });
});
