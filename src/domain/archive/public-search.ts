import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import type { LocalizedText } from '../text/localized-text.js';
import { countFacets, type Facets } from './search/facets.js';
import { ensureSearchIndexCurrent, searchIndexVersion } from './search/index-refresh.js';
import { prepareQuery } from './search/prepare-text.js';
import { compareRanked, scoreDocument } from './search/rank.js';
import { decodeValues, type DocumentTexts } from './search/search-documents.js';
import { candidateColumns, filterSql, hitColumns, searchEngineFor, type CandidateRow, type FacetGroupRow, type HitRow, type ResolvedFilters } from './search/search-engine.js';
import { publishedEditions, themeNames } from './search/search-labels.js';
import { snippetFragments, titleFragments, type SearchFragment } from './search/snippets.js';

export type { SearchFragment } from './search/snippets.js';
export type { Facets as SearchFacets, FacetName as SearchFacetName } from './search/facets.js';

export type SearchHitKind = 'session' | 'initiative' | 'person' | 'organisation';
export const searchHitKinds: SearchHitKind[] = ['session', 'initiative', 'person', 'organisation'];

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  /** The edition of a session or initiative; null for people and organisations (see `editionSlugs`). */
  editionSlug: string | null;
  editionName: LocalizedText | null;
  /** Every public edition the thing appears in. */
  editionSlugs: string[];
  title: LocalizedText | string;
  code: string | null;
  format: string | null;
  country: string | null;
  organisationKind: string | null;
  themeIds: string[];
  /** The ranking score, from one formula on both engines. */
  score: number;
  /** The title in the reader's language (else the original), matched words highlighted. */
  titleFragments: SearchFragment[];
  /** A short passage around the first match in the other texts. */
  snippet: SearchFragment[];
  snippetLanguage: string | null;
}

export interface SearchQuery {
  text: string;
  kind?: SearchHitKind;
  /** Edition slug. */
  edition?: string;
  country?: string;
  /** Theme id. */
  theme?: string;
  organisationKind?: string;
  format?: string;
  /** At most 100; 20 when not said. */
  limit?: number;
  offset?: number;
  /** The reader's language, for titles and snippets. */
  language?: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Counted over every match before the chosen filters. */
  facets: Facets;
  /** How many matches the filters keep. */
  total: number;
  /**
   * True when a query matches more than `maxCountedMatches` documents: facets and total are then
   * counted over the newest `maxCountedMatches` matches only, and are lower bounds.
   */
  capped: boolean;
  offset: number;
  limit: number;
  /** Names for facet values: editions by slug, themes by id. */
  labels: { edition: Record<string, LocalizedText>; theme: Record<string, LocalizedText> };
}

export const defaultSearchLimit = 20;
export const maxSearchLimit = 100;
/** Ranking looks at this many of the engine's best matches at most; pages stop there. */
export const maxRankedCandidates = 1000;
const minCandidates = 200;
/** Above this many matches the engine's own scoring of every match costs too much: see `CandidateMode`. */
const maxScoredMatches = 1000;
/** Facets and totals count at most this many matches (the newest), so that a very common word stays fast. */
export const maxCountedMatches = 5000;

/** Facet counts of recent queries, per database and content version: paging and filtering reuse them. */
const facetCache = new WeakMap<object, Map<string, FacetGroupRow[]>>();
const facetCacheSize = 500;

function cachedFacets(db: object, key: string | null): { get(): FacetGroupRow[] | undefined; set(rows: FacetGroupRow[]): void } {
  let cache = facetCache.get(db);
  if (!cache) facetCache.set(db, (cache = new Map()));
  const entries = cache;
  return {
    get: () => (key === null ? undefined : entries.get(key)),
    set: (rows) => {
      if (key === null) return;
      if (entries.size >= facetCacheSize) entries.delete(entries.keys().next().value!);
      entries.set(key, rows);
    },
  };
}

