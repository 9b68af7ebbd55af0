import { z } from 'zod';
import { instant, type Clock } from '../../../db/clock.js';
import type { Db } from '../../../db/database.js';
import type { Actor } from '../../accounts/actor.js';
import type { AppContext } from '../../context.js';
import { defaultSoftWeights, type SoftGoal, type SoftWeights } from '../solver/soft-goals.js';

/** The soft goals organisers weigh, in the order the form shows them. */
export const softGoals: SoftGoal[] = ['similarThemesInParallel', 'audienceOverlap', 'speakerPreferredTimes', 'awakeVirtualSessions', 'balancedSlots'];

const weight = z.number({ error: 'a number, 0 or more' }).finite('a number, 0 or more').min(0, 'a number, 0 or more').max(1_000_000, 'at most 1,000,000');

/** All five weights, each a number ≥ 0. */
export const weightsInputSchema = z.strictObject({
  similarThemesInParallel: weight,
  audienceOverlap: weight,
  speakerPreferredTimes: weight,
  awakeVirtualSessions: weight,
  balancedSlots: weight,
});
export type WeightsInput = z.infer<typeof weightsInputSchema>;

/**
 * The edition's soft weights, or the solver's defaults when organisers never set them.
 *
 * @example
 *   const weights = await loadScheduleWeights(context, edition.id); // { similarThemesInParallel: 10, … }
 */
export async function loadScheduleWeights(context: AppContext, editionId: string): Promise<SoftWeights> {
  const row = await context.storage.db.selectFrom('schedule_weights').selectAll().where('edition_id', '=', editionId).executeTakeFirst();
  if (!row) return { ...defaultSoftWeights };
  return {
    similarThemesInParallel: row.similar_themes_in_parallel, audienceOverlap: row.audience_overlap, speakerPreferredTimes: row.speaker_preferred_times,
    awakeVirtualSessions: row.awake_virtual_sessions, balancedSlots: row.balanced_slots,
  };
}

/** Stores already-validated weights for the edition, replacing any before. */
export async function saveScheduleWeights(db: Db, clock: Clock, actor: Actor, editionId: string, weights: SoftWeights): Promise<void> {
  const row = {
    similar_themes_in_parallel: weights.similarThemesInParallel, audience_overlap: weights.audienceOverlap, speaker_preferred_times: weights.speakerPreferredTimes,
    awake_virtual_sessions: weights.awakeVirtualSessions, balanced_slots: weights.balancedSlots,
    updated_at: instant(clock.now()), updated_by_user_id: actor.user?.id ?? null,
  };
  await db.insertInto('schedule_weights').values({ edition_id: editionId, ...row })
    .onConflict((conflict) => conflict.column('edition_id').doUpdateSet(row)).execute();
}
