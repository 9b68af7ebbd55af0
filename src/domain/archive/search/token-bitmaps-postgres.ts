import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database.js';
import { bitmapFromBytes, bitmapFromPositions, bitmapToBytes, unionOf, type DocumentBitmap } from './document-bitmap.js';
import type { DocumentRow } from './search-documents.js';
import { safeToken } from './search-engine.js';
import { TokenPostings } from './token-postings.js';

/**
 * Thresholds of the PostgreSQL index: tokens in at least `minBitmapDocuments` documents get a
 * bitmap; a query word whose tokens without a bitmap are in more than `maxRareDocuments`
 * documents (a short prefix of many rare words) is left to GIN. Tests lower them to exercise
 * bitmaps on a small archive.
 */
export const tokenBitmapSettings = { minBitmapDocuments: 500, maxRareDocuments: 5000 };

/** The whole-document vector (title, texts, facet tags) or the title's. */
export type TokenField = 'all' | 'title';
export const tokenFields: TokenField[] = ['all', 'title'];

/** The row of `archive_search_state` that says which build the bitmaps belong to. */
export const bitmapStatePart = 'bitmaps';

export interface BitmapState {
  /** Changes with every build or refresh: processes drop what they kept from an older one. */
  generation: string;
  /** Bit 0 of every bitmap is this document id. */
  base: number;
}

export function parseBitmapState(fingerprint: string | null | undefined): BitmapState | null {
  if (!fingerprint) return null;
  const parsed = JSON.parse(fingerprint) as Partial<BitmapState>;
  return typeof parsed.generation === 'string' && typeof parsed.base === 'number' ? { generation: parsed.generation, base: parsed.base } : null;
}

/**
 * The vocabulary: how many documents each prepared token was indexed in (since the last full
 * rebuild: a refresh adds and never subtracts, so it is an upper bound), and for common tokens
 * the documents themselves as a bitmap. Bits of documents deleted since are left set: readers
 * only count ids that are still in `archive_search_match`. `collate "C"`: a prefix is a range.
 */
export async function createPostgresTokenTable(db: Kysely<any>): Promise<void> {
  await sql`create table archive_search_token (
    token text collate "C" not null,
    field text not null,
    documents integer not null,
    bits bytea,
    primary key (token, field))`.execute(db);
  // Read whole by queries of common words: kept uncompressed.
  await sql`alter table archive_search_token alter column bits set storage external`.execute(db);
}

/** What the bitmaps are made from: a document's key and its prepared tokens. */
export type TokenSource = Pick<DocumentRow, 'key' | 'title_tokens' | 'body_tokens' | 'tag_tokens'>;

/** The texts of prepared tokens that make one field's `tsvector`. */
export function fieldTexts(row: TokenSource, field: TokenField): string[] {
  return field === 'title' ? [row.title_tokens] : [row.title_tokens, row.body_tokens, row.tag_tokens];
}

interface TokenRow {
  token: string;
  field: TokenField;
  documents: number;
  bits: Uint8Array | null;
}

async function writeTokens(trx: Db, rows: TokenRow[]): Promise<void> {
  // Bitmaps are large: few per statement.
  for (let start = 0; start < rows.length;) {
    let bytes = 0;
    let end = start;
    while (end < rows.length && end - start < 5000 && bytes < 4_000_000) bytes += rows[end++]!.bits?.length ?? 0;
    await (trx as unknown as Kysely<any>).insertInto('archive_search_token')
      .values(rows.slice(start, end).map((row) => ({ ...row, bits: row.bits === null ? null : Buffer.from(row.bits) })))
      .onConflict((conflict) => conflict.columns(['token', 'field']).doUpdateSet({ documents: sql`excluded.documents`, bits: sql`excluded.bits` }))
      .execute();
    start = end;
  }
}

async function storeState(trx: Db, state: BitmapState): Promise<void> {
  const refreshedAt = new Date().toISOString();
  const fingerprint = JSON.stringify(state);
  await trx.insertInto('archive_search_state').values({ part: bitmapStatePart, fingerprint, refreshed_at: refreshedAt })
    .onConflict((conflict) => conflict.column('part').doUpdateSet({ fingerprint, refreshed_at: refreshedAt })).execute();
}

