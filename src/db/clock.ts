import type { Instant } from './column-types.js';

/** The application clock; tests pass their own to move time (expired sessions, rate-limit windows). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function instant(date: Date): Instant {
  return date.toISOString();
}
