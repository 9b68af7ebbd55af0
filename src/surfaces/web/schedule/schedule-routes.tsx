import { readFileSync } from 'node:fs';
import type { Context, Hono } from 'hono';
import { DomainError } from '../../../domain/errors.js';
import { repairStability, ScheduleEditor, softGoals, type SolveRunView } from '../../../domain/schedule/editor/index.js';
import type { SoftGoal } from '../../../domain/schedule/solver/soft-goals.js';
import type { AppEnv } from '../../http/app-env.js';
import { frameOf } from '../frame.js';
import { teamFieldLabel, teamFieldPrefix, type InterpreterTeamsFormState } from './interpreter-teams-section.js';
import { parseScheduleFilters } from './schedule-filters.js';
import { SchedulePage } from './schedule-page.js';
import { editorScriptPath, schedulePath } from './schedule-paths.js';
import { SolveProgressPage } from './solve-progress-page.js';
import type { WeightsFormState } from './weights-section.js';

type Ctx = Context<AppEnv>;

const editorScript = readFileSync(new URL('../assets/schedule-editor.js', import.meta.url), 'utf8');
const solveSeconds = new Set([5, 30, 120]);
const simpleNotices = new Set(['moved', 'unassigned', 'pinned', 'unpinned', 'weights', 'interpreters']);

function editorOf(c: Ctx): Promise<ScheduleEditor> {
  return ScheduleEditor.open(c.get('app'), c.get('actor'), c.req.param('slug')!);
}

