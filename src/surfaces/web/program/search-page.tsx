import type { SearchHit, SearchQuery, SearchResult } from '../../../domain/archive/index.js';
import type { Translator } from '../../../i18n/index.js';
import { Layout, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';

function hitUrl(hit: SearchHit): string {
  if (hit.kind === 'session') return `/editions/${hit.editionSlug}/sessions/${hit.id}`;
  if (hit.kind === 'initiative') return `/editions/${hit.editionSlug}/initiatives/${hit.id}`;
  return hit.kind === 'person' ? `/people/${hit.id}` : `/organisations/${hit.id}`;
}

function searchUrl(query: SearchQuery, change: Partial<SearchQuery>): string {
  const merged = { ...query, ...change };
  const parameters = new URLSearchParams({ q: merged.text });
  for (const name of ['kind', 'edition', 'country', 'format'] as const) if (merged[name]) parameters.set(name, merged[name]!);
  return `/search?${parameters}`;
}

function Facet(props: { t: Translator; title: string; name: 'kind' | 'edition' | 'country' | 'format'; counts: Record<string, number>; query: SearchQuery; label: (value: string) => string }) {
  const entries = Object.entries(props.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
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
            <Facet t={t} title={t.t('search.facet.edition')} name="edition" counts={result.facets.edition} query={query} label={(value) => value} />
            <Facet t={t} title={t.t('search.facet.format')} name="format" counts={result.facets.format} query={query} label={(value) => t.t(`format.${value}` as 'format.workshop')} />
            <Facet t={t} title={t.t('search.facet.country')} name="country" counts={result.facets.country} query={query} label={(value) => regions.of(value) ?? value} />
          </aside>
          <section aria-labelledby="results">
            <h2 id="results" role="status">{t.t('search.results', { count: result.total })}</h2>
            <ul>
              {result.hits.map((hit) => (
                <li>
                  <span class="badge">{t.t(`search.kind.${hit.kind}`)}</span>{' '}
                  <a href={hitUrl(hit)}>{hit.code ? `${hit.code} · ` : ''}{typeof hit.title === 'string' ? hit.title : <Localized text={hit.title} t={t} />}</a>
                  {hit.editionName ? <> · <Localized text={hit.editionName} t={t} /></> : null}
                  {hit.country ? ` · ${regions.of(hit.country) ?? hit.country}` : ''}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </Layout>
  );
}
