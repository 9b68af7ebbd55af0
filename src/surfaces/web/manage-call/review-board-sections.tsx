import type { AssignmentView, ConflictView, RankedSubmission, ReviewerProfileView } from '../../../domain/review/index.js';
import type { AssignmentSuggestion } from '../../../domain/review/assignment/index.js';
import { readLocalized, type LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { Localized } from '../localized.js';
import { formatScore } from './value-labels.js';

export type Titles = ReadonlyMap<string, LocalizedText>;

/** A proposal by its title in the reader's language (or visibly in its original). */
export function ProposalTitle(props: { t: Translator; titles: Titles; id: string }) {
  const title = props.titles.get(props.id);
  return title ? <Localized t={props.t} text={title} /> : <span>{props.id}</span>;
}

const board = (slug: string, path = '') => `/editions/${slug}/manage/review${path}`;

/** "Detect conflicts" and the conflicts found or declared. */
export function ConflictsSection(props: { t: Translator; slug: string; csrfToken: string; conflicts: ConflictView[]; titles: Titles }) {
  const { t } = props;
  return (
    <section aria-labelledby="conflicts">
      <h2 id="conflicts">{t.t('manage.conflicts.title')}</h2>
      <p>{t.t('manage.conflicts.intro')}</p>
      <form method="post" action={board(props.slug, '/conflicts')}>
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

/** "Suggest assignments", and the suggestion with its loads, shortfalls and an "Apply" button. */
export function AssignmentSuggestionSection(props: { t: Translator; slug: string; csrfToken: string; suggestion: AssignmentSuggestion | null; reviewers: ReviewerProfileView[]; titles: Titles }) {
  const { t, suggestion } = props;
  const emailOf = new Map(props.reviewers.map((reviewer) => [reviewer.userId, reviewer.email]));
  return (
    <section aria-labelledby="suggestion">
      <h2 id="suggestion">{t.t('manage.suggestion.title')}</h2>
      <p>{t.t('manage.suggestion.intro')}</p>
      <form method="post" action={board(props.slug, '/assignments/suggestion')}>
        <CsrfField token={props.csrfToken} />
        <button type="submit">{t.t('manage.suggestion.run')}</button>
      </form>
      {suggestion ? (
        <div class="card">
          <p role="status">{t.t('manage.suggestion.summary', { count: suggestion.assignments.length, shortfalls: suggestion.shortfalls.length })}</p>
          {suggestion.assignments.length > 0 ? (
            <form method="post" action={board(props.slug, '/assignments')}>
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
                    <form method="post" action={board(props.slug, '/assignments/remove')}>
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
        <form method="post" action={board(props.slug, '/assignments')} class="filters">
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

const titleText = (title: LocalizedText | undefined, locale: string): string => (title ? readLocalized(title, locale).value : '');

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
