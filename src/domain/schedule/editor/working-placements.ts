import { instant, type Clock } from '../../../db/clock.js';
import type { Db } from '../../../db/database.js';
import type { Actor } from '../../accounts/actor.js';

export interface WorkingPlacement {
  sessionId: string;
  slotId: string | null;
  roomId: string | null;
  pinned: boolean;
}

/**
 * Writes the editor's placement of sessions (not the program the public reads: publication does that).
 *
 * @example
 *   await saveWorkingPlacements(db, clock, actor, editionId, [{ sessionId, slotId, roomId, pinned: false }]);
 */
export async function saveWorkingPlacements(db: Db, clock: Clock, actor: Actor, editionId: string, placements: WorkingPlacement[]): Promise<void> {
  const now = instant(clock.now());
  for (const placement of placements) {
    const values = { slot_id: placement.slotId, venue_id: placement.roomId, pinned: placement.pinned, updated_at: now, updated_by_user_id: actor.user?.id ?? null };
    await db
      .insertInto('schedule_placement')
      .values({ session_id: placement.sessionId, edition_id: editionId, ...values })
      .onConflict((conflict) => conflict.column('session_id').doUpdateSet(values))
      .execute();
  }
}
