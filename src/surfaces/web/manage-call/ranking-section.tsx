import type { RankedSubmission } from '../../../domain/review/index.js';
import type { Translator } from '../../../i18n/index.js';
import { ProposalTitle, type Titles } from './proposal-title.js';
import { formatScore } from './value-labels.js';

/** Proposals by their mean weighted score. */
export function RankingSection(props: { t: Translator; ranking: RankedSubmission[]; titles: Titles }) {
  const { t } = props;
  return (
    <section aria-labelledby="ranking">
      <h2 id="ranking">{t.t('manage.ranking.title')}</h2>
      {props.ranking.length === 0 ? <p>{t.t('manage.ranking.none')}</p> : (
        <div class="scroll">
          <table>
            <thead><tr><th scope="col">{t.t('manage.ranking.rank')}</th><th scope="col">{t.t('manage.column.proposal')}</th><th scope="col">{t.t('manage.column.score')}</th><th scope="col">{t.t('manage.column.reviews')}</th><th scope="col">{t.t('manage.ranking.assigned')}</th></tr></thead>
            <tbody>
              {props.ranking.map((entry, index) => (
                <tr>
                  <td>{index + 1}</td>
                  <th scope="row"><ProposalTitle t={t} titles={props.titles} id={entry.submissionId} /></th>
                  <td>{formatScore(entry.score, t.locale)}</td>
                  <td>{entry.reviewCount}</td>
                  <td>{entry.assignedCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
