import { readLocalized } from '../../domain/text/localized-text.js';
import type { EditionView } from '../../domain/edition/index.js';
import { Layout, type PageFrame } from './layout.js';
import { Localized } from './localized.js';

/** The edition's front page; the full program pages build on it. */
export function EditionPage(props: { frame: PageFrame; edition: EditionView }) {
  const { t } = props.frame;
  const { edition } = props;
  return (
    <Layout frame={props.frame} title={readLocalized(edition.name, t.locale).value}>
      <h1><Localized text={edition.name} t={t} /></h1>
      {edition.tagline ? <Localized text={edition.tagline} t={t} as="p" /> : null}
      <ul>
        <li>{t.t('edition.dates', { start: t.date(edition.startsOn), end: t.date(edition.endsOn) })}</li>
        <li>{[edition.venue, edition.hostCity].filter(Boolean).join(', ')} · {t.t(`edition.format.${edition.format}`)}</li>
        <li>{t.t('edition.languages', { languages: edition.languages.map((language) => t.languageName(language)).join(', ') })}</li>
        <li>{t.t('edition.timeZone', { zone: edition.timeZone })}</li>
      </ul>
      {edition.status === 'published' ? <p><a href={`/editions/${edition.slug}/program`}>{t.t('edition.program')}</a></p> : null}
      {edition.description ? <Localized text={edition.description} t={t} as="p" /> : null}
      {edition.partners.length > 0 ? (
        <section aria-labelledby="partners">
          <h2 id="partners">{t.t('edition.partners')}</h2>
          <ul>
            {edition.partners.map((partner) => (
              <li><Localized text={partner.name} t={t} />{partner.acronym ? ` (${partner.acronym})` : ''}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
