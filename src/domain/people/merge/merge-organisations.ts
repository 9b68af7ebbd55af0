import { encodeJson, encodeNullableJson, type Db } from '../../../db/database.js';
import type { DatabaseDialect } from '../../../db/dialect/index.js';
import { newId } from '../../../db/ids.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { mergeText, repointSuggestions } from './merge-people.js';
import { moveRows } from './move-rows.js';

/** Moves every reference to `otherId` onto `keptId`; its names become aliases of the kept one. */
export async function mergeOrganisations(db: Db, dialect: DatabaseDialect, keptId: string, otherId: string, now: string, decidedSuggestionId?: string): Promise<void> {
  const kept = await db.selectFrom('organisation').selectAll().where('id', '=', keptId).executeTakeFirstOrThrow();
  const other = await db.selectFrom('organisation').selectAll().where('id', '=', otherId).executeTakeFirstOrThrow();
  await db.updateTable('person').set({ organisation_id: keptId }).where('organisation_id', '=', otherId).execute();
  await db.updateTable('initiative').set({ organisation_id: keptId }).where('organisation_id', '=', otherId).execute();
  await db.updateTable('archive_source_key').set({ entity_id: keptId }).where('entity_id', '=', otherId).execute();
  await moveRows(db, 'session_organisation', 'organisation_id', ['session_id', 'role'], keptId, otherId);
  await moveRows(db, 'edition_partner', 'organisation_id', ['edition_id', 'kind'], keptId, otherId);
  const keptName = dialect.decodeJson<LocalizedText>(kept.name);
  const otherName = dialect.decodeJson<LocalizedText>(other.name);
  const known = new Set([...Object.values(keptName.text), ...(await db.selectFrom('organisation_alias').select('alias').where('organisation_id', '=', keptId).execute()).map((row) => row.alias)]);
  const otherAliases = await db.selectFrom('organisation_alias').select('alias').where('organisation_id', '=', otherId).execute();
  await db.deleteFrom('organisation_alias').where('organisation_id', '=', otherId).execute();
  for (const alias of [...Object.values(otherName.text), ...otherAliases.map((row) => row.alias)]) {
    if (!alias || known.has(alias)) continue;
    known.add(alias);
    await db.insertInto('organisation_alias').values({ id: newId(), organisation_id: keptId, alias }).execute();
  }
  await db.updateTable('organisation').set({
    name: encodeJson(mergeText(keptName, otherName)), acronym: kept.acronym ?? other.acronym, city: kept.city ?? other.city,
    country: kept.country ?? other.country, website: kept.website ?? other.website, kind: kept.kind === 'other' ? other.kind : kept.kind, updated_at: now,
  }).where('id', '=', keptId).execute();
  await repointSuggestions(db, 'organisation', keptId, otherId, decidedSuggestionId);
  await db.deleteFrom('organisation').where('id', '=', otherId).execute();
}
