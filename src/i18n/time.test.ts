import { describe, expect, it } from 'vitest';
import { formatTimeRange, localDate, zoneLabel } from './time.js';

describe('times shown in any zone', () => {
  it('shows the co-creation session of the LED forum in both zones its sheet names, from one instant', () => {
    // The sheet says 11:05–13:45 (UTC-3) and 16:15–18:55 (UTC+2): ten minutes apart, so both cannot be right.
    const startsAt = '2021-06-01T14:05:00.000Z';
    const endsAt = '2021-06-01T16:45:00.000Z';
    expect(formatTimeRange(startsAt, endsAt, 'America/Argentina/Cordoba', 'fr')).toBe('11:05–13:45');
    expect(formatTimeRange(startsAt, endsAt, 'Europe/Madrid', 'fr')).toBe('16:05–18:45');
  });

  it('puts a session that crosses midnight in the reader’s zone on the right day', () => {
    expect(localDate('2018-10-01T22:30:00.000Z', 'Europe/Madrid')).toBe('2018-10-02');
    expect(localDate('2018-10-01T22:30:00.000Z', 'America/Mexico_City')).toBe('2018-10-01');
  });

  it('names the offset of that very moment, summer time included', () => {
    expect(zoneLabel('Europe/Madrid', '2018-10-01T09:00:00.000Z')).toBe('Europe/Madrid (UTC+2)');
    expect(zoneLabel('Europe/Madrid', '2018-12-01T09:00:00.000Z')).toBe('Europe/Madrid (UTC+1)');
    expect(zoneLabel('America/Argentina/Cordoba', '2021-06-01T14:05:00.000Z')).toBe('America/Argentina/Cordoba (UTC-3)');
  });
});
