import { conflictMessage, type GridNames, type GridSession, type ScheduleGrid } from '../../../domain/schedule/editor/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { formatDay, formatTimeRange } from '../../../i18n/time.js';
import { CsrfField, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';
import { personAvailabilityPath } from '../availability/availability-paths.js';
import type { ScheduleFilters } from './schedule-filters.js';
import { schedulePath } from './schedule-paths.js';

/** Hidden fields that bring the organiser back to the same filtered view. */
function FilterFields(props: { filters: ScheduleFilters }) {
  return <>{Object.entries(props.filters).filter(([, value]) => value !== '').map(([name, value]) => <input type="hidden" name={name} value={value} />)}</>;
}

/** A slot's name for a reader: its label, or its time in the forum's zone. */
export function slotName(frame: PageFrame, grid: ScheduleGrid, slot: ScheduleGrid['days'][number]['slots'][number]): string {
  const time = formatTimeRange(slot.startsAt, slot.endsAt, grid.edition.timeZone, frame.t.locale);
  return slot.label ? `${readLocalized(slot.label, frame.t.locale).value} · ${time}` : time;
}

/** The form that moves a session: a slot (or out of the grid) and a room. It works without scripts; the editor's script posts it too. */
function MoveForm(props: { frame: PageFrame; grid: ScheduleGrid; session: GridSession; filters: ScheduleFilters }) {
  const { frame, grid, session } = props;
  const { t } = frame;
  const at = session.placement.state === 'placed' ? session.placement : null;
  return (
    <details>
      <summary>{t.t('schedule.session.moveTo')}</summary>
      <form method="post" action={schedulePath(grid.edition.slug, '/moves')} class="move" data-move-form="">
        <CsrfField token={frame.csrfToken} />
        <input type="hidden" name="sessionId" value={session.id} />
        <FilterFields filters={props.filters} />
        <label>
          {t.t('schedule.session.slot')}
          <select name="slotId">
            <option value="" selected={!at}>{t.t('schedule.session.outOfGrid')}</option>
            {grid.days.map((day) => (
              <optgroup label={formatDay(day.slots[0]!.startsAt, grid.edition.timeZone, t.locale)}>
                {day.slots.map((slot) => <option value={slot.id} selected={at?.slotId === slot.id}>{slotName(frame, grid, slot)}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t.t('schedule.session.room')}
          <select name="roomId">
            {grid.rooms.map((room) => <option value={room.id} selected={at?.roomId === room.id}>{readLocalized(room.name, t.locale).value}</option>)}
          </select>
        </label>
        <button type="submit">{t.t('schedule.session.move')}</button>
      </form>
    </details>
  );
}

function PinForm(props: { frame: PageFrame; grid: ScheduleGrid; session: GridSession; filters: ScheduleFilters }) {
  const { frame, grid, session } = props;
  return (
    <form method="post" action={schedulePath(grid.edition.slug, '/pins')} class="pin">
      <CsrfField token={frame.csrfToken} />
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="pinned" value={session.pinned ? 'false' : 'true'} />
      <FilterFields filters={props.filters} />
      <button type="submit" class="secondary">{frame.t.t(session.pinned ? 'schedule.session.unpin' : 'schedule.session.pin')}</button>
    </form>
  );
}

/**
 * One session as organisers handle it: what it is, who is in it, what is wrong where it stands, and
 * the forms to move and pin it. Focusable, so the script can pick it up from the keyboard.
 */
export function SessionCard(props: { frame: PageFrame; grid: ScheduleGrid; names: GridNames; session: GridSession; filters: ScheduleFilters; showTime?: boolean }) {
  const { frame, grid, names, session } = props;
  const { t } = frame;
  const label = names.session(session.id);
  const interpreted = session.interpretationLanguages.filter((language) => language !== session.language);
  return (
    <article
      id={`session-${session.id}`} class={`session${session.conflicts.length > 0 ? ' has-conflict' : ''}`} tabindex={0} draggable="true"
      data-session-id={session.id} data-label={label} aria-describedby="schedule-keyboard-help"
    >
      <p>{session.code ? <strong>{session.code} </strong> : null}<Localized text={session.title} t={t} /></p>
      <p>
        <span class="badge">{t.t(`format.${session.format}`)}</span>{' '}
        <span class="badge">{t.t('schedule.session.language', { language: t.languageName(session.language) })}{interpreted.length > 0 ? `, ${t.t('schedule.session.interpretation', { languages: interpreted.map((language) => t.languageName(language)).join(', ') })}` : ''}</span>{' '}
        {session.capacity ? <><span class="badge">{t.t('schedule.session.seats', { count: session.capacity })}</span>{' '}</> : null}
        {session.status === 'draft' ? <><span class="badge draft">{t.t('schedule.session.draft')}</span>{' '}</> : null}
        {session.pinned ? <><span class="badge pinned">{t.t('schedule.session.pinned')}</span>{' '}</> : null}
        {session.changed ? <span class="badge changed">{t.t('schedule.session.changed')}</span> : null}
      </p>
      {props.showTime && session.times ? (
        <p>{formatDay(session.times.startsAt, grid.edition.timeZone, t.locale)}, {session.times.endsAt ? formatTimeRange(session.times.startsAt, session.times.endsAt, grid.edition.timeZone, t.locale) : null}</p>
      ) : null}
      {session.people.length > 0 ? (
        <p>{[...new Map(session.people.map((person) => [person.personId, person.name])).entries()].map(([personId, name], k) => (
          <>{k > 0 ? ', ' : ''}<a href={personAvailabilityPath(grid.edition.slug, personId)} title={t.t('availability.link', { person: name })}>{name}</a></>
        ))}</p>
      ) : null}
      {session.conflicts.length > 0 ? (
        <div class="conflict" role="note" aria-label={`${t.t('schedule.conflict.label')}: ${label}`}>
          <strong>⚠ {t.t('schedule.conflict.label')}</strong>
          <ul>{session.conflicts.map((conflict) => <li>{conflictMessage(t, names, conflict)}</li>)}</ul>
        </div>
      ) : null}
      <MoveForm frame={frame} grid={grid} session={session} filters={props.filters} />
      {session.placement.state === 'placed' ? <PinForm frame={frame} grid={grid} session={session} filters={props.filters} /> : null}
    </article>
  );
}