/** The positions (`id - base`) of the documents that hold `token` now, read through GIN. */
async function positionsFromIndex(trx: Db, field: TokenField, token: string, base: number): Promise<number[]> {
  const vector = sql.raw(field === 'title' ? 'title_vector' : 'search_vector');
  const { rows } = await sql<{ id: string | number }>`select id from archive_search_match where ${vector} @@ to_tsquery('simple', ${`'${safeToken(token)}'`})`.execute(trx);
  return rows.map((row) => Number(row.id) - base);
}

async function storedTokens(trx: Db, field: TokenField, tokens: string[]): Promise<Map<string, { documents: number; bits: Uint8Array | null }>> {
  const found = new Map<string, { documents: number; bits: Uint8Array | null }>();
  for (let start = 0; start < tokens.length; start += 5000) {
    const { rows } = await sql<{ token: string; documents: number; bits: Uint8Array | null }>`select token, documents, bits from archive_search_token
      where field = ${field} and token = any(${tokens.slice(start, start + 5000)}::text[])`.execute(trx);
    for (const row of rows) found.set(row.token, row);
  }
  return found;
}

/**
 * Keeps the vocabulary and bitmaps in step with documents just inserted (ids above
 * `previousMaxId`), in the rebuild's transaction. After a full rebuild (`full`), everything is
 * counted anew and the bitmaps start at the lowest id; otherwise counts grow and new bits are set.
 *
 * @example
 *   await indexTokenBitmaps(trx, rows, previousMaxId, true);
 */
export async function indexTokenBitmaps(trx: Db, documents: TokenSource[], previousMaxId: number, full: boolean): Promise<void> {
  const stored = await sql<{ fingerprint: string }>`select fingerprint from archive_search_state where part = ${bitmapStatePart}`.execute(trx);
  const previous = parseBitmapState(stored.rows[0]?.fingerprint);
  // A refresh before any full build with bitmaps: the next full rebuild makes them.
  if (!full && previous === null) return;
  const { rows: inserted } = await sql<{ id: string | number; key: string }>`select id, key from archive_search_document where id > ${previousMaxId}`.execute(trx);
  const idOf = new Map(inserted.map((row) => [row.key, Number(row.id)]));
  let base = full ? Number.MAX_SAFE_INTEGER : previous!.base;
  if (full) for (const id of idOf.values()) base = Math.min(base, id);
  if (base === Number.MAX_SAFE_INTEGER) base = previousMaxId + 1;
  if (full) await sql`delete from archive_search_token`.execute(trx);

  const placed = documents.flatMap((row) => (idOf.has(row.key) ? [{ row, position: idOf.get(row.key)! - base }] : []));
  for (const field of tokenFields) {
    const postings = new TokenPostings();
    for (const { row, position } of placed) for (const text of fieldTexts(row, field)) postings.add(position, text);
    const before = full ? new Map<string, { documents: number; bits: Uint8Array | null }>() : await storedTokens(trx, field, postings.tokens);
    const rows: TokenRow[] = [];
    for (const [number, token] of postings.tokens.entries()) {
      const earlier = before.get(token);
      const documents = postings.count(number) + (earlier?.documents ?? 0);
      let bits: DocumentBitmap | null = null;
      if (documents >= tokenBitmapSettings.minBitmapDocuments) {
        bits = bitmapFromPositions(postings.positions(number));
        // A word that has just become common: its earlier documents come from GIN.
        if (!full) bits = unionOf([bits, earlier?.bits ? bitmapFromBytes(earlier.bits) : bitmapFromPositions(await positionsFromIndex(trx, field, token, base))]);
      }
      rows.push({ token, field, documents, bits: bits === null ? null : bitmapToBytes(bits) });
    }
    await writeTokens(trx, rows);
  }
  await storeState(trx, { generation: randomUUID(), base });
}
