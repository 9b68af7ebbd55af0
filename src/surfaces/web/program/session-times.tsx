import { formatDay, formatTimeRange, zoneLabel } from '../../../i18n/time.js';
import type { Translator } from '../../../i18n/index.js';

/**
 * A session's time in the reader's zone, and in the forum's zone when they differ,
 * both computed from the one stored instant.
 */
export function SessionTimes(props: { t: Translator; startsAt: string | null; endsAt: string | null; eventZone: string; readerZone: string; withDay?: boolean }) {
  const { t, startsAt, endsAt, eventZone, readerZone } = props;
  if (!startsAt || !endsAt) return <span>{t.t('program.unscheduled')}</span>;
  const reader = formatTimeRange(startsAt, endsAt, readerZone, t.locale);
  return (
    <span class="times">
      {props.withDay ? <>{formatDay(startsAt, readerZone, t.locale)}, </> : null}
      <time datetime={startsAt}>{reader}</time> <small>{zoneLabel(readerZone, startsAt)}</small>
      {readerZone !== eventZone ? (
        <>
          {' · '}
          <span class="event-time">{t.t('program.atVenue', { time: formatTimeRange(startsAt, endsAt, eventZone, t.locale), zone: zoneLabel(eventZone, startsAt) })}</span>
        </>
      ) : null}
    </span>
  );
}
