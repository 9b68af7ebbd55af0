import { describe, expect, it } from 'vitest';
import { parseDurationMinutes, parseStatedDate, parseStatedDateRange, parseTimeRanges, rangeMinutes } from './stated-time.js';

const source = { file: 'sheet.txt', line: 3 };

describe('stated dates', () => {
  it('keeps the year null when the document omits it', () => {
    expect(parseStatedDate('le 4 octobre de 11h00 à 12h30 UTC', source)).toMatchObject({ year: null, month: 10, day: 4, raw: '4 octobre' });
  });

  it('reads numeric dates day first', () => {
    expect(parseStatedDate('01/06/2021', source)).toMatchObject({ year: 2021, month: 6, day: 1 });
  });

  it('reads French, Spanish and English written dates', () => {
    expect(parseStatedDate('20 octobre 2020', source)).toMatchObject({ year: 2020, month: 10, day: 20 });
    expect(parseStatedDate('el 4 de octubre de 2021', source)).toMatchObject({ year: 2021, month: 10, day: 4 });
    expect(parseStatedDate('October 4, 2021', source)).toMatchObject({ year: 2021, month: 10, day: 4 });
    expect(parseStatedDate('1er juin', source)).toMatchObject({ year: null, month: 6, day: 1 });
  });

  it('refuses dates that do not exist', () => {
    expect(parseStatedDate('31/02/2021', source)).toBeNull();
    expect(parseStatedDate('no date here', source)).toBeNull();
  });

  it('reads a range of days within one month and across months', () => {
    const book = parseStatedDateRange('1-3 octobre 2018', source)!;
    expect([book.start.day, book.end.day, book.start.month, book.end.year]).toEqual([1, 3, 10, 2018]);
    const banner = parseStatedDateRange('26 Mai > 1 Juin', source)!;
    expect([banner.start.day, banner.start.month, banner.end.day, banner.end.month, banner.end.year]).toEqual([26, 5, 1, 6, null]);
    const spanish = parseStatedDateRange('del 1 al 3 de octubre de 2018', source)!;
    expect([spanish.start.day, spanish.end.day, spanish.end.year]).toEqual([1, 3, 2018]);
    const english = parseStatedDateRange('October 1-3, 2018', source)!;
    expect([english.start.day, english.end.day, english.start.month]).toEqual([1, 3, 10]);
  });
});

describe('stated time ranges', () => {
  it('reads "de 11h00 à 12h30 UTC" as a range at offset zero', () => {
    expect(parseTimeRanges('le 4 octobre de 11h00 à 12h30 UTC', source)).toEqual([
      { raw: 'de 11h00 à 12h30 UTC', start: '11:00', end: '12:30', utcOffsetMinutes: 0, zone: 'UTC', source },
    ]);
  });

  it('reads both zones of a converted time, with a dot for a colon', () => {
    const ranges = parseTimeRanges('11:05 - 13:45 (UTC-3) / 16:15 - 18.55 (UTC+2)', source);
    expect(ranges.map((r) => [r.start, r.end, r.utcOffsetMinutes])).toEqual([
      ['11:05', '13:45', -180],
      ['16:15', '18:55', 120],
    ]);
  });

  it('reads GMT offsets, IANA zone names and am/pm', () => {
    expect(parseTimeRanges('2 pm to 4 pm GMT-5', source)[0]).toMatchObject({ start: '14:00', end: '16:00', utcOffsetMinutes: -300 });
    expect(parseTimeRanges('9:00-10:30 America/Bogota', source)[0]).toMatchObject({ start: '09:00', end: '10:30', zone: 'America/Bogota', utcOffsetMinutes: null });
    expect(parseTimeRanges('de 9h30 a 11h GMT+05:30', source)[0]).toMatchObject({ start: '09:30', end: '11:00', utcOffsetMinutes: 330 });
  });

  it('does not take a range of days for a range of hours', () => {
    expect(parseTimeRanges('1-3 octobre 2018', source)).toEqual([]);
  });

  it('measures a range across midnight', () => {
    expect(rangeMinutes({ start: '23:30', end: '00:15' })).toBe(45);
  });
});

describe('stated durations', () => {
  it.each([
    ['2 h 30 min', 150],
    ['1h30', 90],
    ['90 minutes', 90],
    ['2 horas', 120],
    ['1 hour 30 minutes', 90],
    ['1,5 heures', 90],
    ['45 min', 45],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it('gives null when no duration is stated', () => {
    expect(parseDurationMinutes('Zoom')).toBeNull();
  });
});
