import { sql } from 'kysely';
import { insertInBatches } from '../../../db/batch-insert.js';
import type { Db, Storage } from '../../../db/database.js';
import { publicContentVersion } from '../../edition/content-version.js';
import { loadDocuments, peopleAndOrganisationsOf, type DocumentRow, type DocumentScope } from './search-documents.js';
import { searchEngineFor } from './search-engine.js';

export interface RefreshOptions {
  /** Rebuild only this edition's sessions and initiatives, and the people and organisations linked to it. */
  editionId?: string;
  onProgress?: (done: number, total: number, detail?: string) => void;
}

export interface RefreshSummary {
  documents: number;
  milliseconds: number;
}

const contentPart = 'content';
const editionPart = (editionId: string) => `edition:${editionId}`;

/**
 * A fingerprint per part of the index: each edition (its sessions, initiatives, roles, presenters,
 * partners, themes and audited changes), people, organisations. Only asked when the whole public
 * content changed, to tell which part did.
 */
async function partFingerprints(db: Db): Promise<Map<string, string>> {
  const perEdition = async (query: Promise<{ edition_id: string | null; value: unknown }[]>) => new Map((await query).map((row) => [row.edition_id, String(row.value)]));
  const editions = await db.selectFrom('edition').select(['id', 'updated_at', 'status']).execute();
  const counted = [
    await perEdition(db.selectFrom('session').select(['edition_id', sql<string>`max(updated_at) || ':' || count(*)`.as('value')]).groupBy('edition_id').execute()),
    await perEdition(db.selectFrom('initiative').select(['edition_id', sql<string>`max(updated_at) || ':' || count(*)`.as('value')]).groupBy('edition_id').execute()),
    await perEdition(db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
      .select(['session.edition_id', sql<string>`count(*) || ':' || sum(case when session_person_role.status = 'confirmed' then 1 else 0 end)`.as('value')]).groupBy('session.edition_id').execute()),
    await perEdition(db.selectFrom('initiative_presenter').innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
      .select(['initiative.edition_id', sql<string>`count(*)`.as('value')]).groupBy('initiative.edition_id').execute()),
    await perEdition(db.selectFrom('session_organisation').innerJoin('session', 'session.id', 'session_organisation.session_id')
      .select(['session.edition_id', sql<string>`count(*)`.as('value')]).groupBy('session.edition_id').execute()),
    await perEdition(db.selectFrom('session_theme').innerJoin('session', 'session.id', 'session_theme.session_id')
      .select(['session.edition_id', sql<string>`count(*)`.as('value')]).groupBy('session.edition_id').execute()),
    await perEdition(db.selectFrom('initiative_theme').innerJoin('initiative', 'initiative.id', 'initiative_theme.initiative_id')
      .select(['initiative.edition_id', sql<string>`count(*)`.as('value')]).groupBy('initiative.edition_id').execute()),
    await perEdition(db.selectFrom('edition_partner').select(['edition_id', sql<string>`count(*)`.as('value')]).groupBy('edition_id').execute()),
    await perEdition(db.selectFrom('audit_entry').select(['edition_id', sql<string>`max(id)`.as('value')]).groupBy('edition_id').execute()),
  ];
  const parts = new Map<string, string>();
  for (const edition of editions) {
    parts.set(editionPart(edition.id), [edition.updated_at, edition.status, ...counted.map((values) => values.get(edition.id) ?? '')].join('|'));
  }
  const stamp = async (table: 'person' | 'organisation') =>
    (await db.selectFrom(table).select(sql<string>`coalesce(max(updated_at), '') || '#' || count(*)`.as('value')).executeTakeFirstOrThrow()).value;
  parts.set('people', await stamp('person'));
  parts.set('organisations', await stamp('organisation'));
  return parts;
}

async function storedParts(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('archive_search_state').select(['part', 'fingerprint']).execute();
  return new Map(rows.map((row) => [row.part, row.fingerprint]));
}

async function storePart(db: Db, part: string, fingerprint: string): Promise<void> {
  const refreshedAt = new Date().toISOString();
  await db.insertInto('archive_search_state').values({ part, fingerprint, refreshed_at: refreshedAt })
    .onConflict((conflict) => conflict.column('part').doUpdateSet({ fingerprint, refreshed_at: refreshedAt })).execute();
}

