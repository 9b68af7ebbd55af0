import type { ConflictView } from '../../../domain/review/index.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { reviewPath } from './manage-layout.js';
import { ProposalTitle, type Titles } from './proposal-title.js';

/** "Detect conflicts" and the conflicts found or declared. */
export function ConflictsSection(props: { t: Translator; slug: string; csrfToken: string; conflicts: ConflictView[]; titles: Titles }) {
  const { t } = props;
  return (
    <section aria-labelledby="conflicts">
      <h2 id="conflicts">{t.t('manage.conflicts.title')}</h2>
      <p>{t.t('manage.conflicts.intro')}</p>
      <form method="post" action={reviewPath(props.slug, '/conflicts')}>
        <CsrfField token={props.csrfToken} />
        <button type="submit">{t.t('manage.conflicts.detect')}</button>
      </form>
      {props.conflicts.length === 0 ? <p>{t.t('manage.conflicts.none')}</p> : (
        <div class="scroll">
          <table>
            <caption>{t.t('manage.conflicts.count', { count: props.conflicts.length })}</caption>
            <thead><tr><th scope="col">{t.t('manage.column.reviewer')}</th><th scope="col">{t.t('manage.column.proposal')}</th><th scope="col">{t.t('manage.conflicts.source')}</th><th scope="col">{t.t('manage.conflicts.reasons')}</th></tr></thead>
            <tbody>
              {props.conflicts.map((conflict) => (
                <tr>
                  <th scope="row">{conflict.reviewerEmail}</th>
                  <td><ProposalTitle t={t} titles={props.titles} id={conflict.submissionId} /></td>
                  <td>{t.t(`manage.conflicts.source.${conflict.source}`)}</td>
                  <td>
                    <ul>
                      {conflict.reasons.map((reason) => <li>{t.t(`manage.conflicts.code.${reason.code}`)} <small lang="en">({reason.detail})</small></li>)}
                    </ul>
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
