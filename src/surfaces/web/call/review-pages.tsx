import type { FieldProblem } from '../../../domain/errors.js';
import type { OwnReview, ProposalForReview, ReviewDeskEntry } from '../../../domain/review/index.js';
import { scoreScale } from '../../../domain/review/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { CsrfField, Layout, type PageFrame } from '../layout.js';
import { ProblemList } from './field-errors.js';

export function ReviewListPage(props: { frame: PageFrame; slug: string; entries: { proposal: ProposalForReview; own: OwnReview }[]; notice?: string }) {
  const { t } = props.frame;
  return (
    <Layout frame={props.frame} title={t.t('review.title')}>
      <h1>{t.t('review.title')}</h1>
      {props.notice ? <p role="status" class="notice">{props.notice}</p> : null}
      {props.entries.length === 0 ? <p>{t.t('review.none')}</p> : (
        <table>
          <thead><tr><th scope="col">{t.t('review.proposal')}</th><th scope="col">{t.t('review.language')}</th><th scope="col">{t.t('review.yourReview')}</th></tr></thead>
          <tbody>
            {props.entries.map(({ proposal, own }) => (
              <tr>
                <td><a href={`/editions/${props.slug}/reviews/${proposal.id}`}>{readLocalized(proposal.title, t.locale).value}</a></td>
                <td>{t.languageName(proposal.language)}</td>
                <td>{t.t(`review.status.${own.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function ReviewPage(props: { frame: PageFrame; slug: string; entry: ReviewDeskEntry; problems?: FieldProblem[]; typed?: { scores: Record<string, string>; comment: string } }) {
  const { t } = props.frame;
  const { proposal, criteria, own, others } = props.entry;
  const scores = props.typed?.scores ?? Object.fromEntries(Object.entries(own.scores).map(([key, value]) => [key, String(value)]));
  const comment = props.typed?.comment ?? own.comment;
  const base = `/editions/${props.slug}/reviews/${proposal.id}`;
  const range = Array.from({ length: scoreScale.max - scoreScale.min + 1 }, (_, index) => scoreScale.min + index);
  return (
    <Layout frame={props.frame} title={readLocalized(proposal.title, t.locale).value}>
      <p><a href={`/editions/${props.slug}/reviews`}>{t.t('review.back')}</a></p>
      <h1>{readLocalized(proposal.title, t.locale).value}</h1>
      {proposal.anonymous ? <p class="notice">{t.t('review.anonymous')}</p> : null}
      <dl>
        <dt>{t.t('review.language')}</dt><dd>{t.languageName(proposal.language)}</dd>
        {proposal.country ? <><dt>{t.t('review.country')}</dt><dd>{new Intl.DisplayNames([t.locale], { type: 'region' }).of(proposal.country)}</dd></> : null}
        {proposal.organisationKind ? <><dt>{t.t('review.organisationKind')}</dt><dd>{t.t(`call.organisationKind.${proposal.organisationKind}` as never)}</dd></> : null}
        {proposal.organisationName ? <><dt>{t.t('review.organisation')}</dt><dd>{proposal.organisationName}</dd></> : null}
        {proposal.presenters.length > 0 ? <><dt>{t.t('review.presenters')}</dt><dd>{proposal.presenters.map((presenter) => presenter.name).join(', ')}</dd></> : null}
      </dl>
      {proposal.summary ? <section aria-labelledby="summary"><h2 id="summary">{t.t('review.summary')}</h2><p class="prose">{readLocalized(proposal.summary, t.locale).value}</p></section> : null}
      {Object.keys(proposal.answers).length > 0 ? (
        <section aria-labelledby="answers">
          <h2 id="answers">{t.t('review.answers')}</h2>
          <dl>{Object.entries(proposal.answers).map(([key, value]) => <><dt>{key}</dt><dd>{value}</dd></>)}</dl>
        </section>
      ) : null}
      <section aria-labelledby="your-review">
        <h2 id="your-review">{t.t('review.yourReview')} — {t.t(`review.status.${own.status}`)}</h2>
        <ProblemList t={t} problems={props.problems ?? []} />
        {props.entry.phaseOpen ? null : <p role="status">{t.t('review.phaseClosed')}</p>}
        <form method="post" action={base}>
          <CsrfField token={props.frame.csrfToken} />
          <fieldset disabled={!props.entry.phaseOpen}>
            {criteria.map((criterion) => (
              <fieldset>
                <legend>{readLocalized(criterion.label, t.locale).value} ({t.t('review.weight', { weight: criterion.weight })})</legend>
                {range.map((value) => (
                  <label class="inline"><input type="radio" name={`score_${criterion.key}`} value={String(value)} checked={scores[criterion.key] === String(value)} /> {value}</label>
                ))}
              </fieldset>
            ))}
            <p><label for="comment">{t.t('review.comment')}</label><br /><textarea id="comment" name="comment" rows={6}>{comment}</textarea></p>
            <p>
              <button type="submit" name="intent" value="save">{t.t('review.saveDraft')}</button>{' '}
              <button type="submit" name="intent" value="submit">{t.t('review.submit')}</button>
            </p>
          </fieldset>
        </form>
      </section>
      <section aria-labelledby="others">
        <h2 id="others">{t.t('review.others')}</h2>
        {others === null ? <p>{t.t('review.othersHidden')}</p> : others.length === 0 ? <p>{t.t('review.othersNone')}</p> : (
          <ul>{others.map((other, index) => <li>{t.t('review.otherLine', { number: index + 1, score: other.weightedScore ?? '—' })}{other.comment ? ` — ${other.comment}` : ''}</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="conflict">
        <h2 id="conflict">{t.t('review.conflictTitle')}</h2>
        <form method="post" action={`${base}/conflict`}>
          <CsrfField token={props.frame.csrfToken} />
          <p><label for="reason">{t.t('review.conflictReason')}</label><br /><input id="reason" name="reason" type="text" required minlength={3} /></p>
          <button type="submit" class="secondary">{t.t('review.conflictDeclare')}</button>
        </form>
      </section>
    </Layout>
  );
}

export function InvitationPage(props: { frame: PageFrame; token: string; signedIn: boolean; error?: string }) {
  const { t } = props.frame;
  const path = `/invitations/${props.token}`;
  return (
    <Layout frame={props.frame} title={t.t('invitation.title')}>
      <h1>{t.t('invitation.title')}</h1>
      {props.error ? <p role="alert" class="error">{props.error}</p> : null}
      <p>{t.t('invitation.intro')}</p>
      {props.signedIn ? (
        <form method="post" action={path}>
          <CsrfField token={props.frame.csrfToken} />
          <button type="submit">{t.t('invitation.accept')}</button>
        </form>
      ) : (
        <p>
          <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t.t('nav.signIn')}</a> · <a href={`/sign-up?next=${encodeURIComponent(path)}`}>{t.t('nav.signUp')}</a>
        </p>
      )}
    </Layout>
  );
}
