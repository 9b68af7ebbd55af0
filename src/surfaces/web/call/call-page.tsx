import type { CallView, SubmissionView } from '../../../domain/call/index.js';
import { describeDeadline } from '../../../domain/call/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { Layout, type PageFrame } from '../layout.js';

/** The public call: what it asks, until when (in the forum's zone and the reader's), and the reader's own proposals. */
export function CallPage(props: { frame: PageFrame; call: CallView; readerZone: string; mine: SubmissionView[] | null }) {
  const { t } = props.frame;
  const { call } = props;
  const name = readLocalized(call.editionName, t.locale).value;
  const base = `/editions/${call.editionSlug}/call`;
  return (
    <Layout frame={props.frame} title={t.t('call.title', { forum: name })} readerZone={props.readerZone}>
      <h1>{t.t('call.title', { forum: name })}</h1>
      {call.intro ? <p>{readLocalized(call.intro, t.locale).value}</p> : null}
      <p>
        {t.t('call.deadline', { deadline: describeDeadline(call.deadline, t.locale, call.timeZone) })}
        {props.readerZone !== call.timeZone ? <> · {t.t('call.deadlineYours', { deadline: describeDeadline(call.deadline, t.locale, props.readerZone) })}</> : null}
      </p>
      {call.acceptsChanges ? null : <p role="status">{t.t('call.closed')}</p>}
      <h2>{t.t('call.kinds')}</h2>
      <ul>{call.submissionKinds.map((kind) => <li>{t.t(`call.kind.${kind}`)}</li>)}</ul>
      {props.mine === null ? (
        <p><a href={`/sign-in?next=${encodeURIComponent(`${base}/submissions/new`)}`}>{t.t('call.signInToSubmit')}</a></p>
      ) : (
        <section aria-labelledby="mine">
          <h2 id="mine">{t.t('call.mine')}</h2>
          {props.mine.length === 0 ? <p>{t.t('call.mineNone')}</p> : (
            <ul>
              {props.mine.map((submission) => (
                <li><a href={`${base}/submissions/${submission.id}`}>{readLocalized(submission.title, t.locale).value}</a> — {t.t(`call.status.${submission.status}`)}</li>
              ))}
            </ul>
          )}
          {call.acceptsChanges ? <p><a class="button" href={`${base}/submissions/new`}>{t.t('call.new')}</a></p> : null}
        </section>
      )}
    </Layout>
  );
}
