import { raw } from 'hono/html';
import type { PublicProgram } from '../../../domain/program/public-program.js';
import type { SessionView } from '../../../domain/program/index.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { Layout, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';
import { agendaData } from './program-page.js';
import { SessionTimes } from './session-times.js';

/** schema.org Event, so search engines and apps understand the page; `<` escaped so text cannot close the script. */
function eventJsonLd(program: PublicProgram, session: SessionView, locale: string, url: string): string {
  const venue = program.venues.find((candidate) => candidate.id === session.venueId);
  const data = {
    '@context': 'https://schema.org', '@type': 'Event', name: readLocalized(session.title, locale).value, url,
    description: session.summary ? readLocalized(session.summary, locale).value : undefined, startDate: session.startsAt ?? undefined, endDate: session.endsAt ?? undefined,
    eventAttendanceMode: venue?.kind === 'virtual_platform' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled', inLanguage: session.language,
    location: venue?.kind === 'virtual_platform'
      ? { '@type': 'VirtualLocation', name: readLocalized(venue.name, locale).value }
      : { '@type': 'Place', name: [venue ? readLocalized(venue.name, locale).value : null, program.edition.venue].filter(Boolean).join(', '), address: [program.edition.hostCity, program.edition.country].filter(Boolean).join(', ') },
    performer: session.people.filter((person) => person.status === 'confirmed').map((person) => ({ '@type': 'Person', name: person.name })),
    organizer: session.organisations.map((organisation) => ({ '@type': 'Organization', name: readLocalized(organisation.name, locale).value })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function SessionPage(props: { frame: PageFrame; program: PublicProgram; session: SessionView; readerZone: string }) {
  const { t, publicUrl } = props.frame;
  const { program, session } = props;
  const { edition } = program;
  const base = `/editions/${edition.slug}`;
  const venue = program.venues.find((candidate) => candidate.id === session.venueId);
  const initiatives = program.initiatives.filter((initiative) => initiative.sessionId === session.id);
  const jsonLd = eventJsonLd(program, session, t.locale, `${publicUrl}${base}/sessions/${session.id}`);
  return (
    <Layout frame={props.frame} title={readLocalized(session.title, t.locale).value} readerZone={props.readerZone} head={<script type="application/ld+json">{raw(jsonLd)}</script>}
      scripts={['/assets/agenda.js']} mainData={agendaData(t, edition.slug)}>
      <p><a href={`${base}/program`}>{t.t('program.title')}</a> · <Localized text={edition.name} t={t} /></p>
      <h1>{session.code ? `${session.code} · ` : ''}<Localized text={session.title} t={t} /></h1>
      <ul class="facts">
        <li><SessionTimes t={t} startsAt={session.startsAt} endsAt={session.endsAt} eventZone={edition.timeZone} readerZone={props.readerZone} withDay />
          {session.durationMinutes ? ` (${t.t('session.duration', { minutes: session.durationMinutes })})` : ''}</li>
        <li><span class="badge">{t.t(`format.${session.format}`)}</span>{venue ? <> · {t.t('session.room')}{t.t('label.separator')}<Localized text={venue.name} t={t} /></> : null}</li>
        <li>{t.t('session.language', { language: t.languageName(session.language) })}
          {session.interpretationLanguages.length > 0 ? ` · ${t.t('session.interpretation', { languages: session.interpretationLanguages.map((language) => t.languageName(language)).join(', ') })}` : ''}</li>
        {session.capacity ? <li>{t.t('session.capacity', { capacity: session.capacity })}{session.registrationRequired ? ` · ${t.t('session.registration')}` : ''}</li> : null}
        {session.themes.length > 0 ? <li>{t.t('session.themes')}{t.t('label.separator')}{session.themes.map((theme) => readLocalized(theme.name, t.locale).value).join(', ')}</li> : null}
      </ul>
      <p data-session-id={session.id}><a href={`${base}/sessions/${session.id}/calendar.ics?lang=${t.locale}`}>{t.t('session.addToCalendar')}</a> </p>
      {session.summary ? <section aria-labelledby="summary"><h2 id="summary">{t.t('session.summary')}</h2><Localized text={session.summary} t={t} as="p" /></section> : null}
      {session.context ? <section aria-labelledby="context"><h2 id="context">{t.t('session.context')}</h2><Localized text={session.context} t={t} as="p" /></section> : null}
      {session.objectives.length > 0 ? (
        <section aria-labelledby="objectives"><h2 id="objectives">{t.t('session.objectives')}</h2><ol>{session.objectives.map((objective) => <li><Localized text={objective} t={t} /></li>)}</ol></section>
      ) : null}
      {session.mainQuestions.length > 0 ? (
        <section aria-labelledby="questions"><h2 id="questions">{t.t('session.questions')}</h2><ul>{session.mainQuestions.map((question) => <li><Localized text={question} t={t} /></li>)}</ul></section>
      ) : null}
      {session.people.length > 0 ? (
        <section aria-labelledby="people">
          <h2 id="people">{t.t('session.people')}</h2>
          <ul>
            {session.people.map((role) => {
              const person = program.people.get(role.personId);
              const presentation = session.presentations.find((candidate) => candidate.personId === role.personId);
              return (
                <li>
                  <strong>{t.t(`role.${role.role}`)}</strong>{t.t('label.separator')}<a href={`/people/${role.personId}`}>{[role.honorific, role.name].filter(Boolean).join(' ')}</a>
                  {role.status === 'to_be_confirmed' ? ` (${t.t('session.tbc')})` : ''}
                  {person?.roleTitle ? <>, <Localized text={person.roleTitle} t={t} /></> : null}
                  {presentation ? <p><em><Localized text={presentation.title} t={t} /></em></p> : null}
                  {person?.bio ? <Localized text={person.bio} t={t} as="p" /> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {session.organisations.length > 0 ? (
        <section aria-labelledby="organisers">
          <h2 id="organisers">{t.t('session.organisers')}</h2>
          <ul>{session.organisations.map((organisation) => <li><a href={`/organisations/${organisation.organisationId}`}><Localized text={organisation.name} t={t} /></a>{organisation.acronym ? ` (${organisation.acronym})` : ''}</li>)}</ul>
        </section>
      ) : null}
      {initiatives.length > 0 ? (
        <section aria-labelledby="initiatives">
          <h2 id="initiatives">{t.t('session.initiatives')}</h2>
          <ul>{initiatives.map((initiative) => <li><a href={`${base}/initiatives/${initiative.id}`}>{initiative.code ? `${initiative.code} · ` : ''}<Localized text={initiative.title} t={t} /></a>{initiative.city ? ` · ${initiative.city}` : ''}</li>)}</ul>
        </section>
      ) : null}
      {session.documents.length > 0 ? (
        <section aria-labelledby="documents">
          <h2 id="documents">{t.t('session.documents')}</h2>
          <ul>{session.documents.map((document) => <li><a href={document.url} rel="noopener"><Localized text={document.title} t={t} /></a></li>)}</ul>
        </section>
      ) : null}
    </Layout>
  );
}
