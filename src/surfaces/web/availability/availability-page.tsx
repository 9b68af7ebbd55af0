import type { AvailabilityView, AvailabilityWindowView } from '../../../domain/people/availability/index.js';
import { availabilityKinds } from '../../../domain/people/availability/index.js';
import { commonTimeZones, formatDay, formatTimeRange } from '../../../i18n/time.js';
import { CsrfField, Layout, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';

export interface AvailabilityFormState {
  /** What the person typed when it was refused, to type it again. */
  typed?: { kind: string; startsAt: string; endsAt: string; note: string };
  error?: string;
  notice?: string;
}

export interface AvailabilityPageProps {
  frame: PageFrame;
  view: AvailabilityView;
  /** Where the forms post: the person's own page or the organisers' view of them. */
  basePath: string;
  own: boolean;
  /** The zone to show and type in: the stored one, else the reader's. */
  zone: string;
  state: AvailabilityFormState;
}

function WindowItem(props: { frame: PageFrame; view: AvailabilityView; window: AvailabilityWindowView; zone: string; basePath: string }) {
  const { frame, view, window, zone } = props;
  const { t } = frame;
  const eventZone = view.edition.timeZone;
  return (
    <li>
      <strong>{t.t(`availability.kind.${window.kind}`)}</strong>{' '}
      {formatDay(window.startsAt, zone, t.locale)}, {formatTimeRange(window.startsAt, window.endsAt, zone, t.locale)} ({zone})
      {zone !== eventZone ? <> — {t.t('availability.window.atForum', { time: `${formatDay(window.startsAt, eventZone, t.locale)}, ${formatTimeRange(window.startsAt, window.endsAt, eventZone, t.locale)}`, zone: eventZone })}</> : null}
      {window.note ? <> · <em>{window.note}</em></> : null}
      <form method="post" action={`${props.basePath}/windows/${window.id}/delete`} class="inline">
        <CsrfField token={frame.csrfToken} />
        <button type="submit" class="secondary">{t.t('availability.window.remove')}</button>
      </form>
    </li>
  );
}

/**
 * A person's availability for a forum: their zone, their windows typed in it (each also shown in the
 * forum's zone), and plain forms to change them. Private: only the person and the organisers reach it.
 */
export function AvailabilityPage(props: AvailabilityPageProps) {
  const { frame, view, zone, state, basePath } = props;
  const { t } = frame;
  const title = props.own ? t.t('availability.title.own') : t.t('availability.title.other', { person: view.person.name });
  const zones = [...new Set([zone, view.edition.timeZone, ...commonTimeZones])];
  const dayOf = (date: string) => formatDay(`${date}T12:00:00.000Z`, 'UTC', t.locale);
  return (
    <Layout frame={frame} title={title}>
      <nav aria-label={title}><ul><li><a href={`/editions/${view.edition.slug}`}>{t.t('schedule.nav.forum')}</a></li></ul></nav>
      <h1>{title}</h1>
      {state.notice ? <p class="notice" role="status">{state.notice}</p> : null}
      {state.error ? <p class="error" role="alert">{state.error}</p> : null}
      <p>{t.t('availability.intro')}</p>
      <p class="hint">{t.t('availability.private')}</p>
      <p>{t.t('availability.forumDates', { start: dayOf(view.edition.startsOn), end: dayOf(view.edition.endsOn), zone: view.edition.timeZone })}</p>
      {view.sessions.length > 0 ? (
        <section aria-labelledby="availability-sessions">
          <h2 id="availability-sessions">{t.t('availability.sessions')}</h2>
          <ul>
            {view.sessions.map((session) => (
              <li>
                {session.code ? <strong>{session.code} </strong> : null}<Localized text={session.title} t={t} />{' — '}
                {session.startsAt && session.endsAt
                  ? `${formatDay(session.startsAt, zone, t.locale)}, ${formatTimeRange(session.startsAt, session.endsAt, zone, t.locale)} (${zone})`
                  : t.t('availability.sessions.unscheduled')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <form method="post" action={`${basePath}/zone`} class="stack">
        <CsrfField token={frame.csrfToken} />
        <div class="field">
          <label for="availability-zone">{t.t('availability.zone.label')}</label>
          <input id="availability-zone" name="timeZone" list="availability-zones" required value={zone} aria-describedby="availability-zone-help" />
          <datalist id="availability-zones">{zones.map((candidate) => <option value={candidate} />)}</datalist>
          <span id="availability-zone-help" class="hint">{t.t('availability.zone.help')}</span>
        </div>
        <div><button type="submit">{t.t('availability.zone.submit')}</button></div>
      </form>

      <section aria-labelledby="availability-windows">
        <h2 id="availability-windows">{t.t('availability.windows.title')}</h2>
        {view.windows.length === 0 ? <p>{t.t('availability.windows.none')}</p> : (
          <ul>{view.windows.map((window) => <WindowItem frame={frame} view={view} window={window} zone={zone} basePath={basePath} />)}</ul>
        )}
      </section>

      <section aria-labelledby="availability-add">
        <h2 id="availability-add">{t.t('availability.add.title')}</h2>
        <form method="post" action={`${basePath}/windows`} class="stack">
          <CsrfField token={frame.csrfToken} />
          <input type="hidden" name="timeZone" value={zone} />
          <div class="field">
            <label for="window-kind">{t.t('availability.add.kind')}</label>
            <select id="window-kind" name="kind">
              {availabilityKinds.map((kind) => <option value={kind} selected={state.typed?.kind === kind}>{t.t(`availability.kind.${kind}`)}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="window-start">{t.t('availability.add.startsAt', { zone })}</label>
            <input id="window-start" name="startsAt" type="datetime-local" required value={state.typed?.startsAt ?? `${view.edition.startsOn}T09:00`} />
          </div>
          <div class="field">
            <label for="window-end">{t.t('availability.add.endsAt', { zone })}</label>
            <input id="window-end" name="endsAt" type="datetime-local" required value={state.typed?.endsAt ?? `${view.edition.startsOn}T12:00`} />
          </div>
          <div class="field">
            <label for="window-note">{t.t('availability.add.note')}</label>
            <input id="window-note" name="note" maxlength={200} value={state.typed?.note ?? ''} />
          </div>
          <div><button type="submit">{t.t('availability.add.submit')}</button></div>
        </form>
      </section>
    </Layout>
  );
}
