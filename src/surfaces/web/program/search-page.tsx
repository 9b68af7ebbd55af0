import type { SearchFacetName, SearchFragment, SearchHit, SearchQuery, SearchResult } from '../../../domain/archive/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { Layout, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';

type FilterName = SearchFacetName;
const filterNames: FilterName[] = ['kind', 'edition', 'country', 'theme', 'organisationKind', 'format'];

function hitUrl(hit: SearchHit): string {
  if (hit.kind === 'session') return `/editions/${hit.editionSlug}/sessions/${hit.id}`;
  if (hit.kind === 'initiative') return `/editions/${hit.editionSlug}/initiatives/${hit.id}`;
  return hit.kind === 'person' ? `/people/${hit.id}` : `/organisations/${hit.id}`;
}

/** The search address with some filters changed; any change of filter goes back to the first page. */
export function searchUrl(query: SearchQuery, change: Partial<SearchQuery>): string {
  const merged: SearchQuery = { ...query, offset: undefined, ...change };
  const parameters = new URLSearchParams({ q: merged.text });
  for (const name of filterNames) if (merged[name]) parameters.set(name, merged[name]!);
  if (merged.offset) parameters.set('offset', String(merged.offset));
  return `/search?${parameters}`;
}

/** Matched words in <mark>; every piece is text, escaped by JSX. */
function Fragments(props: { fragments: SearchFragment[] }) {
  return <>{props.fragments.map((fragment) => (fragment.highlighted ? <mark>{fragment.text}</mark> : fragment.text))}</>;
}

function Facet(props: { t: Translator; title: string; name: FilterName; counts: Record<string, number>; query: SearchQuery; label: (value: string) => string }) {
  const entries = Object.entries(props.counts);
  if (entries.length === 0) return null;
  return (
    <nav aria-label={props.title} class="facet">
      <h2>{props.title}</h2>
      <ul>
        <li><a href={searchUrl(props.query, { [props.name]: undefined })} aria-current={props.query[props.name] ? undefined : 'true'}>{props.t.t('search.all')}</a></li>
        {entries.map(([value, count]) => (
          <li><a href={searchUrl(props.query, { [props.name]: value })} aria-current={props.query[props.name] === value ? 'true' : undefined}>{props.label(value)} ({count})</a></li>
        ))}
      </ul>
    </nav>
  );
}

function Pages(props: { t: Translator; query: SearchQuery; result: SearchResult }) {
  const { t, query, result } = props;
  if (result.total <= result.limit && !result.capped) return null;
  const previous = result.offset > 0 ? Math.max(0, result.offset - result.limit) : null;
  const next = result.hits.length === result.limit && (result.capped || result.offset + result.limit < result.total) ? result.offset + result.limit : null;
  return (
    <nav aria-label={t.t('search.pages')} class="pages">
      {result.capped ? null : <p>{t.t('search.showing', { from: result.offset + 1, to: result.offset + result.hits.length, total: result.total })}</p>}
      {previous !== null ? <a rel="prev" href={searchUrl(query, { offset: previous })}>{t.t('search.previous')}</a> : null}{' '}
      {next !== null ? <a rel="next" href={searchUrl(query, { offset: next })}>{t.t('search.next')}</a> : null}
    </nav>
  );
}

export function SearchPage(props: { frame: PageFrame; query: SearchQuery; result: SearchResult | null }) {
  const { t } = props.frame;
  const { query, result } = props;
  const regions = new Intl.DisplayNames([t.locale], { type: 'region' });
  return (
    <Layout frame={props.frame} title={t.t('search.title')}>
      <h1>{t.t('search.title')}</h1>
      <form method="get" action="/search" role="search">
        <label for="q">{t.t('search.label')}</label>
        <input id="q" name="q" type="search" value={query.text} minlength={2} maxlength={200} required />
        <button type="submit">{t.t('search.submit')}</button>
      </form>
      {result === null ? (query.text ? <p>{t.t('search.tooShort')}</p> : null) : (
        <div class="search">
          <aside>
            <Facet t={t} title={t.t('search.facet.kind')} name="kind" counts={result.facets.kind} query={query} label={(value) => t.t(`search.kind.${value}` as 'search.kind.session')} />
            <Facet t={t} title={t.t('search.facet.edition')} name="edition" counts={result.facets.edition} query={query}
              label={(value) => (result.labels.edition[value] ? readLocalized(result.labels.edition[value], t.locale).value : value)} />
            <Facet t={t} title={t.t('search.facet.theme')} name="theme" counts={result.facets.theme} query={query}
              label={(value) => (result.labels.theme[value] ? readLocalized(result.labels.theme[value], t.locale).value : value)} />
            <Facet t={t} title={t.t('search.facet.format')} name="format" counts={result.facets.format} query={query} label={(value) => t.t(`format.${value}` as 'format.workshop')} />
            <Facet t={t} title={t.t('search.facet.country')} name="country" counts={result.facets.country} query={query} label={(value) => regions.of(value) ?? value} />
            <Facet t={t} title={t.t('search.facet.organisationKind')} name="organisationKind" counts={result.facets.organisationKind} query={query}
              label={(value) => t.t(`search.organisationKind.${value}` as 'search.organisationKind.cooperative')} />
          </aside>
          <section aria-labelledby="results">
            <h2 id="results" role="status">{result.capped ? t.t('search.resultsCapped', { count: result.total }) : t.t('search.results', { count: result.total })}</h2>
            <ul class="hits">
              {result.hits.map((hit) => (
                <li>
                  <span class="badge">{t.t(`search.kind.${hit.kind}`)}</span>{' '}
                  <a href={hitUrl(hit)}>{hit.code ? `${hit.code} · ` : ''}<Fragments fragments={hit.titleFragments} /></a>
                  {hit.editionName ? <> · <Localized text={hit.editionName} t={t} /></> : null}
                  {hit.country ? ` · ${regions.of(hit.country) ?? hit.country}` : ''}
                  {hit.snippet.length > 0 ? <p class="snippet" lang={hit.snippetLanguage ?? undefined}><Fragments fragments={hit.snippet} /></p> : null}
                </li>
              ))}
            </ul>
            <Pages t={t} query={query} result={result} />
          </section>
        </div>
      )}
    </Layout>
  );
}
