import { DateTime, IANAZone } from 'luxon';

/** Every time shown is computed here from one stored instant and a zone; none is ever typed twice. */
export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value.length < 64 && IANAZone.isValidZone(value);
}

export function inZone(instant: string, zone: string, locale: string): DateTime {
  return DateTime.fromISO(instant, { zone }).setLocale(locale);
}

/** `09:30–11:00` in the zone, in the reader's conventions. */
export function formatTimeRange(startsAt: string, endsAt: string, zone: string, locale: string): string {
  const start = inZone(startsAt, zone, locale);
  const end = inZone(endsAt, zone, locale);
  const time = (moment: DateTime) => moment.toLocaleString(DateTime.TIME_SIMPLE);
  return start.hasSame(end, 'day') ? `${time(start)}–${time(end)}` : `${time(start)}–${end.toLocaleString({ weekday: 'short', hour: 'numeric', minute: '2-digit' })}`;
}

/** `lundi 1 octobre 2018` */
export function formatDay(instant: string, zone: string, locale: string): string {
  return inZone(instant, zone, locale).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** The calendar date an instant falls on in a zone: a session after midnight belongs to the next day. */
export function localDate(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toISODate()!;
}

/** `Europe/Madrid (UTC+2)`, the offset of that moment, so summer time is right. */
export function zoneLabel(zone: string, instant: string): string {
  return `${zone} (${DateTime.fromISO(instant, { zone }).toFormat("'UTC'ZZ").replace(':00', '').replace('+0', '+').replace('-0', '-')})`;
}

/** Zones offered in the switcher: the forum's own, the reader's, and one per region of the world. */
export const commonTimeZones = [
  'UTC', 'America/Los_Angeles', 'America/Mexico_City', 'America/Bogota', 'America/New_York', 'America/Montreal', 'America/Argentina/Cordoba',
  'America/Sao_Paulo', 'Atlantic/Cape_Verde', 'Europe/London', 'Africa/Dakar', 'Africa/Abidjan', 'Europe/Madrid', 'Europe/Paris', 'Africa/Casablanca',
  'Africa/Tunis', 'Africa/Johannesburg', 'Africa/Nairobi', 'Asia/Kolkata', 'Asia/Manila', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Sydney',
];
