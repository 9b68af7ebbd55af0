import { IANAZone } from 'luxon';
import type { SourceRef, StatedDate, StatedTimeRange } from '../imported-document.js';
import { monthNumber } from './labels.js';

const monthWord = String.raw`(\p{L}{3,}\.?)`;
const dayNumber = String.raw`(\d{1,2})(?:er|ère|re|º|°|st|nd|rd|th)?`;

/**
 * A date as printed, in fr/es/en: "le 4 octobre" (no year), "20 octobre 2020", "4 de octubre de 2021",
 * "October 4, 2021", "01/06/2021" (day first, as in every forum document we have), "2021-06-01".
 */
export function parseStatedDate(raw: string, source: SourceRef): StatedDate | null {
  const text = raw.trim();
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return validDate(iso[0], Number(iso[1]), Number(iso[2]), Number(iso[3]), source);
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/.exec(text);
  if (numeric) {
    const year = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    return validDate(numeric[0], year, Number(numeric[2]), Number(numeric[1]), source);
  }
  const dayFirst = new RegExp(String.raw`(?<![\d])${dayNumber}\s+(?:de\s+)?${monthWord}(?:\s+(?:de(?:l)?\s+)?(\d{4}))?`, 'iu').exec(text);
  if (dayFirst && monthNumber(dayFirst[2]!)) {
    return validDate(dayFirst[0], dayFirst[3] ? Number(dayFirst[3]) : null, monthNumber(dayFirst[2]!)!, Number(dayFirst[1]), source);
  }
  const monthFirst = new RegExp(String.raw`${monthWord}\s+${dayNumber}(?:,?\s+(\d{4}))?`, 'iu').exec(text);
  if (monthFirst && monthNumber(monthFirst[1]!)) {
    return validDate(monthFirst[0], monthFirst[3] ? Number(monthFirst[3]) : null, monthNumber(monthFirst[1]!)!, Number(monthFirst[2]), source);
  }
  return null;
}

export interface StatedDateRange {
  start: StatedDate;
  end: StatedDate;
}

/**
 * "1-3 octobre 2018", "26 Mai > 1 Juin", "del 1 al 3 de octubre de 2018", "October 1-3, 2018",
 * "26 May – 1 June 2021". A year printed once at the end applies to both ends.
 */
export function parseStatedDateRange(raw: string, source: SourceRef): StatedDateRange | null {
  const text = raw.trim();
  const sameMonth = new RegExp(
    String.raw`(?:del?\s+|du\s+|from\s+)?${dayNumber}\s*(?:-|–|—|>|au|al|à|a|to|y)\s*${dayNumber}\s+(?:de\s+)?${monthWord}(?:\s+(?:de\s+)?(\d{4}))?`,
    'iu',
  ).exec(text);
  if (sameMonth && monthNumber(sameMonth[3]!)) {
    const month = monthNumber(sameMonth[3]!)!;
    const year = sameMonth[4] ? Number(sameMonth[4]) : null;
    const start = validDate(sameMonth[0], year, month, Number(sameMonth[1]), source);
    const end = validDate(sameMonth[0], year, month, Number(sameMonth[2]), source);
    return start && end ? { start, end } : null;
  }
  const monthFirst = new RegExp(String.raw`${monthWord}\s+${dayNumber}\s*(?:-|–|—)\s*${dayNumber},?\s+(\d{4})`, 'iu').exec(text);
  if (monthFirst && monthNumber(monthFirst[1]!)) {
    const month = monthNumber(monthFirst[1]!)!;
    const year = Number(monthFirst[4]);
    const start = validDate(monthFirst[0], year, month, Number(monthFirst[2]), source);
    const end = validDate(monthFirst[0], year, month, Number(monthFirst[3]), source);
    return start && end ? { start, end } : null;
  }
  const parts = text.split(/\s*(?:>|–|—|\s-\s|\bau\b|\bal\b|\bto\b|\bhasta\b)\s*/u);
  if (parts.length === 2) {
    const start = parseStatedDate(parts[0]!, source);
    const end = parseStatedDate(parts[1]!, source);
    if (start && end) {
      const year = end.year ?? start.year;
      return {
        start: { ...start, raw: text, year: start.year ?? year },
        end: { ...end, raw: text, year: end.year ?? year },
      };
    }
  }
  return null;
}

