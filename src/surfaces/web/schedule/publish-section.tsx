import type { ScheduleGrid, ScheduleVersionView } from '../../../domain/schedule/editor/index.js';
import { CsrfField, type PageFrame } from '../layout.js';
import { schedulePath } from './schedule-paths.js';

/** Publish as a named version, and the versions published so far. */
export function PublishSection(props: { frame: PageFrame; grid: ScheduleGrid; versions: ScheduleVersionView[]; nameError?: string | undefined; typedName?: string | undefined }) {
  const { frame, grid, versions } = props;
  const { t } = frame;
  const next = (versions[0]?.number ?? 0) + 1;
  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{t.t('schedule.publish.title')}</h2>
      <p class="hint">{t.t('schedule.publish.hint')}</p>
      {grid.conflicts.total > 0 ? <p class="conflict-summary">{t.t('schedule.publish.withConflicts')}</p> : null}
      <form method="post" action={schedulePath(grid.edition.slug, '/versions')} class="stack">
        <CsrfField token={frame.csrfToken} />
        <div class={`field${props.nameError ? ' invalid' : ''}`}>
          <label for="version-name">{t.t('schedule.publish.name')}</label>
          <input id="version-name" name="name" required maxlength={120} value={props.typedName ?? ''} aria-invalid={props.nameError ? 'true' : undefined}
            aria-describedby={props.nameError ? 'version-name-error' : undefined} />
          {props.nameError ? <span id="version-name-error" class="field-error">{props.nameError}</span> : null}
        </div>
        <div><button type="submit">{t.t('schedule.publish.submit', { number: next })}</button></div>
      </form>
      <h3>{t.t('schedule.versions.title')}</h3>
      {versions.length === 0 ? <p>{t.t('schedule.versions.none')}</p> : (
        <ul>
          {versions.map((version) => (
            <li>
              {t.t('schedule.versions.item', {
                number: version.number, name: version.name, by: version.publishedBy ?? '—', count: version.sessions,
                date: new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: grid.edition.timeZone }).format(new Date(version.publishedAt)),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