function clamp(value: number | undefined, fallback: number, min: number, max: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * Full-text search of what is public in every edition: published sessions and initiatives, the
 * people who appear in them and their organisations. Accent- and case-insensitive, stemmed in
 * French, Spanish and English, the last word a prefix. Facets count the matches before the chosen
 * filters. The same data and query give the same hits, order, facets and snippets on SQLite and
 * PostgreSQL.
 */
export async function searchPublicArchive(context: AppContext, query: SearchQuery): Promise<SearchResult> {
  const { storage } = context;
  const { db, dialect } = storage;
  const limit = clamp(query.limit, defaultSearchLimit, 1, maxSearchLimit);
  const offset = clamp(query.offset, 0, 0, maxRankedCandidates);
  const empty: SearchResult = {
    hits: [], total: 0, capped: false, offset, limit, labels: { edition: {}, theme: {} },
    facets: { kind: {}, edition: {}, country: {}, theme: {}, organisationKind: {}, format: {} },
  };
  const prepared = prepareQuery(query.text);
  if (prepared.terms.length === 0) return empty;
  await ensureSearchIndexCurrent(storage, { maxAgeMs: context.config.publicCacheSeconds * 1000 });
  const engine = await searchEngineFor(dialect);

  const version = searchIndexVersion(storage);
  const editions = await publishedEditions(db, version);
  const slugs = new Map(editions.map((edition) => [edition.id, edition.slug]));
  const editionNames = new Map(editions.map((edition) => [edition.id, dialect.decodeJson<LocalizedText>(edition.name)]));
  const filters: ResolvedFilters = {
    kind: query.kind, country: query.country, themeId: query.theme, organisationKind: query.organisationKind, format: query.format,
    // An unknown or unpublished edition filters everything out.
    editionId: query.edition ? (editions.find((edition) => edition.slug === query.edition)?.id ?? '-') : undefined,
  };

  const cache = cachedFacets(db, version === null ? null : `${version}\u0000${JSON.stringify(prepared.terms)}`);
  let groups = cache.get();
  if (!groups) cache.set((groups = await engine.facetGroups(db, prepared, maxCountedMatches)));
  const { facets, total } = countFacets(groups, filters, slugs);
  const capped = groups.reduce((sum, group) => sum + Number(group.n), 0) >= maxCountedMatches;
  const themeIds = Object.keys(facets.theme);
  const themes = themeIds.length === 0 ? [] : await themeNames(db, version, themeIds);
  const labels = {
    edition: Object.fromEntries(editions.map((edition) => [edition.slug, dialect.decodeJson<LocalizedText>(edition.name)])),
    theme: Object.fromEntries(themes.map((theme) => [theme.id, dialect.decodeJson<LocalizedText>(theme.name)])),
  };
  if (total === 0 || (offset >= total && !capped)) return { ...empty, facets, total, capped, labels };

  const wanted = Math.min(maxRankedCandidates, Math.max(minCandidates, offset + limit));
  const candidates = new Map<string, CandidateRow>();
  if (prepared.code !== null) {
    // The exact code, wherever the engine would rank it.
    const { rows } = await sql<CandidateRow>`select ${candidateColumns} from archive_search_document d
      where d.code = ${prepared.code} and ${filterSql(filters)} order by d.kind, d.entity_id limit 20`.execute(db);
    for (const row of rows) candidates.set(row.key, row);
  }
  if (total <= maxScoredMatches && !capped) {
    for (const row of await engine.candidates(db, prepared, filters, wanted, 'ranked')) candidates.set(row.key, row);
  } else {
    for (const row of await engine.candidates(db, prepared, filters, wanted, 'newest', true)) candidates.set(row.key, row);
    if (candidates.size < wanted) for (const row of await engine.candidates(db, prepared, filters, wanted, 'newest')) candidates.set(row.key, row);
  }

  const ranked = [...candidates.values()]
    .map((row) => {
      const rankable = { kind: row.kind, entityId: row.entity_id, code: row.code, titleTokens: new Set(row.title_tokens.split(' ')), bodyTokens: new Set(row.body_tokens.split(' ')) };
      return { row, ...rankable, score: scoreDocument(prepared, rankable) };
    })
    .sort(compareRanked);
  const language = query.language ?? null;
  const page = ranked.slice(offset, offset + limit);
  const shown = page.length === 0 ? [] : (await sql<HitRow>`select ${hitColumns} from archive_search_document d
    where d.key in (${sql.join(page.map(({ row }) => row.key))})`.execute(db)).rows;
  const details = new Map(shown.map((row) => [row.key, row]));
  const hits = page.filter(({ row }) => details.has(row.key)).map(({ row: candidate, score }): SearchHit => {
    const row = { ...candidate, ...details.get(candidate.key)! };
    const texts = dialect.decodeJson<DocumentTexts>(row.texts);
    const editionIds = decodeValues(row.edition_ids).filter((id) => slugs.has(id));
    const ownEdition = row.kind === 'session' || row.kind === 'initiative' ? (editionIds[0] ?? null) : null;
    const snippet = snippetFragments(texts.body, language, prepared);
    return {
      kind: row.kind as SearchHitKind, id: row.entity_id,
      editionSlug: ownEdition === null ? null : slugs.get(ownEdition)!, editionName: ownEdition === null ? null : editionNames.get(ownEdition)!,
      editionSlugs: editionIds.map((id) => slugs.get(id)!).sort(),
      title: texts.title, code: row.code, format: row.format, country: row.country, organisationKind: row.organisation_kind, themeIds: decodeValues(row.theme_ids),
      score, titleFragments: titleFragments(texts.title, language, prepared), snippet: snippet.fragments, snippetLanguage: snippet.language,
    };
  });
  return { hits, facets, total, capped, offset, limit, labels };
}