/** Stores the documents, then lets the engine index them (ids above the highest before). */
async function insertDocuments(storage: Storage, db: Db, rows: DocumentRow[], full: boolean, onProgress?: RefreshOptions['onProgress']): Promise<void> {
  const { highest } = await db.selectFrom('archive_search_document').select((eb) => eb.fn.max('id').as('highest')).executeTakeFirstOrThrow();
  let stored = 0;
  onProgress?.(0, rows.length, 'documents indexed');
  await insertInBatches(db, 'archive_search_document', rows as unknown as Record<string, unknown>[], (count) => {
    stored += count;
    onProgress?.(stored, rows.length, 'documents indexed');
  });
  await (await searchEngineFor(storage.dialect)).afterDocumentsChanged(db, rows, Number(highest ?? 0), full);
}

async function deleteEntities(db: Db, kind: 'person' | 'organisation', ids: string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 1000) {
    await db.deleteFrom('archive_search_document').where('kind', '=', kind).where('entity_id', 'in', ids.slice(start, start + 1000)).execute();
  }
}

/** Runs one rebuild in a transaction holding the index lock, so that processes sharing a database take turns. */
async function inRebuildTransaction<T>(storage: Storage, work: (trx: Db) => Promise<T>): Promise<T> {
  const engine = await searchEngineFor(storage.dialect);
  return storage.db.transaction().execute(async (trx) => {
    await engine.lockForRebuild(trx);
    return work(trx);
  });
}

async function rebuildEverything(storage: Storage, onProgress?: RefreshOptions['onProgress']): Promise<number> {
  return inRebuildTransaction(storage, async (trx) => {
    const version = await publicContentVersion(trx);
    const parts = await partFingerprints(trx);
    await trx.deleteFrom('archive_search_document').execute();
    await trx.deleteFrom('archive_search_state').execute();
    const rows = await loadDocuments(trx, storage.dialect, { editionIds: 'all', personIds: 'all', organisationIds: 'all' });
    await insertDocuments(storage, trx, rows, true, onProgress);
    for (const [part, fingerprint] of parts) await storePart(trx, part, fingerprint);
    await storePart(trx, contentPart, version);
    await (await searchEngineFor(storage.dialect)).afterFullRebuild(trx);
    return rows.length;
  });
}

async function rebuildScope(
  storage: Storage, part: string, fingerprint: string | null, scope: (trx: Db) => Promise<DocumentScope & { editionId?: string }>,
  options: { force?: boolean; onProgress?: RefreshOptions['onProgress'] } = {},
): Promise<number> {
  return inRebuildTransaction(storage, async (trx) => {
    // Another process may have done it while this one waited for the lock.
    if (!options.force && fingerprint !== null && (await storedParts(trx)).get(part) === fingerprint) return 0;
    const wanted = await scope(trx);
    if (wanted.editionId) await trx.deleteFrom('archive_search_document').where('edition_id', '=', wanted.editionId).execute();
    if (wanted.personIds !== 'all') await deleteEntities(trx, 'person', wanted.personIds);
    if (wanted.organisationIds !== 'all') await deleteEntities(trx, 'organisation', wanted.organisationIds);
    const rows = await loadDocuments(trx, storage.dialect, wanted);
    await insertDocuments(storage, trx, rows, false, options.onProgress);
    if (fingerprint !== null) await storePart(trx, part, fingerprint);
    return rows.length;
  });
}

async function rebuildEdition(storage: Storage, editionId: string, fingerprint: string | null, options: { force?: boolean; onProgress?: RefreshOptions['onProgress'] } = {}): Promise<number> {
  return rebuildScope(storage, editionPart(editionId), fingerprint, async (trx) => {
    const linked = await peopleAndOrganisationsOf(trx, editionId);
    return { editionId, editionIds: [editionId], ...linked };
  }, options);
}

