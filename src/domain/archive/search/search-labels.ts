import type { Db } from '../../../db/database.js';

export interface PublishedEdition {
  id: string;
  slug: string;
  name: unknown;
}

interface KeptNames {
  version: string;
  editions: PublishedEdition[];
  themes: Map<string, unknown>;
}

/** Per database, for one content version: every search names the editions and the themes it counts. */
const kept = new WeakMap<object, KeptNames>();

function keptFor(db: Db, version: string | null): KeptNames | null {
  if (version === null) return null;
  const known = kept.get(db);
  if (known?.version === version) return known;
  return null;
}

/**
 * The published editions, read once per content version (`version` null: read every time).
 *
 * @example
 *   const editions = await publishedEditions(db, searchIndexVersion(storage));
 */
export async function publishedEditions(db: Db, version: string | null): Promise<PublishedEdition[]> {
  const known = keptFor(db, version);
  if (known) return known.editions;
  const editions = await db.selectFrom('edition').select(['id', 'slug', 'name']).where('status', '=', 'published').execute();
  if (version !== null) kept.set(db, { version, editions, themes: new Map() });
  return editions;
}

/** The stored names of these themes (at most 500), those already read for this version from memory. */
export async function themeNames(db: Db, version: string | null, ids: string[]): Promise<{ id: string; name: unknown }[]> {
  const wanted = ids.slice(0, 500);
  const known = keptFor(db, version);
  const missing = known ? wanted.filter((id) => !known.themes.has(id)) : wanted;
  const read = missing.length === 0 ? [] : await db.selectFrom('theme').select(['id', 'name']).where('id', 'in', missing).execute();
  if (!known) return read;
  for (const theme of read) known.themes.set(theme.id, theme.name);
  return wanted.flatMap((id) => (known.themes.has(id) ? [{ id, name: known.themes.get(id) }] : []));
}
