import { DateTime } from 'luxon';
import type { ForumProblem } from './model.js';

export const defaultWakingHours = { start: '08:00', end: '22:00' };

/**
 * Hours of a slot that fall outside waking hours for someone in `zone` (the slot's clock times are
 * read in the event's zone).
 *
 * @example
 *   hoursAsleep({ day: '2018-10-01', start: '09:00', end: '10:30' }, 'Europe/Madrid', 'America/Mexico_City') // 1.5 (02:00–03:30 there)
 */
export function hoursAsleep(
  slot: { day: string; start: string; end: string },
  eventZone: string,
  zone: string,
  waking: { start: string; end: string } = defaultWakingHours,
): number {
  const from = DateTime.fromISO(`${slot.day}T${slot.start}`, { zone: eventZone });
  let to = DateTime.fromISO(`${slot.day}T${slot.end}`, { zone: eventZone });
  if (!from.isValid || !to.isValid) throw new Error(`slot ${slot.day} ${slot.start}–${slot.end} in ${eventZone}: ${from.invalidExplanation ?? to.invalidExplanation}`);
  if (to <= from) to = to.plus({ days: 1 });
  const localFrom = from.setZone(zone);
  if (!localFrom.isValid) throw new Error(`unknown time zone "${zone}"`);
  const localTo = to.setZone(zone);
  const [wakeH, wakeM] = waking.start.split(':').map(Number) as [number, number];
  const [sleepH, sleepM] = waking.end.split(':').map(Number) as [number, number];
  let awakeMs = 0;
  for (let day = localFrom.startOf('day').minus({ days: 1 }); day < localTo; day = day.plus({ days: 1 })) {
    const wake = day.set({ hour: wakeH, minute: wakeM });
    const sleep = day.set({ hour: sleepH, minute: sleepM });
    const overlap = Math.min(+sleep, +localTo) - Math.max(+wake, +localFrom);
    if (overlap > 0) awakeMs += overlap;
  }
  return (+localTo - +localFrom - awakeMs) / 3_600_000;
}

/**
 * [session * slots + start]: person-hours outside waking hours if the session ran in a virtual room
 * from `start`; speakers and moderators count 1 each, interested attendees their `count`.
 */
export function asleepTable(
  problem: ForumProblem,
  duration: Int32Array,
  sessionIndex: Map<string, number>,
  personIndex: Map<string, number>,
): Float64Array {
  const slotCount = problem.slots.length;
  const eventZone = problem.timeZone ?? 'utc';
  const waking = problem.wakingHours ?? defaultWakingHours;
  const byZone = new Map<string, Float64Array>();
  const asleepIn = (zone: string): Float64Array => {
    let hours = byZone.get(zone);
    if (!hours) {
      hours = Float64Array.from(problem.slots, (slot) => hoursAsleep(slot, eventZone, zone, waking));
      byZone.set(zone, hours);
    }
    return hours;
  };
  // Per session: weight by zone of the people it must suit.
  const zonesOf: Map<string, number>[] = problem.sessions.map(() => new Map());
  const add = (session: number, zone: string, weight: number): void => {
    zonesOf[session]!.set(zone, (zonesOf[session]!.get(zone) ?? 0) + weight);
  };
  problem.sessions.forEach((session, i) => {
    const speakers = new Set(session.people.filter((role) => role.role === 'speaker' || role.role === 'moderator').map((role) => role.personId));
    for (const id of speakers) add(i, problem.people[personIndex.get(id)!]?.timeZone ?? eventZone, 1);
  });
  for (const { sessionIds, count = 1, timeZone } of problem.interest ?? []) {
    for (const id of new Set(sessionIds)) {
      const i = sessionIndex.get(id);
      if (i !== undefined) add(i, timeZone ?? eventZone, count);
    }
  }
  const table = new Float64Array(problem.sessions.length * slotCount);
  zonesOf.forEach((zones, i) => {
    if (zones.size === 0) return;
    for (let start = 0; start < slotCount; start++) {
      let cost = 0;
      for (const [zone, weight] of zones) {
        const hours = asleepIn(zone);
        for (let t = start; t < Math.min(start + duration[i]!, slotCount); t++) cost += weight * hours[t]!;
      }
      table[i * slotCount + start] = cost;
    }
  });
  return table;
}
