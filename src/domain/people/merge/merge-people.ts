import { encodeJson, encodeNullableJson, type Db } from '../../../db/database.js';
import type { DatabaseDialect } from '../../../db/dialect/index.js';
import { newId } from '../../../db/ids.js';
import { moveAvailability } from '../availability/merge-availability.js';
import { moveRows } from './move-rows.js';
import type { LocalizedText } from '../../text/localized-text.js';

/** Moves everything of `otherId` onto `keptId` (roles, presentations, aliases, account), then removes it. */
export async function mergePeople(db: Db, dialect: DatabaseDialect, keptId: string, otherId: string, now: string, decidedSuggestionId?: string): Promise<void> {
  const kept = await db.selectFrom('person').selectAll().where('id', '=', keptId).executeTakeFirstOrThrow();
  const other = await db.selectFrom('person').selectAll().where('id', '=', otherId).executeTakeFirstOrThrow();
  await moveRows(db, 'session_person_role', 'person_id', ['session_id', 'role'], keptId, otherId);
  await moveRows(db, 'initiative_presenter', 'person_id', ['initiative_id'], keptId, otherId);
  await db.updateTable('presentation').set({ person_id: keptId }).where('person_id', '=', otherId).execute();
  await db.updateTable('user_account').set({ person_id: keptId }).where('person_id', '=', otherId).execute();
  await moveAvailability(db, keptId, otherId);
  await db.updateTable('archive_source_key').set({ entity_id: keptId }).where('entity_id', '=', otherId).execute();
  const aliases = new Set((await db.selectFrom('person_alias').select('alias').where('person_id', '=', keptId).execute()).map((row) => row.alias));
  for (const alias of await db.selectFrom('person_alias').selectAll().where('person_id', '=', otherId).execute()) {
    if (aliases.has(alias.alias) || alias.alias === kept.name) await db.deleteFrom('person_alias').where('id', '=', alias.id).execute();
    else await db.updateTable('person_alias').set({ person_id: keptId }).where('id', '=', alias.id).execute();
    aliases.add(alias.alias);
  }
  if (other.name !== kept.name && !aliases.has(other.name)) {
    await db.insertInto('person_alias').values({ id: newId(), person_id: keptId, alias: other.name, source: 'merge' }).execute();
  }
  const text = (raw: unknown) => dialect.decodeJson<LocalizedText | null>(raw);
  await db.updateTable('person').set({
    honorific: kept.honorific ?? other.honorific, bio: encodeNullableJson(mergeText(text(kept.bio), text(other.bio))),
    role_title: encodeNullableJson(mergeText(text(kept.role_title), text(other.role_title))), organisation_id: kept.organisation_id ?? other.organisation_id,
    country: kept.country ?? other.country, email: kept.email ?? other.email, gender: kept.gender ?? other.gender, updated_at: now,
  }).where('id', '=', keptId).execute();
  await repointSuggestions(db, 'person', keptId, otherId, decidedSuggestionId);
  await db.deleteFrom('person').where('id', '=', otherId).execute();
}

/** The kept text wins in every language it has; the other only adds languages. */
export function mergeText(kept: LocalizedText | null, other: LocalizedText | null): LocalizedText | null {
  if (!kept) return other;
  if (!other) return kept;
  return { original: kept.original, text: { ...other.text, ...kept.text } };
}

/** Suggestions about the removed entry now concern the kept one; those that became self-pairs go. */
export async function repointSuggestions(db: Db, subject: 'person' | 'organisation', keptId: string, otherId: string, decidedSuggestionId = ''): Promise<void> {
  const rows = await db.selectFrom('identity_suggestion').selectAll().where('subject', '=', subject).where('id', '!=', decidedSuggestionId)
    .where((eb) => eb.or([eb('kept_id', '=', otherId), eb('other_id', '=', otherId)])).execute();
  for (const row of rows) {
    const first = row.kept_id === otherId ? keptId : row.kept_id;
    const second = row.other_id === otherId ? keptId : row.other_id;
    const duplicate = await db.selectFrom('identity_suggestion').select('id').where('subject', '=', subject).where('kept_id', '=', first).where('other_id', '=', second).where('id', '!=', row.id).executeTakeFirst();
    if (first === second || duplicate) await db.deleteFrom('identity_suggestion').where('id', '=', row.id).execute();
    else await db.updateTable('identity_suggestion').set({ kept_id: first, other_id: second }).where('id', '=', row.id).execute();
  }
}
