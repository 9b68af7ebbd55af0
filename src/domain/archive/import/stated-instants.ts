import { DateTime } from 'luxon';
import type { StatedDate, StatedTimeRange } from './imported-document.js';

export interface ResolvedDate {
  date: string;
  yearInferred: boolean;
}

/** The calendar date a document states, its missing year taken from the edition. */
export function resolveStatedDate(stated: StatedDate, editionYear: number | null): ResolvedDate | null {
  const year = stated.year ?? editionYear;
  if (year === null) return null;
  const date = DateTime.fromObject({ year, month: stated.month, day: stated.day });
  if (!date.isValid) return null;
  return { date: date.toISODate()!, yearInferred: stated.year === null };
}

function clock(value: string): { hour: number; minute: number } {
  const [hour, minute] = value.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/**
 * The instants a stated time range means on a date: a stated UTC offset wins, then a named zone,
 * then the edition's zone. An end before its start is taken to cross midnight.
 */
export function rangeInstants(date: string, range: StatedTimeRange, editionZone: string): { start: DateTime; end: DateTime } | null {
  const zone = range.utcOffsetMinutes !== null ? offsetZone(range.utcOffsetMinutes) : (range.zone ?? editionZone);
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return null;
  const start = day.set(clock(range.start));
  let end = day.set(clock(range.end));
  if (end <= start) end = end.plus({ days: 1 });
  return { start: start.toUTC(), end: end.toUTC() };
}

function offsetZone(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const absolute = Math.abs(minutes);
  return `UTC${sign}${Math.floor(absolute / 60)}${absolute % 60 ? `:${String(absolute % 60).padStart(2, '0')}` : ''}`;
}

export function minutesBetween(start: string, end: string): number {
  const a = clock(start);
  const b = clock(end);
  const minutes = b.hour * 60 + b.minute - (a.hour * 60 + a.minute);
  return minutes <= 0 ? minutes + 24 * 60 : minutes;
}
