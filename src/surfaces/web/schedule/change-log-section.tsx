import type { GridNames, PlacementWhere, ScheduleChange, ScheduleGrid } from '../../../domain/schedule/editor/index.js';
import { formatDay, formatTimeRange } from '../../../i18n/time.js';
import type { PageFrame } from '../layout.js';

function Where(props: { frame: PageFrame; grid: ScheduleGrid; names: GridNames; where: PlacementWhere | null }) {
  const { frame, grid, names, where } = props;
  const { t } = frame;
  if (!where) return <>{t.t('schedule.changes.nowhere')}</>;
  const zone = grid.edition.timeZone;
  const time = where.endsAt ? formatTimeRange(where.startsAt, where.endsAt, zone, t.locale) : '';
  return <>{formatDay(where.startsAt, zone, t.locale)}, {time}{where.roomId ? `, ${names.room(where.roomId)}` : ''}</>;
}

/** What the next publication will change in the public program, session by session. */
export function ChangeLogSection(props: { frame: PageFrame; grid: ScheduleGrid; names: GridNames; changes: ScheduleChange[] }) {
  const { frame, grid, names, changes } = props;
  const { t } = frame;
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t.t('schedule.changes.title')}</h2>
      {changes.length === 0 ? <p>{t.t('schedule.changes.none')}</p> : (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.t('schedule.changes.session')}</th>
                <th scope="col">{t.t('schedule.changes.what')}</th>
                <th scope="col">{t.t('schedule.changes.before')}</th>
                <th scope="col">{t.t('schedule.changes.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr>
                  <td><a href={`#session-${change.sessionId}`}>{names.session(change.sessionId)}</a></td>
                  <td>{t.t(`schedule.changes.kind.${change.kind}`)}</td>
                  <td><Where frame={frame} grid={grid} names={names} where={change.from} /></td>
                  <td><Where frame={frame} grid={grid} names={names} where={change.to} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
