import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import {
  bitmapFromIndex, bitmapMemory, directoryOf, fetchBitmaps, heldTokens, holdBitmap, passingBitmap, storedBitmap, type BitmapMemory, type Directory,
} from './bitmap-memory-postgres.js';
import { eachPositionDescending, emptyBitmap, intersectionOf, unionOf, type DocumentBitmap } from './document-bitmap.js';
import { requiredValues } from './facets.js';
import type { PreparedQuery } from './prepare-text.js';
import { safeToken, type FacetGroupRow, type ResolvedFilters } from './search-engine.js';
import { bitmapStatePart, parseBitmapState, tokenBitmapSettings, type TokenField } from './token-bitmaps-postgres.js';

/** One query word as GIN sees it (see `tsqueryWords`): whole tokens, and a prefix for the last word. */
export interface TermTokens {
  exact: string[];
  prefix: string;
}

/**
 * @example
 *   termTokens(prepareQuery('gobierno local')) // [{ exact: ['gobiern', 'gobierno'], prefix: '' }, { exact: [], prefix: 'local' }]
 */
export function termTokens(query: PreparedQuery): TermTokens[] {
  return query.terms.map((term) => {
    const prefix = term.prefix === null ? '' : safeToken(term.prefix);
    return { exact: term.exact.map(safeToken).filter((token) => token && !(prefix && token.startsWith(prefix))), prefix };
  });
}

export interface VocabularyEntry {
  field: TokenField;
  token: string;
  documents: number;
  hasBits: boolean;
}

/**
 * The indexed tokens of one field that satisfy each word, or null when a word's tokens without a
 * bitmap are in too many documents to be read through GIN quickly.
 */
export function fieldTerms(terms: TermTokens[], entries: VocabularyEntry[], field: TokenField): VocabularyEntry[][] | null {
  const perTerm = terms.map((term) => entries.filter((entry) => entry.field === field
    && (term.exact.includes(entry.token) || (term.prefix !== '' && entry.token.startsWith(term.prefix)))));
  const rareDocuments = (found: VocabularyEntry[]) => found.filter((entry) => !entry.hasBits).reduce((sum, entry) => sum + entry.documents, 0);
  return perTerm.some((found) => rareDocuments(found) > tokenBitmapSettings.maxRareDocuments) ? null : perTerm;
}

const quoted = (entries: VocabularyEntry[]) => entries.map((entry) => `'${safeToken(entry.token)}'`).join(' | ');

/**
 * The documents where every word is found: the union of each word's token bitmaps and, for its
 * rare tokens, of what GIN finds; one GIN query when no token has a bitmap. Null when a bitmap
 * has gone from memory meanwhile.
 */
async function matchingBitmap(db: Db, memory: BitmapMemory, perTerm: VocabularyEntry[][], field: TokenField): Promise<DocumentBitmap | null> {
  if (perTerm.some((found) => found.length === 0)) return emptyBitmap;
  if (perTerm.every((found) => found.every((entry) => !entry.hasBits))) {
    return bitmapFromIndex(db, memory, field, perTerm.map((found) => `(${quoted(found)})`).join(' & '));
  }
  const perWord = await Promise.all(perTerm.map(async (found) => {
    const parts = found.filter((entry) => entry.hasBits).map((entry) => storedBitmap(memory, field, entry.token));
    const rare = found.filter((entry) => !entry.hasBits);
    if (rare.length > 0) parts.push(await bitmapFromIndex(db, memory, field, quoted(rare)));
    return parts.every((part) => part !== undefined) ? unionOf(parts as DocumentBitmap[]) : null;
  }));
  return perWord.every((bitmap) => bitmap !== null) ? intersectionOf(perWord as DocumentBitmap[]) : null;
}

/**
 * A query answered from bitmaps: the matching documents as one bitmap, walked newest first (the
 * highest id first), each looked up in the directory for its facets and whether it still exists.
 */
export class BitmapPlan {
  private title: Promise<DocumentBitmap | null> | null = null;

  constructor(
    private readonly db: Db,
    private readonly memory: BitmapMemory,
    private readonly terms: TermTokens[],
    private readonly entries: VocabularyEntry[],
    readonly matches: DocumentBitmap,
    private readonly directory: Directory,
  ) {}

  /** Facet groups of the newest `cap` matches, as the GIN query groups them. */
  facetGroups(cap: number): FacetGroupRow[] {
    const counts = new Int32Array(this.directory.keys.length + 1);
    const groups: number[] = [];
    let counted = 0;
    eachPositionDescending(this.matches, (position) => {
      const group = this.directory.groupOf[position] ?? 0;
      if (group === 0) return true;
      if (counts[group]!++ === 0) groups.push(group);
      return ++counted < cap;
    });
    return groups.map((group) => ({ facet_key: this.directory.keys[group - 1]!, n: counts[group]!, encoded: this.directory.encoded[group - 1]! }));
  }

