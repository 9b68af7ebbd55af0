import type { Instant, JsonColumn } from '../../../db/column-types.js';

/** A document imported into the archive, kept with what was read from it so lint can point at its lines. */
export interface ArchiveDocumentTable {
  id: string;
  edition_id: string | null;
  file_name: string;
  kind: string;
  language: string;
  /** SHA-256 of the bytes: importing the same document again is recognised and changes nothing. */
  sha256: string;
  /** The ImportedDocument, as read. */
  parsed: JsonColumn;
  imported_at: Instant;
  imported_by_user_id: string | null;
}

/**
 * The natural key under which a document names a thing ("initiative gsef-2018-bilbao 1.1.3"),
 * so a second import finds what the first one created instead of creating it again.
 */
export interface ArchiveSourceKeyTable {
  id: string;
  kind: string;
  key: string;
  entity_id: string;
}

export interface ArchiveImportTables {
  archive_document: ArchiveDocumentTable;
  archive_source_key: ArchiveSourceKeyTable;
}
