import type { Db } from '../../../db/database.js';

/**
 * When two people are merged, the removed one's availability moves to the kept one for every edition
 * where the kept one gave none; where both gave some, the kept one's stands (the other's goes with them).
 */
export async function moveAvailability(db: Db, keptId: string, otherId: string): Promise<void> {
  const editionsOf = async (personId: string) => new Set([
    ...(await db.selectFrom('person_availability').select('edition_id').where('person_id', '=', personId).execute()).map((row) => row.edition_id),
    ...(await db.selectFrom('availability_window').select('edition_id').where('person_id', '=', personId).execute()).map((row) => row.edition_id),
  ]);
  const kept = await editionsOf(keptId);
  for (const editionId of await editionsOf(otherId)) {
    if (kept.has(editionId)) continue;
    await db.updateTable('person_availability').set({ person_id: keptId }).where('person_id', '=', otherId).where('edition_id', '=', editionId).execute();
    await db.updateTable('availability_window').set({ person_id: keptId }).where('person_id', '=', otherId).where('edition_id', '=', editionId).execute();
  }
}