  /** Ids of the newest `limit` live documents of `bitmap` that pass the filters. */
  newestIds(bitmap: DocumentBitmap, filters: ResolvedFilters, limit: number): number[] {
    const required = requiredValues(filters);
    const ids: number[] = [];
    if (limit <= 0 || required === null) return ids;
    const source = required.length === 0 ? bitmap : intersectionOf([bitmap, passingBitmap(this.directory, required)]);
    eachPositionDescending(source, (position) => {
      if ((this.directory.groupOf[position] ?? 0) !== 0) ids.push(position + this.memory.state.base);
      return ids.length < limit;
    });
    return ids;
  }

  /** The documents with every word in the title; null when GIN should answer. */
  titleMatches(): Promise<DocumentBitmap | null> {
    this.title ??= (async () => {
      const perTerm = fieldTerms(this.terms, this.entries, 'title');
      return perTerm === null ? null : matchingBitmap(this.db, this.memory, perTerm, 'title');
    })();
    return this.title;
  }
}

/**
 * The next string after every string that starts with `prefix`, in code point order (as
 * `collate "C"` sorts UTF-8): tokens with the prefix are those from `prefix` up to this one.
 *
 * @example
 *   prefixEnd('coop') // 'cooq'
 */
export function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop()!.codePointAt(0)! + 1;
  return points.join('') + String.fromCodePoint(last >= 0xd800 && last < 0xe000 ? 0xe000 : last);
}

/**
 * The bitmaps' generation and the vocabulary entries of the words (both fields), with the
 * bitmaps this process does not hold yet (`held`: `field:token`), in one query.
 */
async function vocabulary(db: Db, terms: TermTokens[], held: string[]) {
  const exact = [...new Set(terms.flatMap((term) => term.exact))];
  const ranges = [...new Set(terms.map((term) => term.prefix).filter(Boolean))].map((prefix) => sql`
    union all select token, field, documents, bits from archive_search_token
    where token >= ${prefix} and token < ${prefixEnd(prefix)} and not (token = any(${exact}::text[]))`);
  const { rows } = await sql<{ fingerprint: string; token: string | null; field: TokenField; documents: number; has_bits: boolean; bits: Uint8Array | null }>`
    select s.fingerprint, t.token, t.field, t.documents, t.bits is not null as has_bits,
      case when (t.field || ':' || t.token) = any(${held}::text[]) then null else t.bits end as bits
    from archive_search_state s left join lateral (
      select token, field, documents, bits from archive_search_token where token = any(${exact}::text[]) ${sql.join(ranges, sql``)}
    ) t on true
    where s.part = ${bitmapStatePart}`.execute(db);
  const entries: (VocabularyEntry & { bits: Uint8Array | null })[] = rows.flatMap((row) => (row.token === null ? []
    : [{ field: row.field, token: row.token, documents: row.documents, hasBits: row.has_bits, bits: row.bits }]));
  return { state: parseBitmapState(rows[0]?.fingerprint), entries };
}

async function makePlan(db: Db, query: PreparedQuery): Promise<BitmapPlan | null> {
  const terms = termTokens(query);
  if (terms.length === 0 || terms.some((term) => term.exact.length === 0 && term.prefix === '')) return null;
  const held = heldTokens(db).filter((key) => {
    const token = key.slice(key.indexOf(':') + 1);
    return terms.some((term) => term.exact.includes(token) || (term.prefix !== '' && token.startsWith(term.prefix)));
  });
  const { state, entries } = await vocabulary(db, terms, held);
  const perTerm = state === null ? null : fieldTerms(terms, entries, 'all');
  if (state === null || perTerm === null) return null;
  const memory = bitmapMemory(db, state);
  // The title's bitmaps too: common words look for title matches first.
  for (const entry of entries) if (entry.bits) holdBitmap(memory, entry.field, entry.token, entry.bits);
  await fetchBitmaps(db, memory, entries.filter((entry) => entry.hasBits));
  const [matches, directory] = await Promise.all([matchingBitmap(db, memory, perTerm, 'all'), directoryOf(db, memory)]);
  return matches === null ? null : new BitmapPlan(db, memory, terms, entries, matches, directory);
}

const plans = new WeakMap<PreparedQuery, { db: Db; plan: Promise<BitmapPlan | null> }>();

/**
 * The bitmap plan of a query, or null when GIN should answer it (no bitmaps built yet, or words
 * whose rare forms are too many); made once per prepared query, which one search asks for its
 * facets and its candidates.
 *
 * @example
 *   const plan = await bitmapPlanFor(db, prepareQuery('cooperative'));
 *   if (plan) plan.facetGroups(5000);
 */
export function bitmapPlanFor(db: Db, query: PreparedQuery): Promise<BitmapPlan | null> {
  const known = plans.get(query);
  if (known && known.db === db) return known.plan;
  const plan = makePlan(db, query);
  plans.set(query, { db, plan });
  return plan;
}
