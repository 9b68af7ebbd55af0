import type { PublicProgram } from '../../../domain/program/public-program.js';
import type { SessionView } from '../../../domain/program/index.js';
import { sessionFormats } from '../../../domain/program/tables.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { commonTimeZones, formatDay, localDate } from '../../../i18n/time.js';
import type { Translator } from '../../../i18n/index.js';
import { Layout, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';
import { filtersQuery, matchesFilters, type ProgramFilters } from './program-filters.js';
import { SessionTimes } from './session-times.js';

interface ProgramPageProps {
  frame: PageFrame;
  program: PublicProgram;
  filters: ProgramFilters;
  readerZone: string;
  /** The personal agenda shows the same list, narrowed in the browser to the starred sessions. */
  agenda?: boolean;
}

/** What the agenda script needs to know, in the page's language. */
export function agendaData(t: Translator, slug: string, agenda = false): Record<string, string> {
  return { edition: slug, 'star-label': t.t('agenda.star'), 'unstar-label': t.t('agenda.unstar'), ...(agenda ? { agenda: '' } : {}) };
}

const programScripts = ['/assets/agenda.js'];

function SessionLine(props: { t: Translator; program: PublicProgram; session: SessionView; readerZone: string }) {
  const { t, program, session } = props;
  const venue = program.venues.find((candidate) => candidate.id === session.venueId);
  const slot = session.startsAt ? undefined : program.slots.find((candidate) => candidate.id === session.slotId && !candidate.timesStated);
  return (
    <li class="card" data-session-id={session.id}>
      {slot?.label ? <p class="times"><Localized text={slot.label} t={t} /></p>
        : <SessionTimes t={t} startsAt={session.startsAt} endsAt={session.endsAt} eventZone={program.edition.timeZone} readerZone={props.readerZone} />}
      <h3>
        <a href={`/editions/${program.edition.slug}/sessions/${session.id}`}>
          {session.code ? `${session.code} · ` : ''}<Localized text={session.title} t={t} />
        </a>
      </h3>
      <p>
        <span class="badge">{t.t(`format.${session.format}`)}</span>
        {venue ? <> · <Localized text={venue.name} t={t} /></> : null}
        {' · '}{t.languageName(session.language)}
        {session.interpretationLanguages.length > 0 ? ` (${session.interpretationLanguages.map((language) => t.languageName(language)).join(', ')})` : ''}
      </p>
    </li>
  );
}

function Filters(props: ProgramPageProps & { days: string[] }) {
  const { t } = props.frame;
  const { filters, program } = props;
  return (
    <form method="get" class="filters" aria-label={t.t('program.filters')}>
      {filters.view === 'grid' ? <input type="hidden" name="view" value="grid" /> : null}
      <label for="day">{t.t('program.day')}</label>
      <select id="day" name="day">
        <option value="">{t.t('program.allDays')}</option>
        {props.days.map((day) => <option value={day} selected={filters.day === day}>{t.date(day)}</option>)}
      </select>
      <label for="format">{t.t('program.format')}</label>
      <select id="format" name="format">
        <option value="">{t.t('program.allFormats')}</option>
        {sessionFormats.map((format) => <option value={format} selected={filters.format === format}>{t.t(`format.${format}`)}</option>)}
      </select>
      <label for="theme">{t.t('program.theme')}</label>
      <select id="theme" name="theme">
        <option value="">{t.t('program.allThemes')}</option>
        {program.themes.map((theme) => <option value={theme.code} selected={filters.theme === theme.code}>{readLocalized(theme.name, t.locale).value}</option>)}
      </select>
      <fieldset>
        <legend>{t.t('program.understand')}</legend>
        {program.edition.languages.map((language) => (
          <label class="inline"><input type="checkbox" name="understand" value={language} checked={filters.understand.includes(language)} /> {t.languageName(language)}</label>
        ))}
      </fieldset>
      <button type="submit">{t.t('program.apply')}</button>
    </form>
  );
}

function ZoneForm(props: { frame: PageFrame; readerZone: string; eventZone: string }) {
  const { t, currentPath } = props.frame;
  const zones = [...new Set([props.eventZone, props.readerZone, ...commonTimeZones])];
  return (
    <form method="get" action="/time-zone" class="zone">
      <input type="hidden" name="next" value={currentPath} />
      <label for="tz">{t.t('program.timeZone')}</label>
      <select id="tz" name="tz">{zones.map((zone) => <option value={zone} selected={zone === props.readerZone}>{zone}</option>)}</select>
      <button type="submit">{t.t('program.change')}</button>
    </form>
  );
}

function ListView(props: ProgramPageProps & { sessions: SessionView[] }) {
  const { t } = props.frame;
  const byDay = new Map<string, SessionView[]>();
  for (const session of props.sessions) {
    // A session placed in a slot whose hours were never printed still belongs to the slot's day.
    const day = session.startsAt ? localDate(session.startsAt, props.readerZone) : (props.program.slots.find((slot) => slot.id === session.slotId)?.date ?? '');
    byDay.set(day, [...(byDay.get(day) ?? []), session]);
  }
  return (
    <>
      {[...byDay].map(([day, sessions]) => (
        <section aria-labelledby={`day-${day || 'unscheduled'}`}>
          <h2 id={`day-${day || 'unscheduled'}`}>{!day ? t.t('program.unscheduled') : sessions[0]!.startsAt ? formatDay(sessions[0]!.startsAt, props.readerZone, t.locale) : t.date(day)}</h2>
          <ul class="sessions">{sessions.map((session) => <SessionLine t={t} program={props.program} session={session} readerZone={props.readerZone} />)}</ul>
        </section>
      ))}
    </>
  );
}

function SessionLink(props: { session: SessionView; slug: string; t: Translator }) {
  const { session } = props;
  return <a href={`/editions/${props.slug}/sessions/${session.id}`}>{session.code ? `${session.code} · ` : ''}<Localized text={session.title} t={props.t} /></a>;
}

/** Days × slots × rooms, in the forum's own zone and days, as the printed program is laid out. */
function GridView(props: ProgramPageProps & { sessions: SessionView[] }) {
  const { t } = props.frame;
  const { program } = props;
  const zone = program.edition.timeZone;
  const rooms = program.venues.filter((venue) => props.sessions.some((session) => session.venueId === venue.id && session.slotId));
  const days = [...new Set(program.slots.map((slot) => slot.date))].filter((day) => !props.filters.day || day === props.filters.day);
  const unslotted = props.sessions.filter((session) => !session.slotId);
  // A printed program often places workshops in a slot without saying in which room.
  const roomless = props.sessions.filter((session) => session.slotId && !session.venueId);
  return (
    <>
      {days.map((day) => (
        <section aria-labelledby={`grid-${day}`}>
          <h2 id={`grid-${day}`}>{t.date(day)}</h2>
          <div class="scroll">
            <table>
              <thead><tr><th scope="col">{t.t('program.time')}</th>{rooms.map((room) => <th scope="col"><Localized text={room.name} t={t} /></th>)}{roomless.length > 0 ? <th scope="col">{t.t('program.roomToBeAnnounced')}</th> : null}</tr></thead>
              <tbody>
                {program.slots.filter((slot) => slot.date === day).map((slot) => (
                  <tr>
                    <th scope="row">{slot.timesStated || !slot.label
                      ? <SessionTimes t={t} startsAt={slot.startsAt} endsAt={slot.endsAt} eventZone={zone} readerZone={props.readerZone} />
                      : <Localized text={slot.label} t={t} />}</th>
                    {rooms.map((room) => {
                      const session = props.sessions.find((candidate) => candidate.slotId === slot.id && candidate.venueId === room.id);
                      return <td>{session ? <SessionLink session={session} slug={program.edition.slug} t={t} /> : null}</td>;
                    })}
                    {roomless.length > 0 ? (
                      <td><ul class="plain">{roomless.filter((session) => session.slotId === slot.id).map((session) => <li><SessionLink session={session} slug={program.edition.slug} t={t} /></li>)}</ul></td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {unslotted.length > 0 ? (
        <section aria-labelledby="other-sessions">
          <h2 id="other-sessions">{t.t('program.otherSessions')}</h2>
          <ul class="sessions">{unslotted.map((session) => <SessionLine t={t} program={program} session={session} readerZone={props.readerZone} />)}</ul>
        </section>
      ) : null}
    </>
  );
}

export function ProgramPage(props: ProgramPageProps) {
  const { t } = props.frame;
  const { program, filters } = props;
  const { edition } = program;
  const sessions = program.sessions.filter((session) => matchesFilters(session, filters, edition.timeZone));
  const days = [...new Set(program.slots.map((slot) => slot.date))];
  const base = `/editions/${edition.slug}`;
  if (props.agenda) return <AgendaPage {...props} />;
  return (
    <Layout frame={props.frame} title={`${t.t('program.title')} · ${readLocalized(edition.name, t.locale).value}`} readerZone={props.readerZone} scripts={programScripts} mainData={agendaData(t, edition.slug)}>
      <h1>{t.t('program.title')} · <Localized text={edition.name} t={t} /></h1>
      <p><a href={`${base}/agenda`}>{t.t('agenda.title')}</a></p>
      <ZoneForm frame={props.frame} readerZone={props.readerZone} eventZone={edition.timeZone} />
      <nav aria-label={t.t('program.title')} class="views">
        <a href={`${base}/program${filtersQuery(filters, { view: 'list' })}`} aria-current={filters.view === 'list' ? 'page' : undefined}>{t.t('program.list')}</a>
        {' · '}
        <a href={`${base}/program${filtersQuery(filters, { view: 'grid' })}`} aria-current={filters.view === 'grid' ? 'page' : undefined}>{t.t('program.grid')}</a>
      </nav>
      <Filters {...props} days={days} />
      <p role="status">{t.t('program.sessionCount', { count: sessions.length })}</p>
      {sessions.length === 0 ? <p>{t.t('program.empty')}</p> : filters.view === 'grid' ? <GridView {...props} sessions={sessions} /> : <ListView {...props} sessions={sessions} />}
      <section aria-labelledby="take-away">
        <h2 id="take-away">{t.t('program.exports')}</h2>
        <ul>
          <li><a href={`${base}/calendar.ics?lang=${t.locale}`}>{t.t('program.calendar')}</a></li>
          <li><a href={`${base}/schedule.json?lang=${t.locale}`}>{t.t('program.frabJson')}</a></li>
          <li><a href={`${base}/schedule.xml?lang=${t.locale}`}>{t.t('program.frabXml')}</a></li>
        </ul>
      </section>
    </Layout>
  );
}

function AgendaPage(props: ProgramPageProps) {
  const { t } = props.frame;
  const { edition } = props.program;
  const base = `/editions/${edition.slug}`;
  return (
    <Layout frame={props.frame} title={`${t.t('agenda.title')} · ${readLocalized(edition.name, t.locale).value}`} readerZone={props.readerZone} scripts={programScripts} mainData={agendaData(t, edition.slug, true)}>
      <h1>{t.t('agenda.title')} · <Localized text={edition.name} t={t} /></h1>
      <noscript><p>{t.t('agenda.noScript')}</p></noscript>
      <p id="agenda-empty">{t.t('agenda.empty')} <a href={`${base}/program`}>{t.t('program.title')}</a></p>
      <p><a id="agenda-export" data-base={`${base}/calendar.ics?lang=${t.locale}`} href={`${base}/calendar.ics?lang=${t.locale}&sessions=none`}>{t.t('agenda.export')}</a></p>
      {/* Shown by the agenda script: sharing sends the stars, which only the script knows. */}
      <p id="agenda-share-box" hidden data-shared={t.t('agenda.shared')} data-not-shared={t.t('agenda.notShared')} data-share-failed={t.t('agenda.shareFailed')}>
        <label><input type="checkbox" id="agenda-share" /> {t.t('agenda.share')}</label> <span id="agenda-share-status" role="status"></span>
      </p>
      <ListView {...props} sessions={props.program.sessions} />
    </Layout>
  );
}
