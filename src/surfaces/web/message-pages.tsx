import type { OutboxEntry } from '../../domain/mail/index.js';
import { Layout, type PageFrame } from './layout.js';

export function ErrorPage(props: { frame: PageFrame; message: string }) {
  const { t } = props.frame;
  return (
    <Layout frame={props.frame} title={t.t('error.title')}>
      <h1>{t.t('error.title')}</h1>
      <p role="alert">{props.message}</p>
      <p><a href="/">{t.t('nav.home')}</a></p>
    </Layout>
  );
}

export function OutboxPage(props: { frame: PageFrame; mails: OutboxEntry[]; showBodies: boolean }) {
  const { t } = props.frame;
  return (
    <Layout frame={props.frame} title={t.t('outbox.title')}>
      <h1>{t.t('outbox.title')}</h1>
      <p>{t.t('outbox.intro')}</p>
      {props.mails.length === 0 ? <p>{t.t('outbox.empty')}</p> : (
        <table>
          <thead><tr><th scope="col">{t.t('outbox.recipient')}</th><th scope="col">{t.t('outbox.subject')}</th><th scope="col">{t.t('outbox.status')}</th></tr></thead>
          <tbody>
            {props.mails.map((mail) => (
              <tr>
                <td>{mail.recipient}</td>
                <td>
                  {mail.subject}
                  {props.showBodies ? <pre style="white-space:pre-wrap">{mail.textBody}</pre> : null}
                </td>
                <td>{mail.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
