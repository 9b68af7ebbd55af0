import { DateTime } from 'luxon';
import { z } from 'zod';
import { invalid, type FieldProblem } from '../../errors.js';
import { parseInput, timeZoneSchema } from '../../validation.js';
import { availabilityKinds, type AvailabilityKind } from './tables.js';

/** More than this many windows is a mistake, not a calendar. */
export const maxWindows = 50;
/** A window may reach this far beyond the forum's dates: its first morning in Bogotá is still the day before in Manila. */
const marginDays = 1;

/** A clock time typed by the person in their own zone, as `<input type="datetime-local">` sends it. */
const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date and time such as "2018-10-01T09:00"');

export const windowInputSchema = z.strictObject({
  kind: z.enum(availabilityKinds),
  /** Local date and time in the person's zone. */
  startsAt: localDateTimeSchema,
  endsAt: localDateTimeSchema,
  note: z.string().trim().max(200, 'at most 200 characters').nullish(),
});

/** The whole set, replacing what was stored; windows are typed in `timeZone`. */
export const availabilityInputSchema = z.strictObject({
  timeZone: timeZoneSchema,
  windows: z.array(windowInputSchema).max(maxWindows, `at most ${maxWindows} windows`),
});
export type AvailabilityInput = z.input<typeof availabilityInputSchema>;

/** A window as stored: UTC instants. */
export interface AvailabilityWindow {
  kind: AvailabilityKind;
  startsAt: string;
  endsAt: string;
  note: string | null;
}

export interface ValidAvailability {
  timeZone: string;
  windows: AvailabilityWindow[];
}

/**
 * Reads what a person typed into UTC windows, or throws `invalid` naming each bad field
 * (`windows.2.endsAt`): an unknown zone, a time that does not exist there (the hour skipped when
 * clocks go forward), an end not after its start, a window outside the forum's dates (± one day),
 * or two windows of the same kind that overlap. Overlaps are refused rather than merged: the person
 * sees the mistake instead of a set quietly different from what they typed.
 *
 * @example
 *   readAvailability({ timeZone: 'America/Bogota', windows: [{ kind: 'available', startsAt: '2018-10-01T08:00', endsAt: '2018-10-01T11:00' }] }, edition);
 *   // { timeZone: 'America/Bogota', windows: [{ kind: 'available', startsAt: '2018-10-01T13:00:00.000Z', endsAt: '2018-10-01T16:00:00.000Z', note: null }] }
 */
export function readAvailability(value: unknown, edition: { starts_on: string; ends_on: string; time_zone: string }): ValidAvailability {
  const input = parseInput(availabilityInputSchema, value);
  const zone = input.timeZone;
  const earliest = DateTime.fromISO(edition.starts_on, { zone: edition.time_zone }).minus({ days: marginDays }).toMillis();
  const latest = DateTime.fromISO(edition.ends_on, { zone: edition.time_zone }).plus({ days: 1 + marginDays }).toMillis();
  const problems: FieldProblem[] = [];
  const windows: (AvailabilityWindow & { start: number; end: number; index: number })[] = [];
  input.windows.forEach((window, index) => {
    const at = (field: 'startsAt' | 'endsAt') => {
      const local = DateTime.fromISO(window[field], { zone });
      if (!local.isValid || local.toFormat("yyyy-MM-dd'T'HH:mm") !== window[field]) {
        problems.push({ path: `windows.${index}.${field}`, message: `this time does not exist in ${zone}` });
        return null;
      }
      return local.toMillis();
    };
    const start = at('startsAt');
    const end = at('endsAt');
    if (start === null || end === null) return;
    if (end <= start) { problems.push({ path: `windows.${index}.endsAt`, message: 'must be after the start' }); return; }
    if (start < earliest || end > latest) {
      problems.push({ path: `windows.${index}.${start < earliest || start >= latest ? 'startsAt' : 'endsAt'}`, message: `must fall within the forum's dates (${edition.starts_on} to ${edition.ends_on}, one day either side)` });
      return;
    }
    windows.push({ kind: window.kind, startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString(), note: window.note || null, start, end, index });
  });
  for (const kind of availabilityKinds) {
    const ofKind = windows.filter((window) => window.kind === kind).sort((a, b) => a.start - b.start);
    for (let k = 1; k < ofKind.length; k++) {
      if (ofKind[k]!.start < ofKind[k - 1]!.end) problems.push({ path: `windows.${ofKind[k]!.index}.startsAt`, message: `overlaps window ${ofKind[k - 1]!.index + 1}; join them into one` });
    }
  }
  if (problems.length > 0) throw invalid(problems);
  return { timeZone: zone, windows: windows.map(({ kind, startsAt, endsAt, note }) => ({ kind, startsAt, endsAt, note })) };
}

/** A stored instant as the person types it in their zone: `2018-10-01T08:00`. */
export function toLocalInput(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}
