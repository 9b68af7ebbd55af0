import type { PublicAppearance, PublicOrganisationPage, PublicPresentedInitiative, PersonView } from '../../../domain/people/index.js';
import type { PublicInitiative, PublicProgram } from '../../../domain/program/public-program.js';
import { readLocalized } from '../../../domain/text/localized-text.js';
import { Layout, type PageFrame } from '../layout.js';
import { Localized } from '../localized.js';
import { SessionTimes } from './session-times.js';

const countryName = (locale: string, code: string | null) => (code ? new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code : '');

export function PersonPage(props: { frame: PageFrame; person: PersonView; appearances: PublicAppearance[]; initiatives: PublicPresentedInitiative[]; organisation: { id: string; name: PublicOrganisationPage['name'] } | null; readerZone: string | null }) {
  const { t } = props.frame;
  const { person } = props;
  return (
    <Layout frame={props.frame} title={person.name}>
      <h1>{[person.honorific, person.name].filter(Boolean).join(' ')}</h1>
      {person.roleTitle ? <Localized text={person.roleTitle} t={t} as="p" /> : null}
      {props.organisation ? <p>{t.t('person.organisation')}{t.t('label.separator')}<a href={`/organisations/${props.organisation.id}`}><Localized text={props.organisation.name} t={t} /></a>{person.country ? ` · ${countryName(t.locale, person.country)}` : ''}</p> : null}
      {person.bio ? <Localized text={person.bio} t={t} as="p" /> : null}
      <section aria-labelledby="roles">
        <h2 id="roles">{t.t('person.roles')}</h2>
        <ul>
          {props.appearances.map((appearance) => (
            <li>
              <strong>{t.t(`role.${appearance.role}` as 'role.speaker')}</strong>{appearance.status === 'to_be_confirmed' ? ` (${t.t('session.tbc')})` : ''} ·{' '}
              <a href={`/editions/${appearance.editionSlug}/sessions/${appearance.sessionId}`}>{appearance.sessionCode ? `${appearance.sessionCode} · ` : ''}<Localized text={appearance.sessionTitle} t={t} /></a>
              {' · '}<Localized text={appearance.editionName} t={t} />
              {appearance.startsAt ? <> · <SessionTimes t={t} startsAt={appearance.startsAt} endsAt={appearance.endsAt} eventZone={appearance.timeZone} readerZone={props.readerZone ?? appearance.timeZone} withDay /></> : null}
            </li>
          ))}
        </ul>
      </section>
      {props.initiatives.length > 0 ? (
        <section aria-labelledby="initiatives">
          <h2 id="initiatives">{t.t('history.initiatives')}</h2>
          <ul>
            {props.initiatives.map((initiative) => (
              <li>
                <a href={`/editions/${initiative.editionSlug}/initiatives/${initiative.initiativeId}`}>{initiative.code ? `${initiative.code} · ` : ''}<Localized text={initiative.title} t={t} /></a>
                {' · '}<Localized text={initiative.editionName} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

export function InitiativePage(props: { frame: PageFrame; program: PublicProgram; initiative: PublicInitiative }) {
  const { t } = props.frame;
  const { program, initiative } = props;
  const organisation = initiative.organisationId ? program.organisations.get(initiative.organisationId) : undefined;
  const session = program.sessions.find((candidate) => candidate.id === initiative.sessionId);
  return (
    <Layout frame={props.frame} title={readLocalized(initiative.title, t.locale).value}>
      <p><a href={`/editions/${program.edition.slug}/program`}>{t.t('program.title')}</a> · <Localized text={program.edition.name} t={t} /></p>
      <h1>{initiative.code ? `${initiative.code} · ` : ''}<Localized text={initiative.title} t={t} /></h1>
      <p>
        {organisation ? <a href={`/organisations/${organisation.id}`}><Localized text={organisation.name} t={t} /></a> : null}
        {[initiative.city, initiative.region, countryName(t.locale, initiative.country)].filter(Boolean).map((part) => ` · ${part}`).join('')}
      </p>
      {initiative.description ? <Localized text={initiative.description} t={t} as="p" /> : null}
      {initiative.presenterIds.length > 0 ? (
        <p>{t.t('initiative.presenters')}{t.t('label.separator')}{initiative.presenterIds.map((personId, index) => <>{index > 0 ? ', ' : ''}<a href={`/people/${personId}`}>{program.people.get(personId)?.name}</a></>)}</p>
      ) : null}
      {session ? <p>{t.t('initiative.session')}{t.t('label.separator')}<a href={`/editions/${program.edition.slug}/sessions/${session.id}`}>{session.code ? `${session.code} · ` : ''}<Localized text={session.title} t={t} /></a></p> : null}
      {initiative.website ? <p><a href={initiative.website} rel="noopener nofollow">{t.t('initiative.website')}</a></p> : null}
    </Layout>
  );
}

export function OrganisationPage(props: { frame: PageFrame; organisation: PublicOrganisationPage }) {
  const { t } = props.frame;
  const { organisation } = props;
  return (
    <Layout frame={props.frame} title={readLocalized(organisation.name, t.locale).value}>
      <h1><Localized text={organisation.name} t={t} />{organisation.acronym ? ` (${organisation.acronym})` : ''}</h1>
      <p>{[organisation.city, countryName(t.locale, organisation.country)].filter(Boolean).join(', ')}</p>
      {organisation.website ? <p><a href={organisation.website} rel="noopener nofollow">{organisation.website}</a></p> : null}
      {organisation.initiatives.length > 0 ? (
        <section aria-labelledby="initiatives"><h2 id="initiatives">{t.t('organisation.initiatives')}</h2>
          <ul>{organisation.initiatives.map((initiative) => <li><a href={`/editions/${initiative.editionSlug}/initiatives/${initiative.id}`}>{initiative.code ? `${initiative.code} · ` : ''}<Localized text={initiative.title} t={t} /></a></li>)}</ul>
        </section>
      ) : null}
      {organisation.sessions.length > 0 ? (
        <section aria-labelledby="sessions"><h2 id="sessions">{t.t('history.sessions')}</h2>
          <ul>{organisation.sessions.map((session) => (
            <li>
              <strong>{t.t(`history.role.${session.role}` as 'history.role.partner')}</strong> ·{' '}
              <a href={`/editions/${session.editionSlug}/sessions/${session.id}`}>{session.code ? `${session.code} · ` : ''}<Localized text={session.title} t={t} /></a>
              {' · '}<Localized text={session.editionName} t={t} />
            </li>
          ))}</ul>
        </section>
      ) : null}
      {organisation.people.length > 0 ? (
        <section aria-labelledby="people"><h2 id="people">{t.t('organisation.people')}</h2>
          <ul>{organisation.people.map((person) => <li><a href={`/people/${person.id}`}>{person.name}</a></li>)}</ul>
        </section>
      ) : null}
    </Layout>
  );
}
