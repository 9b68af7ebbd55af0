import { DateTime } from 'luxon';

/**
 * Windows in a zone, in the reader's language: `Tue 2 Oct 09:00–12:00, Wed 3 Oct 15:00–18:00`.
 * A window across midnight names its end's day too.
 *
 * @example
 *   describeWindows([{ startsAt: '2018-10-02T14:00:00.000Z', endsAt: '2018-10-02T17:00:00.000Z' }], 'America/Bogota', 'en');
 *   // 'Tue 2 Oct 09:00–12:00'
 */
export function describeWindows(windows: { startsAt: string; endsAt: string }[], zone: string, locale: string): string {
  return [...windows].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1)).map((window) => {
    const start = DateTime.fromISO(window.startsAt, { zone: 'utc' }).setZone(zone).setLocale(locale);
    const end = DateTime.fromISO(window.endsAt, { zone: 'utc' }).setZone(zone).setLocale(locale);
    const day = (at: DateTime) => at.toFormat('ccc d LLL');
    return `${day(start)} ${start.toFormat('HH:mm')}–${start.hasSame(end, 'day') ? '' : `${day(end)} `}${end.toFormat('HH:mm')}`;
  }).join(', ');
}
