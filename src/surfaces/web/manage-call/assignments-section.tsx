import type { AssignmentView, ReviewerProfileView } from '../../../domain/review/index.js';
import { readLocalized, type LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { reviewPath } from './manage-layout.js';
import { ProposalTitle, type Titles } from './proposal-title.js';

const titleText = (title: LocalizedText | undefined, locale: string): string => (title ? readLocalized(title, locale).value : '');

/** Who reviews what, each with a button to withdraw it, and a form to assign one by hand. */
export function AssignmentsSection(props: { t: Translator; slug: string; csrfToken: string; assignments: AssignmentView[]; reviewers: ReviewerProfileView[]; titles: Titles }) {
  const { t } = props;
  const proposals = [...props.titles.keys()];
  return (
    <section aria-labelledby="assignments">
      <h2 id="assignments">{t.t('manage.assignments.title')}</h2>
      {props.assignments.length === 0 ? <p>{t.t('manage.assignments.none')}</p> : (
        <div class="scroll">
          <table>
            <caption>{t.t('manage.assignments.count', { count: props.assignments.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('manage.column.proposal')}</th><th scope="col">{t.t('manage.column.reviewer')}</th><th scope="col">{t.t('manage.assignments.source')}</th>
                <th scope="col">{t.t('manage.assignments.review')}</th><th scope="col">{t.t('manage.assignments.withdraw')}</th>
              </tr>
            </thead>
            <tbody>
              {props.assignments.map((assignment) => (
                <tr>
                  <th scope="row"><ProposalTitle t={t} titles={props.titles} id={assignment.submissionId} /></th>
                  <td>{assignment.reviewerEmail}</td>
                  <td>{t.t(`manage.assignments.source.${assignment.source}`)}</td>
                  <td>{t.t(`manage.assignments.status.${assignment.reviewStatus}`)}</td>
                  <td>
                    <form method="post" action={reviewPath(props.slug, '/assignments/remove')}>
                      <CsrfField token={props.csrfToken} />
                      <input type="hidden" name="submissionId" value={assignment.submissionId} />
                      <input type="hidden" name="reviewerUserId" value={assignment.reviewerUserId} />
                      <button type="submit" class="secondary">{t.t('manage.assignments.remove')}<span class="visually-hidden"> {assignment.reviewerEmail}</span></button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {proposals.length > 0 && props.reviewers.length > 0 ? (
        <form method="post" action={reviewPath(props.slug, '/assignments')} class="filters">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="source" value="manual" />
          <p>
            <label for="manual-proposal">{t.t('manage.column.proposal')}</label>
            <select id="manual-proposal" name="submissionId">
              {proposals.map((id) => <option value={id}>{titleText(props.titles.get(id), t.locale) || id}</option>)}
            </select>
          </p>
          <p>
            <label for="manual-reviewer">{t.t('manage.column.reviewer')}</label>
            <select id="manual-reviewer" name="reviewerUserId">
              {props.reviewers.map((reviewer) => <option value={reviewer.userId}>{reviewer.email}</option>)}
            </select>
          </p>
          <p><button type="submit">{t.t('manage.assignments.assign')}</button></p>
        </form>
      ) : null}
    </section>
  );
}
