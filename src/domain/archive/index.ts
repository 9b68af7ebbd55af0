export {
  defaultSearchLimit, maxSearchLimit, searchHitKinds, searchPublicArchive,
  type SearchFacetName, type SearchFacets, type SearchFragment, type SearchHit, type SearchHitKind, type SearchQuery, type SearchResult,
} from './public-search.js';
export { ensureSearchIndexCurrent, refreshSearchIndex, type RefreshOptions, type RefreshSummary } from './search/index-refresh.js';
export { archiveSearchTables, type ArchiveSearchTables } from './tables.js';
