import type { EditorProgram, EditorSession } from './editor-program.js';
import { placementTimes } from './placement-times.js';

/** Where a session is, with its times: in a slot and room, or at a time of its own. */
export interface PlacementWhere {
  slotId: string | null;
  roomId: string | null;
  startsAt: string;
  endsAt: string | null;
}

export interface ScheduleChange {
  sessionId: string;
  /** `placed`: newly given a time; `unplaced`: taken out of the schedule. */
  kind: 'moved' | 'placed' | 'unplaced';
  from: PlacementWhere | null;
  to: PlacementWhere | null;
  /** The public program shows it: its people have been told where it was. */
  wasPublic: boolean;
}

/** Where the public program has the session, as the editor would count it. */
export function publishedWhere(session: EditorSession): PlacementWhere | null {
  const { published } = session;
  if (published.startsAt === null) return null;
  return { slotId: published.slotId, roomId: published.roomId, startsAt: published.startsAt, endsAt: published.endsAt };
}

/** Where the editor has the session now. */
export function workingWhere(program: EditorProgram, session: EditorSession): PlacementWhere | null {
  const { placement } = session;
  if (placement.state === 'unassigned') return null;
  if (placement.state === 'outside') return { slotId: null, roomId: placement.roomId, startsAt: placement.startsAt, endsAt: placement.endsAt };
  return { slotId: placement.slotId, roomId: placement.roomId, ...placementTimes(program, session, placement.slotId) };
}

/**
 * What the editor has changed since the schedule was last published: each session now in another
 * slot or room, newly placed, or taken out, compared with what the public program shows.
 *
 * @example
 *   changesSincePublication(program).filter((change) => change.kind === 'moved');
 */
export function changesSincePublication(program: EditorProgram): ScheduleChange[] {
  const changes: ScheduleChange[] = [];
  for (const session of program.sessions) {
    if (!session.hasWorkingPlacement) continue;
    const from = publishedWhere(session);
    const to = workingWhere(program, session);
    const wasPublic = session.status === 'published' && from !== null;
    if (from === null && to === null) continue;
    if (from === null) changes.push({ sessionId: session.id, kind: 'placed', from, to, wasPublic });
    else if (to === null) changes.push({ sessionId: session.id, kind: 'unplaced', from, to, wasPublic });
    else if (from.slotId !== to.slotId || from.roomId !== to.roomId || from.startsAt !== to.startsAt) changes.push({ sessionId: session.id, kind: 'moved', from, to, wasPublic });
  }
  return changes;
}