/** Signed-out visitors are sent to sign in and come back here. */
function signInRedirect(c: Ctx): Response | null {
  return c.get('actor').user ? null : c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

async function formOf(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The grid's address with the organiser's filters (as sent back by a form) and a notice. */
function backTo(slug: string, form: Record<string, string>, notice: Record<string, string>, anchor = ''): string {
  const query = new URLSearchParams();
  for (const name of ['theme', 'language', 'format']) if (/^[\w-]{1,40}$/.test(form[name] ?? '')) query.set(name, form[name]!);
  for (const [name, value] of Object.entries(notice)) query.set(name, value);
  return `${schedulePath(slug)}?${query.toString()}${anchor}`;
}

function solvedNotice(c: Ctx, run: SolveRunView): string | undefined {
  const t = c.get('t');
  if (run.error) return t.t('schedule.notice.solveFailed', { error: run.error });
  const { outcome } = run;
  if (!outcome) return undefined;
  if (outcome.applied) return t.t('schedule.notice.solved', { seconds: (outcome.elapsedMs / 1000).toFixed(1), count: outcome.moved, hard: outcome.hard });
  return outcome.notAppliedBecause === 'worse' ? t.t('schedule.notice.solvedWorse', { hard: outcome.before.hard }) : t.t('schedule.notice.solvedChanged');
}

async function noticeOf(c: Ctx, editor: ScheduleEditor): Promise<string | undefined> {
  const t = c.get('t');
  const notice = c.req.query('notice') ?? '';
  const number = (name: string) => Math.max(0, Number.parseInt(c.req.query(name) ?? '0', 10) || 0);
  if (simpleNotices.has(notice)) return t.t(`schedule.notice.${notice as 'moved'}`);
  if (notice === 'published') return t.t('schedule.notice.published', { number: number('number'), count: number('count'), mails: number('mails') });
  if (notice === 'solved' && c.req.query('run')) {
    const run = await editor.solveRun(c.req.query('run')!).catch(() => null);
    return run ? solvedNotice(c, run) : undefined;
  }
  return undefined;
}

/** What the organiser typed, when a form was refused: shown back as typed. */
interface TypedForms {
  weights?: WeightsFormState;
  interpreterTeams?: InterpreterTeamsFormState;
}

async function renderGrid(c: Ctx, editor: ScheduleEditor, extra: { error?: string; nameError?: string; typedName?: string; status?: 400 | 409 } = {}, typed: TypedForms = {}) {
  const [grid, changes, versions, weights, sharedAgendas, teams, teamLanguages] = await Promise.all([
    editor.grid(), editor.changesSincePublication(), editor.versions(), editor.weights(), editor.sharedAgendas(), editor.interpreterTeams(), editor.interpreterTeamLanguages(),
  ]);
  const filters = parseScheduleFilters((name) => c.req.query(name), grid);
  const weightsState = typed.weights ?? { values: Object.fromEntries(softGoals.map((goal) => [goal, String(weights[goal])])) as Record<SoftGoal, string>, invalid: [] };
  const teamsState = typed.interpreterTeams ?? {
    languages: teamLanguages, values: Object.fromEntries(Object.entries(teams).map(([language, count]) => [language, String(count)])), invalid: [],
  };
  const page = (
    <SchedulePage frame={frameOf(c)} grid={grid} changes={changes} versions={versions} filters={filters} notice={await noticeOf(c, editor)}
      weights={weightsState} interpreterTeams={teamsState} sharedAgendas={sharedAgendas} {...extra} />
  );
  return c.html(page, extra.status ?? 200);
}

/** The organisers' schedule editor pages: complete without JavaScript. */
export function registerSchedulePages(web: Hono<AppEnv>): void {
  web.get(editorScriptPath, (c) => c.body(editorScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));

  web.get('/editions/:slug/manage/schedule', async (c) => signInRedirect(c) ?? renderGrid(c, await editorOf(c)));

  web.post('/editions/:slug/manage/schedule/moves', async (c) => {
    const editor = await editorOf(c);
    const form = await formOf(c);
    const sessionId = form.sessionId ?? '';
    const to = form.slotId ? { slotId: form.slotId, roomId: form.roomId ?? '' } : null;
    await editor.move(sessionId, to);
    return c.redirect(backTo(c.req.param('slug'), form, { notice: to ? 'moved' : 'unassigned' }, `#session-${sessionId}`), 303);
  });

  web.post('/editions/:slug/manage/schedule/pins', async (c) => {
    const editor = await editorOf(c);
    const form = await formOf(c);
    const pinned = form.pinned === 'true';
    await (pinned ? editor.pin(form.sessionId ?? '') : editor.unpin(form.sessionId ?? ''));
    return c.redirect(backTo(c.req.param('slug'), form, { notice: pinned ? 'pinned' : 'unpinned' }, `#session-${form.sessionId ?? ''}`), 303);
  });

  web.post('/editions/:slug/manage/schedule/solve', async (c) => {
    const editor = await editorOf(c);
    const form = await formOf(c);
    const seconds = Number(form.seconds);
    const repair = form.mode !== 'fresh';
    try {
      const run = await editor.startSolve({ keepPins: repair, stability: repair ? repairStability : 0, timeLimitMs: (solveSeconds.has(seconds) ? seconds : 5) * 1000 });
      return c.redirect(schedulePath(c.req.param('slug'), `/solve/${run.id}`), 303);
    } catch (error) {
      const running = error instanceof DomainError && error.kind === 'conflict' ? await editor.latestSolveRun() : null;
      if (running?.status === 'running') return c.redirect(schedulePath(c.req.param('slug'), `/solve/${running.id}`), 303);
      throw error;
    }
  });

  web.get('/editions/:slug/manage/schedule/solve/:runId', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const run = await (await editorOf(c)).solveRun(c.req.param('runId'));
    if (run.status !== 'running') return c.redirect(backTo(c.req.param('slug'), {}, { notice: 'solved', run: run.id }), 303);
    return c.html(<SolveProgressPage frame={frameOf(c)} slug={c.req.param('slug')} run={run} />);
  });

  web.post('/editions/:slug/manage/schedule/solve/:runId/cancel', async (c) => {
    const run = await (await editorOf(c)).cancelSolve(c.req.param('runId'));
    return c.redirect(schedulePath(c.req.param('slug'), `/solve/${run.id}`), 303);
  });

  web.post('/editions/:slug/manage/schedule/weights', async (c) => {
    const editor = await editorOf(c);
    const form = await formOf(c);
    const typed = Object.fromEntries(softGoals.map((goal) => [goal, (form[goal] ?? '').trim()])) as Record<SoftGoal, string>;
    // An empty field is not 0: Number('') would quietly accept it.
    const numbers = Object.fromEntries(softGoals.map((goal) => [goal, typed[goal] === '' ? Number.NaN : Number(typed[goal])]));
    try {
      await editor.setWeights(numbers);
      return c.redirect(backTo(c.req.param('slug'), {}, { notice: 'weights' }, '#weights-title'), 303);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid') {
        const invalid = softGoals.filter((goal) => error.fields.some((field) => field.path === goal));
        const t = c.get('t');
        const named = invalid.map((goal) => t.t(`schedule.weights.${goal}.label`)).join(', ');
        return renderGrid(c, editor, { error: `${named}: ${t.t('schedule.weights.invalid')}`, status: 400 }, { weights: { values: typed, invalid } });
      }
      throw error;
    }
  });

  web.post('/editions/:slug/manage/schedule/interpreter-teams', async (c) => {
    const editor = await editorOf(c);
    const form = await formOf(c);
    const typed = Object.fromEntries(Object.entries(form).filter(([name]) => name.startsWith(teamFieldPrefix)).map(([name, value]) => [name.slice(teamFieldPrefix.length), value.trim()]));
    // Blank is unlimited; anything else must read as a number, so Number('') never turns blank into 0.
    const teams = Object.fromEntries(Object.entries(typed).map(([language, value]) => [language, value === '' ? null : Number(value)]));
    try {
      await editor.setInterpreterTeams(teams);
      return c.redirect(backTo(c.req.param('slug'), {}, { notice: 'interpreters' }, '#interpreter-teams-title'), 303);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid') {
        const t = c.get('t');
        const invalid = Object.keys(typed).filter((language) => error.fields.some((field) => field.path === language));
        const named = invalid.map((language) => teamFieldLabel(t, language)).join(', ');
        const shown = await editor.interpreterTeamLanguages();
        // A refused code gets a field too when it looks like one, so what was typed can be corrected.
        const languages = [...shown, ...Object.keys(typed).filter((language) => !shown.includes(language) && /^[a-z]{2,3}$/i.test(language))];
        return renderGrid(c, editor, { error: named ? `${named}: ${t.t('schedule.interpreters.invalid')}` : t.t('schedule.interpreters.invalid'), status: 400 }, { interpreterTeams: { languages, values: typed, invalid } });
      }
      throw error;
    }
  });

  web.post('/editions/:slug/manage/schedule/versions', async (c) => {
    const editor = await editorOf(c);
    const form = await formOf(c);
    try {
      const version = await editor.publish(form.name ?? '');
      return c.redirect(backTo(c.req.param('slug'), {}, { notice: 'published', number: String(version.number), count: String(version.changes.length), mails: String(version.mailsQueued) }), 303);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid') {
        return renderGrid(c, editor, { nameError: c.get('t').t('schedule.publish.nameMissing'), typedName: form.name ?? '', status: 400 });
      }
      throw error;
    }
  });
}
