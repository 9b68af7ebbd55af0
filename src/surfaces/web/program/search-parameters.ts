import { searchHitKinds, type SearchHitKind, type SearchQuery } from '../../../domain/archive/index.js';

const shortValue = (value: string | undefined) => (value && value.length <= 80 ? value : undefined);

/** The search page's address parameters, read leniently: anything odd is ignored rather than refused. */
export function parseSearchParameters(read: (name: string) => string | undefined, language: string): SearchQuery {
  const kind = read('kind');
  const offset = Number(read('offset') ?? 0);
  return {
    text: (read('q') ?? '').slice(0, 200),
    kind: searchHitKinds.includes(kind as SearchHitKind) ? (kind as SearchHitKind) : undefined,
    edition: shortValue(read('edition')), country: shortValue(read('country')), theme: shortValue(read('theme')),
    organisationKind: shortValue(read('organisationKind')), format: shortValue(read('format')),
    offset: Number.isInteger(offset) && offset > 0 ? Math.min(offset, 1000) : undefined,
    language,
  };
}
