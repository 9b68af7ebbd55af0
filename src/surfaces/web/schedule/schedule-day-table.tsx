import { occupiedSlotIds, type GridNames, type GridSession, type ScheduleGrid } from '../../../domain/schedule/editor/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { formatDay, formatTimeRange } from '../../../i18n/time.js';
import type { PageFrame } from '../layout.js';
import { matchesFilters, type ScheduleFilters } from './schedule-filters.js';
import { SessionCard } from './session-card.js';

/** Which sessions start in, or run on into, each cell of the grid. */
export function cellIndex(grid: ScheduleGrid): { starting: Map<string, GridSession[]>; continuing: Map<string, GridSession[]> } {
  const starting = new Map<string, GridSession[]>();
  const continuing = new Map<string, GridSession[]>();
  const add = (map: Map<string, GridSession[]>, key: string, session: GridSession) => map.set(key, [...(map.get(key) ?? []), session]);
  for (const session of grid.sessions) {
    if (session.placement.state !== 'placed') continue;
    const { roomId } = session.placement;
    occupiedSlotIds(grid, session).forEach((slotId, k) => add(k === 0 ? starting : continuing, `${slotId}|${roomId}`, session));
  }
  return { starting, continuing };
}

/** One day of the grid: slots down, rooms across, every cell a place a session can be dropped on. */
export function ScheduleDayTable(props: {
  frame: PageFrame; grid: ScheduleGrid; names: GridNames; day: ScheduleGrid['days'][number]; cells: ReturnType<typeof cellIndex>; filters: ScheduleFilters;
}) {
  const { frame, grid, names, day, cells, filters } = props;
  const { t } = frame;
  const zone = grid.edition.timeZone;
  const dayName = formatDay(day.slots[0]!.startsAt, zone, t.locale);
  return (
    <section class="day">
      <h3>{dayName}</h3>
      <div class="scroll">
        <table class="schedule-grid">
          <caption class="visually-hidden">{t.t('schedule.grid.caption', { day: dayName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('schedule.grid.slot')}</th>
              {grid.rooms.map((room) => (
                <th scope="col" data-room-id={room.id}>
                  {readLocalized(room.name, t.locale).value}
                  <small>
                    {room.capacity ? `${t.t('schedule.room.capacity', { capacity: room.capacity })} · ` : ''}
                    {room.interpretationLanguages.length > 0
                      ? t.t('schedule.room.channels', { languages: room.interpretationLanguages.map((language) => t.languageName(language)).join(', ') })
                      : t.t('schedule.room.noChannels')}
                  </small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {day.slots.map((slot) => (
              <tr>
                <th scope="row">
                  {slot.label ? readLocalized(slot.label, t.locale).value : null}
                  <small><time datetime={slot.startsAt}>{formatTimeRange(slot.startsAt, slot.endsAt, zone, t.locale)}</time></small>
                </th>
                {grid.rooms.map((room) => {
                  const key = `${slot.id}|${room.id}`;
                  const here = cells.starting.get(key) ?? [];
                  const shown = here.filter((session) => matchesFilters(session, filters));
                  const hidden = here.length - shown.length;
                  const continued = cells.continuing.get(key) ?? [];
                  return (
                    <td data-slot-id={slot.id} data-room-id={room.id} data-label={`${slot.label ? readLocalized(slot.label, t.locale).value : formatTimeRange(slot.startsAt, slot.endsAt, zone, t.locale)}, ${readLocalized(room.name, t.locale).value}`}>
                      {shown.map((session) => <SessionCard frame={frame} grid={grid} names={names} session={session} filters={filters} />)}
                      {continued.map((session) => <p class="continued">↳ {names.session(session.id)} ({t.t('schedule.cell.continued')})</p>)}
                      {hidden > 0 ? <p class="hidden-count">{t.t('schedule.hidden', { count: hidden })}</p> : null}
                      {here.length === 0 && continued.length === 0 ? <p class="free">{t.t('schedule.cell.free')}</p> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
