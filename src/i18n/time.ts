import { IANAZone } from 'luxon';

/** Every time shown is computed here from one stored instant and a zone; none is ever typed twice. */
export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value.length < 64 && IANAZone.isValidZone(value);
}

// Building an Intl.DateTimeFormat costs far more than using one: a 500-session page formats
// thousands of times, so formatters are kept per language, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

const timeOfDay: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** `09:30–11:00` in the zone, in the reader's conventions. */
export function formatTimeRange(startsAt: string, endsAt: string, zone: string, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = localDate(startsAt, zone) === localDate(endsAt, zone);
  const endText = sameDay ? formatter(locale, zone, timeOfDay).format(end) : formatter(locale, zone, { weekday: 'short', ...timeOfDay }).format(end);
  return `${formatter(locale, zone, timeOfDay).format(start)}–${endText}`;
}

/** `lundi 1 octobre 2018` */
export function formatDay(instant: string, zone: string, locale: string): string {
  return formatter(locale, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}

/** The calendar date an instant falls on in a zone: a session after midnight belongs to the next day. */
export function localDate(instant: string, zone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return formatter('en-CA', zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** `Europe/Madrid (UTC+2)`, the offset of that very moment, so summer time is right. */
export function zoneLabel(zone: string, instant: string): string {
  const offset = formatter('en-US', zone, { timeZoneName: 'shortOffset' }).formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return `${zone} (${offset === 'GMT' ? 'UTC+0' : offset.replace('GMT', 'UTC')})`;
}

/** Zones offered in the switcher: the forum's own, the reader's, and one per region of the world. */
export const commonTimeZones = [
  'UTC', 'America/Los_Angeles', 'America/Mexico_City', 'America/Bogota', 'America/New_York', 'America/Montreal', 'America/Argentina/Cordoba',
  'America/Sao_Paulo', 'Atlantic/Cape_Verde', 'Europe/London', 'Africa/Dakar', 'Africa/Abidjan', 'Europe/Madrid', 'Europe/Paris', 'Africa/Casablanca',
  'Africa/Tunis', 'Africa/Johannesburg', 'Africa/Nairobi', 'Asia/Kolkata', 'Asia/Manila', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Sydney',
];
