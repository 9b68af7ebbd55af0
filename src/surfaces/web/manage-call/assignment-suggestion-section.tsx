import type { AssignmentSuggestion } from '../../../domain/review/assignment/index.js';
import type { ReviewerProfileView } from '../../../domain/review/index.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { reviewPath } from './manage-layout.js';
import { ProposalTitle, type Titles } from './proposal-title.js';

/** "Suggest assignments", and the suggestion with its loads, shortfalls and an "Apply" button. */
export function AssignmentSuggestionSection(props: { t: Translator; slug: string; csrfToken: string; suggestion: AssignmentSuggestion | null; reviewers: ReviewerProfileView[]; titles: Titles }) {
  const { t, suggestion } = props;
  const emailOf = new Map(props.reviewers.map((reviewer) => [reviewer.userId, reviewer.email]));
  return (
    <section aria-labelledby="suggestion">
      <h2 id="suggestion">{t.t('manage.suggestion.title')}</h2>
      <p>{t.t('manage.suggestion.intro')}</p>
      <form method="post" action={reviewPath(props.slug, '/assignments/suggestion')}>
        <CsrfField token={props.csrfToken} />
        <button type="submit">{t.t('manage.suggestion.run')}</button>
      </form>
      {suggestion ? (
        <div class="card">
          <p role="status">{t.t('manage.suggestion.summary', { count: suggestion.assignments.length, shortfalls: suggestion.shortfalls.length })}</p>
          {suggestion.assignments.length > 0 ? (
            <form method="post" action={reviewPath(props.slug, '/assignments')}>
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="source" value="suggested" />
              {suggestion.assignments.map((pair) => <input type="hidden" name="pair" value={`${pair.submissionId}:${pair.userId}`} />)}
              <button type="submit">{t.t('manage.suggestion.apply', { count: suggestion.assignments.length })}</button>
            </form>
          ) : null}
          <h3>{t.t('manage.suggestion.loads')}</h3>
          <table>
            <thead><tr><th scope="col">{t.t('manage.column.reviewer')}</th><th scope="col">{t.t('manage.suggestion.load')}</th><th scope="col">{t.t('manage.reviewer.maxLoad')}</th></tr></thead>
            <tbody>
              {props.reviewers.map((reviewer) => (
                <tr><th scope="row">{reviewer.email}</th><td>{suggestion.loads[reviewer.userId] ?? 0}</td><td>{reviewer.maxLoad}</td></tr>
              ))}
            </tbody>
          </table>
          {suggestion.shortfalls.length > 0 ? (
            <>
              <h3>{t.t('manage.suggestion.shortfalls')}</h3>
              <table>
                <thead><tr><th scope="col">{t.t('manage.column.proposal')}</th><th scope="col">{t.t('manage.suggestion.missing')}</th><th scope="col">{t.t('manage.suggestion.reason')}</th></tr></thead>
                <tbody>
                  {suggestion.shortfalls.map((shortfall) => (
                    <tr>
                      <th scope="row"><ProposalTitle t={t} titles={props.titles} id={shortfall.submissionId} /></th>
                      <td>{shortfall.missing}</td>
                      <td>{t.t(`manage.suggestion.shortfall.${shortfall.reason}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          {suggestion.assignments.length > 0 ? (
            <details>
              <summary>{t.t('manage.suggestion.pairs', { count: suggestion.assignments.length })}</summary>
              <table>
                <thead><tr><th scope="col">{t.t('manage.column.proposal')}</th><th scope="col">{t.t('manage.column.reviewer')}</th><th scope="col">{t.t('manage.suggestion.themeMatch')}</th></tr></thead>
                <tbody>
                  {suggestion.assignments.map((pair) => (
                    <tr>
                      <th scope="row"><ProposalTitle t={t} titles={props.titles} id={pair.submissionId} /></th>
                      <td>{emailOf.get(pair.userId) ?? pair.userId}</td>
                      <td>{new Intl.NumberFormat(t.locale, { style: 'percent' }).format(pair.themeMatch)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
