import { gridNames, type ScheduleChange, type ScheduleGrid, type ScheduleVersionView } from '../../../domain/schedule/editor/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { Layout, type PageFrame } from '../layout.js';
import { ChangeLogSection } from './change-log-section.js';
import { InterpreterTeamsSection, type InterpreterTeamsFormState } from './interpreter-teams-section.js';
import { PublishSection } from './publish-section.js';
import { cellIndex, ScheduleDayTable } from './schedule-day-table.js';
import { matchesFilters, type ScheduleFilters } from './schedule-filters.js';
import { editorScriptPath } from './schedule-paths.js';
import { scheduleStyles } from './schedule-styles.js';
import { ScheduleFilterForm, ScheduleSummary, SolveForms } from './schedule-toolbar.js';
import { SessionCard } from './session-card.js';
import { WeightsSection, type WeightsFormState } from './weights-section.js';

export interface SchedulePageProps {
  frame: PageFrame;
  grid: ScheduleGrid;
  changes: ScheduleChange[];
  versions: ScheduleVersionView[];
  filters: ScheduleFilters;
  notice?: string | undefined;
  error?: string | undefined;
  nameError?: string | undefined;
  typedName?: string | undefined;
  weights: WeightsFormState;
  interpreterTeams: InterpreterTeamsFormState;
  /** Readers who share their agendas anonymously. */
  sharedAgendas: number;
}

/**
 * The organisers' schedule: the grid of days × slots × rooms, the sessions waiting for a place, the
 * change log and publication. Every action is a form; the editor's script adds drag and drop and
 * keyboard moves that post the same forms.
 */
export function SchedulePage(props: SchedulePageProps) {
  const { frame, grid, filters } = props;
  const { t } = frame;
  const names = gridNames(grid, t.locale);
  const cells = cellIndex(grid);
  const forumName = readLocalized(grid.edition.name, t.locale).value;
  const unassigned = grid.sessions.filter((session) => session.placement.state === 'unassigned');
  const outside = grid.sessions.filter((session) => session.placement.state === 'outside');
  const card = (session: ScheduleGrid['sessions'][number], showTime = false) => <SessionCard frame={frame} grid={grid} names={names} session={session} filters={filters} showTime={showTime} />;
  const live = {
    'live-picked-up': t.t('schedule.live.pickedUp', { session: '{session}' }),
    'live-dropped': t.t('schedule.live.dropped', { session: '{session}', place: '{place}' }),
    'live-cancelled': t.t('schedule.live.cancelled'),
    'live-unassigned': t.t('schedule.live.unassignedZone'),
  };
  return (
    <Layout frame={frame} title={`${t.t('schedule.title')} · ${forumName}`} head={<style>{scheduleStyles}</style>} scripts={[editorScriptPath]} mainData={{ 'schedule-editor': grid.edition.slug, ...live }}>
      <nav aria-label={t.t('schedule.nav.label')}>
        <ul>
          <li><a href={`/editions/${grid.edition.slug}`}>{t.t('schedule.nav.forum')}</a></li>
          <li><a href={`/editions/${grid.edition.slug}/program`}>{t.t('schedule.nav.program')}</a></li>
        </ul>
      </nav>
      <h1>{t.t('schedule.title')} <small>· {forumName}</small></h1>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      {props.error ? <p class="error" role="alert">{props.error}</p> : null}
      <p>{t.t('schedule.intro')}</p>
      <ScheduleSummary frame={frame} grid={grid} />
      <ScheduleFilterForm frame={frame} grid={grid} filters={filters} />
      <SolveForms frame={frame} grid={grid} />
      <p id="schedule-keyboard-help" class="visually-hidden">{t.t('schedule.session.keyboard')}</p>
      <p id="schedule-live" class="visually-hidden" aria-live="assertive"></p>
      <div class="schedule-layout">
        <div>
          <h2>{t.t('schedule.nav.label')}</h2>
          {grid.days.map((day) => <ScheduleDayTable frame={frame} grid={grid} names={names} day={day} cells={cells} filters={filters} />)}
        </div>
        <aside class="side">
          <section data-drop-zone="unassigned" data-label={t.t('schedule.live.unassignedZone')} aria-labelledby="unassigned-title">
            <h2 id="unassigned-title">{t.t('schedule.unassigned.title')} ({unassigned.length})</h2>
            {unassigned.length === 0 ? <p>{t.t('schedule.unassigned.none')}</p> : unassigned.filter((session) => matchesFilters(session, filters)).map((session) => card(session))}
          </section>
          {outside.length > 0 ? (
            <section aria-labelledby="outside-title">
              <h2 id="outside-title">{t.t('schedule.outside.title')}</h2>
              <p class="hint">{t.t('schedule.outside.intro')}</p>
              {outside.filter((session) => matchesFilters(session, filters)).map((session) => card(session, true))}
            </section>
          ) : null}
        </aside>
      </div>
      <ChangeLogSection frame={frame} grid={grid} names={names} changes={props.changes} />
      <WeightsSection frame={frame} slug={grid.edition.slug} state={props.weights} sharedAgendas={props.sharedAgendas} />
      <InterpreterTeamsSection frame={frame} slug={grid.edition.slug} state={props.interpreterTeams} />
      <PublishSection frame={frame} grid={grid} versions={props.versions} nameError={props.nameError} typedName={props.typedName} />
    </Layout>
  );
}
