import type { AppContext } from '../context.js';
import type { Actor } from '../accounts/actor.js';
import { canManageEdition } from '../edition/rules.js';
import { forbidden } from '../errors.js';

export interface AuditEntry {
  id: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  at: string;
}

/** An edition's audit log, newest first; organisers only. */
export async function listAuditEntries(context: AppContext, actor: Actor, editionId: string, limit = 100): Promise<AuditEntry[]> {
  if (!canManageEdition(actor, editionId)) throw forbidden();
  const { db, dialect } = context.storage;
  const rows = await db.selectFrom('audit_entry').selectAll().where('edition_id', '=', editionId).orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id, actorUserId: row.actor_user_id, action: row.action, entityType: row.entity_type, entityId: row.entity_id,
    before: dialect.decodeJson(row.before), after: dialect.decodeJson(row.after), at: row.at,
  }));
}
