import { instant, type Clock } from '../../db/clock.js';
import { encodeNullableJson, type Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';

export interface Change {
  editionId: string | null;
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Writes who changed what, with the state before and after; call it inside the change's transaction. */
export async function recordChange(db: Db, clock: Clock, actor: Actor, change: Change): Promise<void> {
  await db
    .insertInto('audit_entry')
    .values({
      id: newId(), edition_id: change.editionId, actor_user_id: actor.user?.id ?? null, action: change.action,
      entity_type: change.entityType, entity_id: change.entityId, before: encodeNullableJson(change.before),
      after: encodeNullableJson(change.after), at: instant(clock.now()),
    })
    .execute();
}
