import { z } from 'zod';
import type { Actor } from '../accounts/actor.js';
import type { AppContext } from '../context.js';
import { localizedTextSchema, type LocalizedText } from '../text/localized-text.js';
import { canSeeJoinLinks } from './rules.js';
import { venueKinds } from './tables.js';

export const venueViewSchema = z.object({
  id: z.string(),
  kind: z.enum(venueKinds),
  name: localizedTextSchema,
  capacity: z.number().nullable(),
  platform: z.string().nullable(),
  interpretationLanguages: z.array(z.string()),
  /** Present only for those allowed to join before the session. */
  joinUrl: z.string().optional(),
});
export type VenueView = z.infer<typeof venueViewSchema>;

export const timeSlotViewSchema = z.object({
  id: z.string(),
  date: z.string(),
  label: localizedTextSchema.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** False when the program names the slot without its hours (a printed book); it then spans its day. */
  timesStated: z.boolean(),
});
export type TimeSlotView = z.infer<typeof timeSlotViewSchema>;

/** Rooms, virtual platforms and time slots of a visible edition. */
export class VenueService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly editionId: string,
  ) {}

  async listVenues(): Promise<VenueView[]> {
    const { db, dialect } = this.context.storage;
    const rows = await db.selectFrom('venue').selectAll().where('edition_id', '=', this.editionId).orderBy('position').orderBy('id').execute();
    const showLinks = canSeeJoinLinks(this.actor, this.editionId);
    return rows.map((row) => ({
      id: row.id, kind: row.kind, name: dialect.decodeJson<LocalizedText>(row.name), capacity: row.capacity, platform: row.platform,
      interpretationLanguages: dialect.decodeJson<string[]>(row.interpretation_languages),
      ...(showLinks && row.join_url ? { joinUrl: row.join_url } : {}),
    }));
  }

  async listTimeSlots(): Promise<TimeSlotView[]> {
    const { db, dialect } = this.context.storage;
    const rows = await db
      .selectFrom('time_slot')
      .innerJoin('program_day', 'program_day.id', 'time_slot.day_id')
      .select(['time_slot.id', 'program_day.date', 'time_slot.label', 'time_slot.starts_at', 'time_slot.ends_at', 'time_slot.times_stated'])
      .where('time_slot.edition_id', '=', this.editionId)
      .orderBy('time_slot.starts_at')
      .orderBy('time_slot.position')
      .execute();
    return rows.map((row) => ({
      id: row.id, date: row.date, label: dialect.decodeJson<LocalizedText | null>(row.label), startsAt: row.starts_at, endsAt: row.ends_at,
      timesStated: dialect.decodeBoolean(row.times_stated),
    }));
  }
}