function validDate(raw: string, year: number | null, month: number, day: number, source: SourceRef): StatedDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const daysInMonth = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { raw: raw.trim(), year, month, day, source };
}

const clock = String.raw`(\d{1,2})(?:\s*(?:h|H|:|\.)\s*(\d{2})|\s*h(?![a-z]))?\s*(a\.?m\.?(?![a-z])|p\.?m\.?(?![a-z]))?`;
const rangeSeparator = String.raw`\s*(?:-|–|—|à|a|au|to|until|till|hasta|>)\s*`;
const zoneSuffix = String.raw`(?:\s*\(?\s*(?:(UTC|GMT|TU|UT)\s*(?:([+\-−])\s*(\d{1,2})(?:[:h.]?(\d{2}))?)?|([A-Z][A-Za-z_]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?))\s*\)?)?`;
const timeRange = new RegExp(String.raw`(?:\b(?:de|from|desde)\s+)?${clock}${rangeSeparator}${clock}${zoneSuffix}`, 'giu');

/**
 * Every time range in a text, each with the zone printed after it: "de 11h00 à 12h30 UTC",
 * "11:05 - 13:45 (UTC-3) / 16:15 - 18.55 (UTC+2)", "9:00-10:30 America/Bogota", "2 pm to 4 pm GMT-5".
 */
export function parseTimeRanges(raw: string, source: SourceRef): StatedTimeRange[] {
  const ranges: StatedTimeRange[] = [];
  for (const match of raw.matchAll(timeRange)) {
    const [whole, h1, m1, ap1, h2, m2, ap2, zoneWord, sign, offsetHours, offsetMinutes, iana] = match;
    // A bare number is not a time: one side at least must say so ("11h", "11:05", "2 pm").
    if (m1 === undefined && m2 === undefined && !/h/i.test(whole) && !ap1 && !ap2) continue;
    const start = clockTime(h1!, m1, ap1 ?? ap2);
    const end = clockTime(h2!, m2, ap2);
    if (!start || !end) continue;
    let utcOffsetMinutes: number | null = null;
    let zone: string | null = null;
    if (zoneWord) {
      const minutes = Number(offsetHours ?? 0) * 60 + Number(offsetMinutes ?? 0);
      utcOffsetMinutes = sign === '-' || sign === '−' ? -minutes : minutes;
      zone = offsetHours === undefined ? 'UTC' : null;
    } else if (iana && IANAZone.isValidZone(iana)) {
      zone = iana;
    }
    ranges.push({ raw: whole.trim(), start, end, utcOffsetMinutes, zone, source });
  }
  return ranges;
}

function clockTime(hours: string, minutes: string | undefined, meridiem: string | undefined): string | null {
  let h = Number(hours);
  const m = Number(minutes ?? 0);
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 24 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Minutes between the two ends of a range, across midnight when the end is earlier. */
export function rangeMinutes(range: Pick<StatedTimeRange, 'start' | 'end'>): number {
  const [sh, sm] = range.start.split(':').map(Number) as [number, number];
  const [eh, em] = range.end.split(':').map(Number) as [number, number];
  const minutes = eh * 60 + em - (sh * 60 + sm);
  return minutes >= 0 ? minutes : minutes + 24 * 60;
}

/** "2 h 30 min", "1h30", "90 minutes", "2 horas", "1 hour 30 minutes", "1,5 heures" → minutes; null when none is stated. */
export function parseDurationMinutes(raw: string): number | null {
  const text = raw.toLowerCase();
  const compact = /\b(\d{1,2})\s*h\s*(\d{2})\b/.exec(text);
  if (compact) return Number(compact[1]) * 60 + Number(compact[2]);
  const hours = /(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?|heures?|horas?)(?![a-z])/u.exec(text);
  const minutes = /(\d+)\s*(?:min|mins|minutes?|minutos?|mn)(?![a-z])/u.exec(text);
  if (!hours && !minutes) return null;
  const total = (hours ? Number(hours[1]!.replace(',', '.')) * 60 : 0) + (minutes ? Number(minutes[1]) : 0);
  return Math.round(total);
}
