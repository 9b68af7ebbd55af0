import { DateTime } from 'luxon';
import { invalid } from '../errors.js';

/**
 * The deadline as an instant: an input with an offset is taken as it is; a local time
 * (`2026-03-31T23:59`) is read in the edition's own zone, so organisers type what they announce.
 */
export function deadlineInstant(value: string, editionTimeZone: string): string {
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const parsed = hasOffset ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone: editionTimeZone });
  if (!parsed.isValid) throw invalid([{ path: 'deadline', message: `"${value}" is not a date and time (${parsed.invalidExplanation ?? parsed.invalidReason})` }]);
  return parsed.toUTC().toISO({ suppressMilliseconds: false })!;
}

/** The same instant as organisers typed it, for the form: `2026-03-31T23:59`. */
export function deadlineLocalInput(instant: string, editionTimeZone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(editionTimeZone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** "31 March 2026, 23:59 (Europe/Madrid)" in the reader's language and zone. */
export function describeDeadline(instant: string, locale: string, timeZone: string): string {
  const local = DateTime.fromISO(instant, { zone: 'utc' }).setZone(timeZone).setLocale(locale);
  return `${local.toLocaleString({ dateStyle: 'long', timeStyle: 'short' })} (${timeZone})`;
}
