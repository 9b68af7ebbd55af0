import type { EditorProgram, EditorSession } from './editor-program.js';

/**
 * The instants a session runs at when it starts in `slotId`: the slot's start, and its own duration
 * from there, or the end of the last slot it occupies. Times come from the slots, never typed again.
 *
 * @example
 *   placementTimes(program, session, slotId); // { startsAt: '2018-10-01T07:30:00.000Z', endsAt: '2018-10-01T09:00:00.000Z' }
 */
export function placementTimes(program: EditorProgram, session: EditorSession, slotId: string): { startsAt: string; endsAt: string } {
  const index = program.slots.findIndex((slot) => slot.id === slotId);
  const start = program.slots[index]!;
  if (session.durationMinutes) return { startsAt: start.startsAt, endsAt: new Date(Date.parse(start.startsAt) + session.durationMinutes * 60_000).toISOString() };
  let last = start;
  for (let k = 1; k < session.durationSlots; k++) {
    const next = program.slots[index + k];
    if (!next || next.date !== start.date) break;
    last = next;
  }
  return { startsAt: start.startsAt, endsAt: last.endsAt };
}
