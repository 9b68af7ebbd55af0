import type { IdentitySuggestionView } from '../../../domain/people/merge/index.js';
import type { ImportReport } from '../../../domain/archive/import/index.js';
import { lintMessage, lintPlace, type LintFinding } from '../../../domain/archive/lint/index.js';
import { CsrfField, Layout, type PageFrame } from '../layout.js';

const actions = ['create', 'update', 'merge', 'suggest', 'unchanged'] as const;

export function ImportPage(props: { frame: PageFrame; action: string; editionSlug: string | null; report?: ImportReport; error?: string }) {
  const { t } = props.frame;
  const report = props.report;
  return (
    <Layout frame={props.frame} title={t.t('import.title')}>
      <h1>{t.t('import.title')}</h1>
      <p>{t.t('import.intro')}</p>
      {props.error ? <p role="alert" class="error">{t.t('import.failed', { problem: props.error })}</p> : null}
      {report ? (
        <section aria-labelledby="import-result">
          <h2 id="import-result">{report.dryRun ? t.t('import.dryRunDone') : t.t('import.done')}</h2>
          <ul>{report.documents.map((document) => <li>{`${document.file} — ${document.kind} (${document.language}) → ${document.editionSlug ?? ''}`}</li>)}</ul>
          <table>
            <thead><tr><th scope="col">{t.t('import.column.entity')}</th>{actions.map((action) => <th scope="col">{t.t(`import.action.${action}`)}</th>)}</tr></thead>
            <tbody>
              {[...new Set(actions.flatMap((action) => Object.keys(report.counts[action])))].sort().map((entity) => (
                <tr><th scope="row">{entity}</th>{actions.map((action) => <td>{report.counts[action][entity] ?? 0}</td>)}</tr>
              ))}
            </tbody>
          </table>
          {report.dryRun ? (
            <ul class="changes">
              {report.changes.filter((change) => change.action !== 'unchanged').slice(0, 500).map((change) => (
                <li>{`${t.t(`import.action.${change.action}`)} · ${change.entity}: ${change.label}${change.source ? ` (${change.source.file}:${change.source.line})` : ''}`}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <form method="post" action={props.action} enctype="multipart/form-data">
        <CsrfField token={props.frame.csrfToken} />
        <p>
          <label for="files">{t.t('import.files')}</label>
          <input id="files" name="files" type="file" multiple required accept=".txt,.md,.pdf,.docx,.csv,.xlsx,.json,.xml" />
        </p>
        <p><button type="submit" name="mode" value="dry-run">{t.t('import.dryRun')}</button> <button type="submit" name="mode" value="import">{t.t('import.run')}</button></p>
      </form>
    </Layout>
  );
}

export function LintPage(props: { frame: PageFrame; findings: LintFinding[] }) {
  const { t } = props.frame;
  return (
    <Layout frame={props.frame} title={t.t('lint.title')}>
      <h1>{t.t('lint.title')}</h1>
      <p>{t.t('lint.intro')}</p>
      {props.findings.length === 0 ? <p>{t.t('lint.none')}</p> : (
        <table>
          <thead><tr><th scope="col">{t.t('lint.column.severity')}</th><th scope="col">{t.t('lint.column.where')}</th><th scope="col">{t.t('lint.column.message')}</th></tr></thead>
          <tbody>
            {props.findings.map((finding) => (
              <tr class={`lint-${finding.severity}`}>
                <td>{t.t(`lint.severity.${finding.severity}`)}</td>
                <td>{lintPlace(t, finding)}</td>
                <td>{lintMessage(t, finding)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function IdentitySuggestionsPage(props: { frame: PageFrame; suggestions: IdentitySuggestionView[] }) {
  const { t } = props.frame;
  const describe = (entry: IdentitySuggestionView['kept']) => `${entry.name}${entry.detail ? ` (${entry.detail})` : ''}`;
  return (
    <Layout frame={props.frame} title={t.t('identity.title')}>
      <h1>{t.t('identity.title')}</h1>
      <p>{t.t('identity.intro')}</p>
      {props.suggestions.length === 0 ? <p>{t.t('identity.none')}</p> : (
        <ul class="suggestions">
          {props.suggestions.map((suggestion) => (
            <li>
              <p>
                <strong>{t.t('identity.kept')}:</strong> {describe(suggestion.kept)} · <strong>{t.t('identity.other')}:</strong> {describe(suggestion.other)}
                {' · '}{t.t('identity.score', { score: suggestion.score })}
              </p>
              {suggestion.reasons.length > 0 ? <p class="reasons">{suggestion.reasons.join(' · ')}</p> : null}
              <form method="post" action={`/manage/identities/${suggestion.id}`}>
                <CsrfField token={props.frame.csrfToken} />
                <button type="submit" name="decision" value="confirm">{t.t('identity.confirm')}</button>{' '}
                <button type="submit" name="decision" value="reject">{t.t('identity.reject')}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