/** People or organisations changed since the last build (by `updated_at`), or removed. */
async function rebuildChangedEntities(storage: Storage, kind: 'person' | 'organisation', previous: string | undefined, fingerprint: string): Promise<void> {
  const part = kind === 'person' ? 'people' : 'organisations';
  const since = previous?.split('#')[0] ?? '';
  await rebuildScope(storage, part, fingerprint, async (trx) => {
    const table = kind === 'person' ? 'person' : 'organisation';
    const changed = (await trx.selectFrom(table).select('id').where('updated_at', '>=', since).execute()).map((row) => row.id);
    const gone = (await trx.selectFrom('archive_search_document').select('entity_id').where('kind', '=', kind)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom(table).select('id').whereRef(`${table}.id`, '=', 'archive_search_document.entity_id')))).execute())
      .map((row) => row.entity_id);
    const ids = [...changed, ...gone];
    return { editionIds: [], personIds: kind === 'person' ? ids : [], organisationIds: kind === 'organisation' ? ids : [] };
  });
}

/**
 * Rebuilds the search index: one edition's entries (its sessions and initiatives, and the people
 * and organisations linked to it), or everything. Transactional and idempotent: several processes
 * may run it on one database; they take turns.
 */
export async function refreshSearchIndex(storage: Storage, options: RefreshOptions = {}): Promise<RefreshSummary> {
  const started = performance.now();
  let documents: number;
  if (options.editionId) {
    const fingerprint = (await partFingerprints(storage.db)).get(editionPart(options.editionId)) ?? null;
    documents = await rebuildEdition(storage, options.editionId, fingerprint, { force: true, onProgress: options.onProgress });
  } else {
    documents = await rebuildEverything(storage, options.onProgress);
  }
  return { documents, milliseconds: Math.round(performance.now() - started) };
}

/** Brings the index up to date with the content fingerprint `version`, rebuilding only what changed. */
async function refreshStaleParts(storage: Storage, version: string): Promise<void> {
  const stored = await storedParts(storage.db);
  if (stored.get(contentPart) === version) return;
  if (!stored.has(contentPart)) {
    await rebuildEverything(storage);
    return;
  }
  const current = await partFingerprints(storage.db);
  const vanished = [...stored.keys()].some((part) => part.startsWith('edition:') && !current.has(part));
  if (vanished) {
    await rebuildEverything(storage);
    return;
  }
  for (const [part, fingerprint] of current) {
    if (stored.get(part) === fingerprint) continue;
    if (part.startsWith('edition:')) await rebuildEdition(storage, part.slice('edition:'.length), fingerprint);
    else await rebuildChangedEntities(storage, part === 'people' ? 'person' : 'organisation', stored.get(part), fingerprint);
  }
  await inRebuildTransaction(storage, (trx) => storePart(trx, contentPart, version));
}

interface KeeperState {
  known: string | null;
  checkedAt: number;
  running: Promise<void> | null;
}
const keepers = new WeakMap<Db, KeeperState>();

/** The content fingerprint the index was last seen current with, in this process; null before the first search. */
export function searchIndexVersion(storage: Storage): string | null {
  return keepers.get(storage.db)?.known ?? null;
}

/**
 * Keeps the index current at the cost of one fingerprint query per search (at most one every
 * `maxAgeMs`, like kept public pages): when the public content changed, the changed parts are
 * rebuilt, one rebuild at a time in this process (others wait for it).
 */
export async function ensureSearchIndexCurrent(storage: Storage, options: { maxAgeMs?: number } = {}): Promise<void> {
  let keeper = keepers.get(storage.db);
  if (!keeper) keepers.set(storage.db, (keeper = { known: null, checkedAt: 0, running: null }));
  const maxAgeMs = options.maxAgeMs ?? 0;
  if (maxAgeMs > 0 && keeper.known !== null && !keeper.running && performance.now() - keeper.checkedAt < maxAgeMs) return;
  for (let attempt = 0; attempt < 3; attempt++) {
    const checkedAt = performance.now();
    const version = await publicContentVersion(storage.db);
    if (version === keeper.known) {
      keeper.checkedAt = checkedAt;
      return;
    }
    if (keeper.running) {
      await keeper.running.catch(() => undefined);
      continue;
    }
    const state = keeper;
    state.running = refreshStaleParts(storage, version)
      .then(() => {
        state.known = version;
        state.checkedAt = checkedAt;
      })
      .finally(() => {
        state.running = null;
      });
    await state.running;
    return;
  }
}
