import type { Generated } from 'kysely';
import type { Instant, JsonColumn } from '../../db/column-types.js';

/**
 * One public thing (session, initiative, person, organisation) as the full-text search sees it.
 * Derived data: rebuilt from the forum tables at will, never backed up. The prepared tokens are
 * made in TypeScript, so that both engines index the same words; SQLite mirrors them into the
 * FTS5 table `archive_search_fts` (by triggers), PostgreSQL into the `search_vector` column.
 */
export interface ArchiveSearchDocumentTable {
  id: Generated<number>;
  /** `kind:entity_id`. */
  key: string;
  kind: 'session' | 'initiative' | 'person' | 'organisation';
  entity_id: string;
  /** The edition a session or initiative belongs to; null for people and organisations. */
  edition_id: string | null;
  /** Facet values, space-separated with a space at both ends (` A B `), so that a filter is a LIKE. */
  edition_ids: string;
  theme_ids: string;
  country: string | null;
  organisation_kind: string | null;
  format: string | null;
  /** All the facet values in one short text (`kind|editions|themes|country|organisation kind|format`), counted in one GROUP BY. */
  facet_key: string;
  code: string | null;
  title_tokens: string;
  body_tokens: string;
  /** One token per facet value (see `facetTag`), so that filters are part of the full-text match. */
  tag_tokens: string;
  /** JSON `{ title, body: [] }`: the original texts, for titles and highlighted snippets. */
  texts: JsonColumn;
}

/** The fingerprint each part of the index was built from: `content`, `edition:ID`, `people`, `organisations`. */
export interface ArchiveSearchStateTable {
  part: string;
  fingerprint: string;
  refreshed_at: Instant;
}

export interface ArchiveSearchTables {
  archive_search_document: ArchiveSearchDocumentTable;
  archive_search_state: ArchiveSearchStateTable;
}

/** Tables of the search index: derived, excluded from backups (and FTS5's own shadow tables on SQLite). */
export const archiveSearchTables = [
  'archive_search_document', 'archive_search_state', 'archive_search_match', 'archive_search_token',
  'archive_search_fts', 'archive_search_fts_data', 'archive_search_fts_idx', 'archive_search_fts_docsize', 'archive_search_fts_config', 'archive_search_fts_content',
];
