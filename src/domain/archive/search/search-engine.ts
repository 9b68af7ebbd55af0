import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DatabaseDialect } from '../../../db/dialect/index.js';
import type { PreparedQuery } from './prepare-text.js';
import type { DocumentRow } from './search-documents.js';

/** The chosen filters, resolved to stored values (an edition slug becomes its id). */
export interface ResolvedFilters {
  kind?: string;
  editionId?: string;
  country?: string;
  themeId?: string;
  organisationKind?: string;
  format?: string;
}

/** One combination of facet values among the matches (see `facet_key`), with how many matches carry it. */
export interface FacetGroupRow {
  facet_key: string;
  n: number | string;
  /** `encodeFacetKey(facet_key)`, when the engine already has it. */
  encoded?: Int32Array;
}

/**
 * `ranked`: the engine's best matches by its own score (bm25, ts_rank), for ordinary queries.
 * `newest`: for very common words, where scoring every match would cost too much: matches in the
 * title first, then the others, newest documents first; the engine stops after `limit`.
 */
export type CandidateMode = 'ranked' | 'newest';

/** What ranking reads of a match; the page's hits then read `HitRow`. */
export interface CandidateRow {
  key: string;
  kind: string;
  entity_id: string;
  code: string | null;
  title_tokens: string;
  body_tokens: string;
}

/** What a hit shows, read only for the page's hits: the original texts are the widest part of a document. */
export interface HitRow {
  key: string;
  edition_ids: string;
  theme_ids: string;
  country: string | null;
  organisation_kind: string | null;
  format: string | null;
  texts: unknown;
}

/**
 * Where SQLite (FTS5, bm25) and PostgreSQL (tsvector, GIN, ts_rank) differ: matching, the engine's
 * own ranking of candidates, and locking a rebuild. Both read the same prepared tokens.
 */
export interface SearchEngine {
  /** Facet value combinations over the newest `cap` matches (all of them when fewer), before any filter. */
  facetGroups(db: Db, query: PreparedQuery, cap: number): Promise<FacetGroupRow[]>;
  /** `limit` matches under the filters for the ranking to look at; in `newest` mode, `titleOnly` keeps title matches. */
  candidates(db: Db, query: PreparedQuery, filters: ResolvedFilters, limit: number, mode: CandidateMode, titleOnly?: boolean): Promise<CandidateRow[]>;
  /**
   * After a rebuild inserted `documents` (ids above `previousMaxId`), and deleted others: keeps the
   * engine's own structures in step, in the rebuild's transaction; `full` when everything was rebuilt.
   */
  afterDocumentsChanged(trx: Db, documents: DocumentRow[], previousMaxId: number, full: boolean): Promise<void>;
  /** Serialises rebuilds of the shared index, across processes, until the transaction ends. */
  lockForRebuild(trx: Db): Promise<void>;
  /** After a full rebuild: refresh the planner's statistics. */
  afterFullRebuild(trx: Db): Promise<void>;
}

export const candidateColumns = sql.raw('d.key, d.kind, d.entity_id, d.code, d.title_tokens, d.body_tokens');
export const hitColumns = sql.raw('d.key, d.edition_ids, d.theme_ids, d.country, d.organisation_kind, d.format, d.texts');

/** The filters as SQL over the document alias `d`, joined with AND; `true` when none. */
export function filterSql(filters: ResolvedFilters): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.kind) conditions.push(sql`d.kind = ${filters.kind}`);
  if (filters.editionId) conditions.push(sql`d.edition_ids like ${`% ${filters.editionId} %`}`);
  if (filters.themeId) conditions.push(sql`d.theme_ids like ${`% ${filters.themeId} %`}`);
  if (filters.country) conditions.push(sql`d.country = ${filters.country}`);
  if (filters.organisationKind) conditions.push(sql`d.organisation_kind = ${filters.organisationKind}`);
  if (filters.format) conditions.push(sql`d.format = ${filters.format}`);
  return conditions.length === 0 ? sql`1 = 1` : sql.join(conditions, sql` and `);
}

/**
 * The token that stands for one facet value in the index: a prefix per facet and a hash of the
 * value, letters and digits only, whatever the value (ids, codes) is made of.
 */
export function facetTag(facet: 'kind' | 'edition' | 'theme' | 'country' | 'organisationKind' | 'format', value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193) >>> 0;
  // "ß" never survives query preparation (it folds to "ss"), so no typed word can match a tag.
  const prefixes = { kind: 'ßk', edition: 'ße', theme: 'ßt', country: 'ßc', organisationKind: 'ßo', format: 'ßf' } as const;
  return `${prefixes[facet]}${hash.toString(36)}${value.length.toString(36)}`;
}

/** The tags every match must carry to pass the filters. */
export function filterTags(filters: ResolvedFilters): string[] {
  const tags: string[] = [];
  if (filters.kind) tags.push(facetTag('kind', filters.kind));
  if (filters.editionId) tags.push(facetTag('edition', filters.editionId));
  if (filters.themeId) tags.push(facetTag('theme', filters.themeId));
  if (filters.country) tags.push(facetTag('country', filters.country));
  if (filters.organisationKind) tags.push(facetTag('organisationKind', filters.organisationKind));
  if (filters.format) tags.push(facetTag('format', filters.format));
  return tags;
}

/** Prepared tokens are letters and digits only; anything else is dropped before it reaches an engine's syntax. */
export function safeToken(token: string): string {
  return token.replace(/[^\p{L}\p{N}]/gu, '');
}

const engines = new Map<string, SearchEngine>();

export async function searchEngineFor(dialect: DatabaseDialect): Promise<SearchEngine> {
  let engine = engines.get(dialect.name);
  if (!engine) {
    engine = dialect.name === 'postgres'
      ? (await import('./search-engine-postgres.js')).postgresSearchEngine
      : (await import('./search-engine-sqlite.js')).sqliteSearchEngine;
    engines.set(dialect.name, engine);
  }
  return engine;
}
