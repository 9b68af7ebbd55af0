import { sessionFormats } from '../../../domain/program/tables.js';
import { gridNames, infeasibleMessage, type ScheduleGrid } from '../../../domain/schedule/editor/index.js';
import { hardKinds } from '../../../domain/schedule/solver/hard-constraints.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { CsrfField, type PageFrame } from '../layout.js';
import type { ScheduleFilters } from './schedule-filters.js';
import { schedulePath } from './schedule-paths.js';

/** How many sessions stand where, and the conflicts by kind, counted by the solver's own rules. */
export function ScheduleSummary(props: { frame: PageFrame; grid: ScheduleGrid }) {
  const { t } = props.frame;
  const { grid } = props;
  const count = (state: string) => grid.sessions.filter((session) => session.placement.state === state).length;
  return (
    <>
      <p>{t.t('schedule.summary', { total: grid.sessions.length, placed: count('placed'), unassigned: count('unassigned') })}</p>
      {grid.conflicts.total === 0 ? <p class="notice">{t.t('schedule.conflicts.none')}</p> : (
        <p class="conflict-summary" id="conflict-summary">
          {t.t('schedule.conflicts.count', { count: grid.conflicts.total })}{' '}
          {hardKinds.filter((kind) => grid.conflicts.byKind[kind] > 0).map((kind) => `${grid.conflicts.byKind[kind]} × ${t.t(`schedule.conflicts.kind.${kind}`)}`).join(', ')}
        </p>
      )}
      <InfeasibleNote frame={props.frame} grid={grid} />
    </>
  );
}

/** Why no schedule can meet every rule: people and their windows in their zones, rooms, pins, plenaries, interpreter teams. */
function InfeasibleNote(props: { frame: PageFrame; grid: ScheduleGrid }) {
  const { t } = props.frame;
  const names = gridNames(props.grid, t.locale);
  const messages = props.grid.infeasible.map((reason) => infeasibleMessage(t, names, reason));
  if (messages.length === 0) return null;
  return (
    <div class="conflict" role="note" id="infeasible">
      <p><strong>{t.t('schedule.infeasible.title')}</strong></p>
      <ul>{messages.map((message) => <li>{message}</li>)}</ul>
    </div>
  );
}

/** Filters by theme, language and format: a plain GET form. */
export function ScheduleFilterForm(props: { frame: PageFrame; grid: ScheduleGrid; filters: ScheduleFilters }) {
  const { t } = props.frame;
  const { grid, filters } = props;
  const languages = [...new Set(grid.sessions.map((session) => session.language))].sort();
  const formats = sessionFormats.filter((format) => grid.sessions.some((session) => session.format === format));
  return (
    <form method="get" action={schedulePath(grid.edition.slug)} class="filters" aria-label={t.t('schedule.filters')}>
      <label>{t.t('program.theme')}
        <select name="theme">
          <option value="">{t.t('program.allThemes')}</option>
          {grid.themes.map((theme) => <option value={theme.id} selected={filters.theme === theme.id}>{readLocalized(theme.name, t.locale).value}</option>)}
        </select>
      </label>
      <label>{t.t('schedule.language')}
        <select name="language">
          <option value="">{t.t('schedule.allLanguages')}</option>
          {languages.map((language) => <option value={language} selected={filters.language === language}>{t.languageName(language)}</option>)}
        </select>
      </label>
      <label>{t.t('program.format')}
        <select name="format">
          <option value="">{t.t('program.allFormats')}</option>
          {formats.map((format) => <option value={format} selected={filters.format === format}>{t.t(`format.${format}`)}</option>)}
        </select>
      </label>
      <button type="submit">{t.t('program.apply')}</button>
    </form>
  );
}

const timeLimits = [5, 30, 120];

/** "Solve" afresh, or "re-solve keeping pins" moving as few sessions as possible. */
export function SolveForms(props: { frame: PageFrame; grid: ScheduleGrid }) {
  const { frame, grid } = props;
  const { t } = frame;
  const form = (mode: 'fresh' | 'repair', label: string, hint: string) => (
    <form method="post" action={schedulePath(grid.edition.slug, '/solve')}>
      <CsrfField token={frame.csrfToken} />
      <input type="hidden" name="mode" value={mode} />
      <label>{t.t('schedule.solve.timeLimit')}
        <select name="seconds">{timeLimits.map((seconds) => <option value={String(seconds)}>{`${seconds} s`}</option>)}</select>
      </label>
      <div>
        <button type="submit">{label}</button>
        <p class="hint">{hint}</p>
      </div>
    </form>
  );
  return (
    <section aria-labelledby="solve-title">
      <h2 id="solve-title">{t.t('schedule.solve.title')}</h2>
      <div class="actions-row">
        {form('repair', t.t('schedule.solve.repair'), t.t('schedule.solve.repairHint'))}
        {form('fresh', t.t('schedule.solve.fresh'), t.t('schedule.solve.freshHint'))}
      </div>
    </section>
  );
}
