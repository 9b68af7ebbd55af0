import type { DecisionMailPreview } from '../../../domain/selection/index.js';
import { CsrfField, type PageFrame } from '../layout.js';
import { ManageLayout } from './manage-layout.js';
import type { ManagedForum } from './manage-scope.js';

/** Every decision mail as it will leave, then one button that sends them all. */
export function MailsPage(props: { frame: PageFrame; forum: ManagedForum; mails: DecisionMailPreview[]; notice?: string | undefined }) {
  const { t } = props.frame;
  const decisions = new Set(props.mails.map((mail) => mail.submissionId)).size;
  return (
    <ManageLayout frame={props.frame} forum={props.forum} current="mails" title={t.t('manage.mails.title')} notice={props.notice}>
      <p>{t.t('manage.mails.intro')}</p>
      {props.mails.length === 0 ? <p>{t.t('manage.mails.none')}</p> : (
        <>
          <form method="post" action={`/editions/${props.forum.slug}/manage/selection/mails`}>
            <CsrfField token={props.frame.csrfToken} />
            <button type="submit">{t.t('manage.mails.send', { decisions, mails: props.mails.length })}</button>
          </form>
          {props.mails.map((mail, index) => (
            <article class="card" aria-labelledby={`mail-${index}`}>
              <h2 id={`mail-${index}`} lang={mail.locale}>{mail.subject}</h2>
              <dl>
                <dt>{t.t('manage.mails.recipient')}</dt><dd>{mail.recipient}</dd>
                <dt>{t.t('manage.mails.language')}</dt><dd>{t.languageName(mail.locale)}</dd>
                <dt>{t.t('manage.decisions.decision')}</dt><dd>{t.t(`manage.outcome.${mail.outcome}`)}</dd>
              </dl>
              <pre class="mail" lang={mail.locale}>{mail.body}</pre>
            </article>
          ))}
        </>
      )}
    </ManageLayout>
  );
}
