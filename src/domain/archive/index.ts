export { searchPublicArchive, type SearchHit, type SearchHitKind, type SearchQuery, type SearchResult } from './public-search.js';
