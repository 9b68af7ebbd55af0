import type { Selectable } from 'kysely';
import type { Storage } from '../../db/database.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { SessionView } from './session-schemas.js';
import type { SessionTable } from './tables.js';

export type SessionRow = Selectable<SessionTable>;

function groupBy<T extends { session_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.session_id, [...(groups.get(row.session_id) ?? []), row]);
  return groups;
}

/** Builds the views of many sessions with one query per related table, not one per session. */
export async function loadSessionViews({ db, dialect }: Storage, rows: SessionRow[]): Promise<SessionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [documents, sdgs, themes, organisations, people, presentations] = await Promise.all([
    db.selectFrom('session_document').selectAll().where('session_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('session_sdg').selectAll().where('session_id', 'in', ids).orderBy('sdg').execute(),
    db.selectFrom('session_theme').innerJoin('theme', 'theme.id', 'session_theme.theme_id')
      .select(['session_theme.session_id', 'theme.id', 'theme.code', 'theme.name']).where('session_id', 'in', ids).orderBy('theme.code').execute(),
    db.selectFrom('session_organisation').innerJoin('organisation', 'organisation.id', 'session_organisation.organisation_id')
      .select(['session_organisation.session_id', 'organisation.id', 'organisation.name', 'organisation.acronym', 'session_organisation.role'])
      .where('session_id', 'in', ids).orderBy('session_organisation.position').execute(),
    db.selectFrom('session_person_role').innerJoin('person', 'person.id', 'session_person_role.person_id')
      .select(['session_person_role.session_id', 'person.id', 'person.name', 'person.honorific', 'session_person_role.role', 'session_person_role.status'])
      .where('session_id', 'in', ids).orderBy('session_person_role.position').execute(),
    db.selectFrom('presentation').selectAll().where('session_id', 'in', ids).orderBy('position').execute(),
  ]);
  const byDocument = groupBy(documents);
  const bySdg = groupBy(sdgs);
  const byTheme = groupBy(themes);
  const byOrganisation = groupBy(organisations);
  const byPerson = groupBy(people);
  const byPresentation = groupBy(presentations);
  const text = (raw: unknown) => dialect.decodeJson<LocalizedText>(raw);
  const optionalText = (raw: unknown) => dialect.decodeJson<LocalizedText | null>(raw);
  return rows.map((row) => ({
    id: row.id, editionId: row.edition_id, code: row.code, format: row.format, title: text(row.title), summary: optionalText(row.summary),
    context: optionalText(row.context), objectives: dialect.decodeJson(row.objectives), mainQuestions: dialect.decodeJson(row.main_questions),
    slotId: row.slot_id, venueId: row.venue_id, startsAt: row.starts_at, endsAt: row.ends_at, durationMinutes: row.duration_minutes,
    language: row.language as SessionView['language'], interpretationLanguages: dialect.decodeJson(row.interpretation_languages),
    capacity: row.capacity, registrationRequired: dialect.decodeBoolean(row.registration_required), status: row.status,
    documents: (byDocument.get(row.id) ?? []).map((document) => ({ title: text(document.title), url: document.url })),
    sdgs: (bySdg.get(row.id) ?? []).map((goal) => goal.sdg),
    themes: (byTheme.get(row.id) ?? []).map((theme) => ({ id: theme.id, code: theme.code, name: text(theme.name) })),
    organisations: (byOrganisation.get(row.id) ?? []).map((organisation) => ({
      organisationId: organisation.id, name: text(organisation.name), acronym: organisation.acronym, role: organisation.role,
    })),
    people: (byPerson.get(row.id) ?? []).map((person) => ({
      personId: person.id, name: person.name, honorific: person.honorific, role: person.role, status: person.status,
    })),
    presentations: (byPresentation.get(row.id) ?? []).map((presentation) => ({
      id: presentation.id, personId: presentation.person_id, title: text(presentation.title), description: optionalText(presentation.description),
    })),
  }));
}
