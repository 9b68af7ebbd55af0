import type { RankingRow } from '../../../domain/selection/index.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { Localized } from '../localized.js';
import { countryName, dimensionValueLabel, formatScore } from './value-labels.js';

const outcomes = ['accepted', 'rejected', 'waitlisted'] as const;

/** The sent proposals by score, each with its decision and the buttons to draft one. */
export function DecisionsTable(props: { t: Translator; slug: string; csrfToken: string; places: number; ranking: RankingRow[] }) {
  const { t } = props;
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">{t.t('manage.decisions.title')}</h2>
      {props.ranking.length === 0 ? <p>{t.t('manage.ranking.none')}</p> : (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.t('manage.column.proposal')}</th><th scope="col">{t.t('manage.column.organisation')}</th><th scope="col">{t.t('manage.column.country')}</th>
                <th scope="col">{t.t('manage.dimension.region')}</th><th scope="col">{t.t('manage.dimension.language')}</th><th scope="col">{t.t('manage.column.score')}</th>
                <th scope="col">{t.t('manage.column.reviews')}</th><th scope="col">{t.t('manage.decisions.decision')}</th><th scope="col">{t.t('manage.decisions.decide')}</th>
              </tr>
            </thead>
            <tbody>
              {props.ranking.map((row) => (
                <tr id={`proposal-${row.id}`}>
                  <th scope="row" id={`title-${row.id}`}><Localized t={t} text={row.title} /></th>
                  <td>{row.organisationName ?? ''}</td>
                  <td>{countryName(row.country, t.locale)}</td>
                  <td>{row.region ? dimensionValueLabel(t, 'region', row.region, new Map()) : ''}</td>
                  <td>{t.languageName(row.language)}</td>
                  <td>{formatScore(row.score, t.locale)}</td>
                  <td>{row.reviewCount}</td>
                  <td>
                    {row.outcome ? t.t(`manage.outcome.${row.outcome}`) : t.t('manage.outcome.none')}
                    {row.decisionState === 'sent' ? <> <span class="badge">{t.t('manage.decisions.sent')}</span></> : null}
                  </td>
                  <td class="actions">
                    {row.decisionState === 'sent' ? null : (
                      <form method="post" action={`/editions/${props.slug}/manage/selection/decisions/${row.id}`}>
                        <CsrfField token={props.csrfToken} />
                        <input type="hidden" name="places" value={String(props.places)} />
                        {outcomes.filter((outcome) => outcome !== row.outcome).map((outcome) => (
                          <button type="submit" name="outcome" value={outcome} class={outcome === 'accepted' ? undefined : 'secondary'} aria-describedby={`title-${row.id}`}>{t.t(`manage.decisions.${outcome}`)}</button>
                        ))}
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
