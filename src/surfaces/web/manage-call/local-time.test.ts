import { describe, expect, it } from 'vitest';
import { instantOfLocal, localInputOf } from './local-time.js';

describe('times typed in the forum’s zone', () => {
  it('reads a local time in the forum’s zone, summer time included, and shows it back the same', () => {
    expect(instantOfLocal('2026-03-20T09:00', 'Europe/Madrid')).toBe('2026-03-20T08:00:00.000Z');
    expect(instantOfLocal('2026-04-20T09:00', 'Europe/Madrid')).toBe('2026-04-20T07:00:00.000Z');
    expect(localInputOf('2026-04-20T07:00:00.000Z', 'Europe/Madrid')).toBe('2026-04-20T09:00');
    expect(localInputOf(instantOfLocal('2021-10-19T14:30', 'America/Mexico_City'), 'America/Mexico_City')).toBe('2021-10-19T14:30');
  });

  it('passes text that is no date on as typed, so the service can name the field', () => {
    expect(instantOfLocal(' next Tuesday ', 'Europe/Madrid')).toBe('next Tuesday');
    expect(instantOfLocal('', 'Europe/Madrid')).toBe('');
  });
});
