import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { bitmapFromBytes, bitmapFromPositions, type DocumentBitmap } from './document-bitmap.js';
import { encodeFacetKey, passesRequired } from './facets.js';
import type { BitmapState, TokenField } from './token-bitmaps-postgres.js';

/**
 * Which facet group each live document is in: `groupOf[id - base]` is the group's index plus one,
 * 0 for an id with no document (never given, or deleted since its bits were set).
 */
export interface Directory {
  groupOf: Int32Array;
  keys: string[];
  /** Each key's `encodeFacetKey`. */
  encoded: Int32Array[];
  /** The live documents that pass some filters (see `requiredValues`), by the filters' value numbers. */
  passing: Map<string, DocumentBitmap>;
}

/** What one process keeps of one database's bitmaps, for one generation of the index. */
export interface BitmapMemory {
  state: BitmapState;
  bitmaps: Map<string, DocumentBitmap>;
  bytes: number;
  directory: Promise<Directory> | null;
}

/** Bitmaps kept per database, the least recently used dropped first past this many bytes. */
const maxKeptBytes = 96 * 1024 * 1024;
const memories = new WeakMap<object, BitmapMemory>();

/** This process's memory of the database's bitmaps, emptied when another build has replaced them. */
export function bitmapMemory(db: Db, state: BitmapState): BitmapMemory {
  let memory = memories.get(db);
  if (!memory || memory.state.generation !== state.generation) memories.set(db, (memory = { state, bitmaps: new Map(), bytes: 0, directory: null }));
  return memory;
}

function keep(memory: BitmapMemory, key: string, bitmap: DocumentBitmap): void {
  memory.bitmaps.set(key, bitmap);
  memory.bytes += bitmap.byteLength;
  for (const [oldest, value] of memory.bitmaps) {
    if (memory.bytes <= maxKeptBytes || oldest === key) break;
    memory.bitmaps.delete(oldest);
    memory.bytes -= value.byteLength;
  }
}

function recall(memory: BitmapMemory, key: string): DocumentBitmap | undefined {
  const bitmap = memory.bitmaps.get(key);
  if (bitmap) {
    // Most recently used last.
    memory.bitmaps.delete(key);
    memory.bitmaps.set(key, bitmap);
  }
  return bitmap;
}

async function loadDirectory(db: Db, base: number): Promise<Directory> {
  const { rows } = await sql<{ facet_key: string; ids: string }>`select facet_key, array_agg(id)::text as ids from archive_search_match group by facet_key`.execute(db);
  const positions = rows.map((row) => row.ids.slice(1, -1).split(',').map((id) => Number(id) - base));
  const size = positions.reduce((most, list) => list.reduce((top, position) => Math.max(top, position + 1), most), 0);
  const groupOf = new Int32Array(size);
  positions.forEach((list, group) => {
    for (const position of list) if (position >= 0) groupOf[position] = group + 1;
  });
  // Encoded now, once per build, rather than while a search waits.
  return { groupOf, keys: rows.map((row) => row.facet_key), encoded: rows.map((row) => encodeFacetKey(row.facet_key)), passing: new Map() };
}

/** The directory of the live documents, read once per generation. */
export function directoryOf(db: Db, memory: BitmapMemory): Promise<Directory> {
  memory.directory ??= loadDirectory(db, memory.state.base).catch((error: unknown) => {
    memory.directory = null;
    throw error;
  });
  return memory.directory;
}

/** Brings into memory the stored bitmaps of these tokens (of either field), in one query. */
export async function fetchBitmaps(db: Db, memory: BitmapMemory, wanted: { field: TokenField; token: string }[]): Promise<void> {
  const missing = [...new Set(wanted.filter((item) => !memory.bitmaps.has(`${item.field}:${item.token}`)).map((item) => item.token))];
  if (missing.length === 0) return;
  const { rows } = await sql<{ token: string; field: TokenField; bits: Uint8Array }>`select token, field, bits from archive_search_token
    where token = any(${missing}::text[]) and bits is not null`.execute(db);
  for (const row of rows) keep(memory, `${row.field}:${row.token}`, bitmapFromBytes(row.bits));
}

/** The tokens (`field:token`) whose bitmaps this process holds for the database, whatever their generation. */
export function heldTokens(db: Db): string[] {
  const memory = memories.get(db);
  return memory ? [...memory.bitmaps.keys()].filter((key) => key.startsWith('all:') || key.startsWith('title:')) : [];
}

/** Keeps a stored bitmap read by another query. */
export function holdBitmap(memory: BitmapMemory, field: TokenField, token: string, bytes: Uint8Array): void {
  keep(memory, `${field}:${token}`, bitmapFromBytes(bytes));
}

/** The stored bitmap of one token, once fetched (see `fetchBitmaps`). */
export function storedBitmap(memory: BitmapMemory, field: TokenField, token: string): DocumentBitmap | undefined {
  return recall(memory, `${field}:${token}`);
}

/**
 * The documents that match a tsquery (made of prepared tokens only), read through GIN from the
 * narrow match table and kept for the generation.
 */
export async function bitmapFromIndex(db: Db, memory: BitmapMemory, field: TokenField, tsquery: string): Promise<DocumentBitmap> {
  const key = `${field}?${tsquery}`;
  const known = recall(memory, key);
  if (known) return known;
  const vector = sql.raw(field === 'title' ? 'title_vector' : 'search_vector');
  const { rows } = await sql<{ id: string | number }>`select id from archive_search_match where ${vector} @@ to_tsquery('simple', ${tsquery})`.execute(db);
  const bitmap = bitmapFromPositions(rows.map((row) => Number(row.id) - memory.state.base));
  keep(memory, key, bitmap);
  return bitmap;
}

/** Filters asked for often (a kind, an edition) are kept; past this many, the oldest go. */
const maxPassingBitmaps = 64;

/**
 * The live documents whose facets carry all these value numbers, as a bitmap: walking matches
 * under a narrow filter then skips the thousands that fail it.
 */
export function passingBitmap(directory: Directory, required: number[]): DocumentBitmap {
  const key = required.join(' ');
  const known = directory.passing.get(key);
  if (known) return known;
  const passes = directory.encoded.map((encoded) => passesRequired(encoded, required));
  const words = new Uint32Array((directory.groupOf.length >>> 5) + 1);
  directory.groupOf.forEach((group, position) => {
    if (group !== 0 && passes[group - 1]) words[position >>> 5]! |= 1 << (position & 31);
  });
  if (directory.passing.size >= maxPassingBitmaps) directory.passing.delete(directory.passing.keys().next().value!);
  directory.passing.set(key, words);
  return words;
}
