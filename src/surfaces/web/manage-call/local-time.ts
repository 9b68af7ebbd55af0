import { DateTime } from 'luxon';

/**
 * An instant as a `datetime-local` input shows it, in the forum's zone.
 *
 * @example localInputOf('2026-04-15T16:00:00.000Z', 'Europe/Madrid') // '2026-04-15T18:00'
 */
export function localInputOf(instant: string, timeZone: string): string {
  const parsed = DateTime.fromISO(instant, { zone: 'utc' });
  return parsed.isValid ? parsed.setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm") : instant;
}

/**
 * What an organiser typed in a `datetime-local` input, read in the forum's zone, as a UTC instant;
 * text that is no date is returned as typed, so the service names the field.
 *
 * @example instantOfLocal('2026-04-15T18:00', 'Europe/Madrid') // '2026-04-15T16:00:00.000Z'
 */
export function instantOfLocal(value: string, timeZone: string): string {
  const trimmed = value.trim();
  const parsed = DateTime.fromISO(trimmed, { zone: timeZone });
  return trimmed !== '' && parsed.isValid ? parsed.toUTC().toISO()! : trimmed;
}
