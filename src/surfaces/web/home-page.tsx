import type { EditionView } from '../../domain/edition/index.js';
import { Layout, type PageFrame } from './layout.js';
import { Localized } from './localized.js';

export function EditionSummary(props: { frame: PageFrame; edition: EditionView }) {
  const { t } = props.frame;
  const { edition } = props;
  return (
    <article class="card">
      <h2>
        <a href={`/editions/${edition.slug}`}><Localized text={edition.name} t={t} /></a>
        {edition.status === 'draft' ? <> <span class="badge">{t.t('edition.draft')}</span></> : null}
      </h2>
      {edition.tagline ? <Localized text={edition.tagline} t={t} as="p" /> : null}
      <p>
        {t.t('edition.dates', { start: t.date(edition.startsOn), end: t.date(edition.endsOn) })}
        {edition.hostCity ? ` · ${edition.hostCity}` : ''} · {t.t(`edition.format.${edition.format}`)}
      </p>
    </article>
  );
}

export function HomePage(props: { frame: PageFrame; editions: EditionView[] }) {
  const { t } = props.frame;
  return (
    <Layout frame={props.frame} title={t.t('home.title')}>
      <h1>{t.t('home.title')}</h1>
      <p>{t.t('home.intro')}</p>
      {props.editions.length === 0 ? <p>{t.t('home.empty')}</p> : props.editions.map((edition) => <EditionSummary frame={props.frame} edition={edition} />)}
    </Layout>
  );
}
