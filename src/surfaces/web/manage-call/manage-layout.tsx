import type { Child } from 'hono/jsx';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { Layout, type PageFrame } from '../layout.js';
import type { ManagedForum } from './manage-scope.js';

export type ManagePage = 'call' | 'review' | 'selection' | 'mails';

const pages: { page: ManagePage; path: string; label: 'manage.nav.call' | 'manage.nav.review' | 'manage.nav.selection' | 'manage.nav.mails' }[] = [
  { page: 'call', path: 'manage/call', label: 'manage.nav.call' },
  { page: 'review', path: 'manage/review', label: 'manage.nav.review' },
  { page: 'selection', path: 'manage/selection', label: 'manage.nav.selection' },
  { page: 'mails', path: 'manage/selection/mails', label: 'manage.nav.mails' },
];

/** The path of a review action: `/editions/bilbao-2018/manage/review/conflicts`. */
export const reviewPath = (slug: string, path = ''): string => `/editions/${slug}/manage/review${path}`;

/** Wide tables and rows of inputs scroll sideways on a phone instead of squeezing. */
const manageStyles = `
main{max-width:80rem}
.rows td,.rows th{vertical-align:top}.rows input,.rows select,.rows textarea{min-width:6rem}
textarea{font:inherit;padding:8px;width:100%;border:1px solid #767676;border-radius:4px}
.grid{display:grid;gap:8px 16px;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}
.actions form{display:inline}.actions button{padding:4px 8px;margin:2px 0}
button.secondary{background:#fff;color:#0d3b2e;border:1px solid #0d3b2e}
.met{color:#1b5e20}.unmet{color:#a40e26;font-weight:600}
pre.mail{white-space:pre-wrap;background:#f6f6f6;padding:8px;border-radius:4px}
`;

/** The organisers' navigation between the call, the review, the selection and the decision mails. */
export function ManageNav(props: { frame: PageFrame; forum: ManagedForum; current: ManagePage }) {
  const { t } = props.frame;
  return (
    <nav aria-label={t.t('manage.nav.label')}>
      <ul>
        {pages.map((page) => (
          <li>
            <a href={`/editions/${props.forum.slug}/${page.path}`} aria-current={page.page === props.current ? 'page' : undefined}>{t.t(page.label)}</a>
          </li>
        ))}
        <li><a href={`/editions/${props.forum.slug}`}>{t.t('manage.nav.forum')}</a></li>
      </ul>
    </nav>
  );
}

/** An organisers' page: the shared layout, the navigation, the title with the forum's name, a notice. */
export function ManageLayout(props: { frame: PageFrame; forum: ManagedForum; current: ManagePage; title: string; notice?: string | undefined; children: Child }) {
  const { t } = props.frame;
  const forumName = readLocalized(props.forum.name, t.locale).value;
  return (
    <Layout frame={props.frame} title={`${props.title} · ${forumName}`} head={<style>{manageStyles}</style>}>
      <ManageNav frame={props.frame} forum={props.forum} current={props.current} />
      <h1>{props.title} <small>· {forumName}</small></h1>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      {props.children}
    </Layout>
  );
}
