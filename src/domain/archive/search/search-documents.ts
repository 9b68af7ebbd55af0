import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database.js';
import { encodeJson } from '../../../db/database.js';
import type { DatabaseDialect } from '../../../db/dialect/index.js';
import type { LocalizedText } from '../../text/localized-text.js';
import type { ArchiveSearchDocumentTable } from '../tables.js';
import { textTokens } from './prepare-text.js';
import { facetTag } from './search-engine.js';

/** A text as stored: several languages, or one plain string (a name, a city). */
export type SearchText = LocalizedText | string;

/** The original texts of a document, kept with it for titles and snippets. */
export interface DocumentTexts {
  title: SearchText;
  body: SearchText[];
}

export type SearchKind = ArchiveSearchDocumentTable['kind'];
export type DocumentRow = Omit<Insertable<ArchiveSearchDocumentTable>, 'id'>;

interface DocumentSource {
  kind: SearchKind;
  entityId: string;
  editionId: string | null;
  editionIds: Iterable<string>;
  themeIds: Iterable<string>;
  country: string | null;
  organisationKind: string | null;
  format: string | null;
  code: string | null;
  title: SearchText;
  /** Indexed with the title but not shown: a code, an acronym. */
  titleExtras: (string | null)[];
  body: (SearchText | null)[];
}

/** Bounds the index of a very long text; words past this many distinct tokens are not indexed. */
const maxBodyTokens = 4000;

/** Every language of a text, each with its own stemmer; plain strings are only folded. */
function tokensOf(text: SearchText, into: Set<string>): Set<string> {
  if (typeof text === 'string') return textTokens(text, null, into);
  for (const [language, value] of Object.entries(text.text)) if (value) textTokens(value, language, into);
  return into;
}

/** Facet values as ` A B `, so that one value is found with LIKE '% A %'. */
export function encodeValues(values: Iterable<string>): string {
  const sorted = [...new Set(values)].sort();
  return sorted.length === 0 ? ' ' : ` ${sorted.join(' ')} `;
}

export function decodeValues(encoded: string): string[] {
  return encoded.split(' ').filter(Boolean);
}

function documentRow(source: DocumentSource): DocumentRow {
  const title = tokensOf(source.title, new Set());
  for (const extra of source.titleExtras) if (extra) tokensOf(extra, title);
  const body = new Set<string>();
  const bodyTexts = source.body.filter((text): text is SearchText => text !== null && (typeof text === 'string' ? text.trim() !== '' : Object.values(text.text).some(Boolean)));
  for (const text of bodyTexts) tokensOf(text, body);
  const texts: DocumentTexts = { title: source.title, body: bodyTexts };
  const editionIds = encodeValues(source.editionIds);
  const themeIds = encodeValues(source.themeIds);
  const tags = [
    facetTag('kind', source.kind), ...editionIds.trim().split(' ').filter(Boolean).map((id) => facetTag('edition', id)),
    ...themeIds.trim().split(' ').filter(Boolean).map((id) => facetTag('theme', id)),
    ...(source.country ? [facetTag('country', source.country)] : []), ...(source.organisationKind ? [facetTag('organisationKind', source.organisationKind)] : []),
    ...(source.format ? [facetTag('format', source.format)] : []),
  ];
  return {
    tag_tokens: tags.join(' '),
    facet_key: [source.kind, editionIds.trim(), themeIds.trim(), source.country ?? '', source.organisationKind ?? '', source.format ?? ''].join('|'),
    key: `${source.kind}:${source.entityId}`, kind: source.kind, entity_id: source.entityId, edition_id: source.editionId,
    edition_ids: editionIds, theme_ids: themeIds, country: source.country,
    organisation_kind: source.organisationKind, format: source.format, code: source.code,
    title_tokens: [...title].join(' '), body_tokens: [...body].slice(0, maxBodyTokens).join(' '), texts: encodeJson(texts),
  };
}

/** What to (re)build: some editions' sessions and initiatives, some people, some organisations; `all` for each. */
export interface DocumentScope {
  editionIds: string[] | 'all';
  personIds: string[] | 'all';
  organisationIds: string[] | 'all';
}

const chunkSize = 1000;

/** Runs `load` on slices of the ids (one statement may bind only so many), or once for `all`. */
async function inChunks<T>(ids: string[] | 'all', load: (chunk: string[] | null) => Promise<T[]>): Promise<T[]> {
  if (ids === 'all') return load(null);
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += chunkSize) rows.push(...(await load(ids.slice(start, start + chunkSize))));
  return rows;
}

function groupValues<K, V>(rows: { key: K; value: V | null }[]): Map<K, Set<V>> {
  const groups = new Map<K, Set<V>>();
  for (const { key, value } of rows) {
    if (value === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Set()));
    group.add(value);
  }
  return groups;
}

/**
 * The documents of everything public in the scope, decided as the public pages decide: published
 * sessions and initiatives of published editions; people through a published role (hidden while to
 * be confirmed when the edition says so) or a published initiative they present; organisations
 * through a published initiative, a published session they organise or partner, or a published
 * edition they are partner of. Emails and other private details are never read.
 */
export async function loadDocuments(db: Db, dialect: DatabaseDialect, scope: DocumentScope): Promise<DocumentRow[]> {
  const json = <T>(raw: unknown) => dialect.decodeJson<T>(raw);
  const documents: DocumentRow[] = [];

  const sessions = await inChunks(scope.editionIds, (chunk) => db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['session.id', 'session.edition_id', 'session.code', 'session.format', 'session.title', 'session.summary', 'session.context', 'session.objectives', 'session.main_questions'])
    .where('session.status', '=', 'published').where('edition.status', '=', 'published')
    .$if(chunk !== null, (query) => query.where('session.edition_id', 'in', chunk!)).orderBy('session.id').execute());
  const sessionThemes = groupValues(await inChunks(scope.editionIds, (chunk) => db.selectFrom('session_theme').innerJoin('session', 'session.id', 'session_theme.session_id')
    .select(['session_theme.session_id as key', 'session_theme.theme_id as value'])
    .$if(chunk !== null, (query) => query.where('session.edition_id', 'in', chunk!)).execute()));
  for (const session of sessions) {
    documents.push(documentRow({
      kind: 'session', entityId: session.id, editionId: session.edition_id, editionIds: [session.edition_id], themeIds: sessionThemes.get(session.id) ?? [],
      country: null, organisationKind: null, format: session.format, code: session.code, title: json<LocalizedText>(session.title), titleExtras: [session.code],
      body: [json<LocalizedText | null>(session.summary), json<LocalizedText | null>(session.context), ...json<LocalizedText[]>(session.objectives), ...json<LocalizedText[]>(session.main_questions)],
    }));
  }

  const initiatives = await inChunks(scope.editionIds, (chunk) => db.selectFrom('initiative').innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .leftJoin('organisation', 'organisation.id', 'initiative.organisation_id')
    .select(['initiative.id', 'initiative.edition_id', 'initiative.code', 'initiative.title', 'initiative.description', 'initiative.city', 'initiative.region', 'initiative.country',
      'organisation.name as organisation_name', 'organisation.kind as organisation_kind'])
    .where('initiative.status', '=', 'published').where('edition.status', '=', 'published')
    .$if(chunk !== null, (query) => query.where('initiative.edition_id', 'in', chunk!)).orderBy('initiative.id').execute());
  const initiativeThemes = groupValues(await inChunks(scope.editionIds, (chunk) => db.selectFrom('initiative_theme').innerJoin('initiative', 'initiative.id', 'initiative_theme.initiative_id')
    .select(['initiative_theme.initiative_id as key', 'initiative_theme.theme_id as value'])
    .$if(chunk !== null, (query) => query.where('initiative.edition_id', 'in', chunk!)).execute()));
  for (const initiative of initiatives) {
    documents.push(documentRow({
      kind: 'initiative', entityId: initiative.id, editionId: initiative.edition_id, editionIds: [initiative.edition_id], themeIds: initiativeThemes.get(initiative.id) ?? [],
      country: initiative.country, organisationKind: initiative.organisation_kind, format: null, code: initiative.code, title: json<LocalizedText>(initiative.title),
      titleExtras: [initiative.code],
      body: [json<LocalizedText | null>(initiative.description), initiative.city, initiative.region, initiative.organisation_name === null ? null : json<LocalizedText>(initiative.organisation_name)],
    }));
  }

  const roleAppearances = await inChunks(scope.personIds, (chunk) => db.selectFrom('session_person_role')
    .innerJoin('session', 'session.id', 'session_person_role.session_id').innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['session_person_role.person_id as key', 'session.edition_id as value'])
    .where('session.status', '=', 'published').where('edition.status', '=', 'published')
    .where((eb) => eb.or([eb('edition.hide_unconfirmed_roles', '=', false), eb('session_person_role.status', '=', 'confirmed')]))
    .$if(chunk !== null, (query) => query.where('session_person_role.person_id', 'in', chunk!)).execute());
  const presenterAppearances = await inChunks(scope.personIds, (chunk) => db.selectFrom('initiative_presenter')
    .innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id').innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .select(['initiative_presenter.person_id as key', 'initiative.edition_id as value'])
    .where('initiative.status', '=', 'published').where('edition.status', '=', 'published')
    .$if(chunk !== null, (query) => query.where('initiative_presenter.person_id', 'in', chunk!)).execute());
  const personEditions = groupValues([...roleAppearances, ...presenterAppearances]);
  const people = await inChunks([...personEditions.keys()].sort(), (chunk) => db.selectFrom('person').leftJoin('organisation', 'organisation.id', 'person.organisation_id')
    // Never the email, the gender or anything private: only what the person page shows.
    .select(['person.id', 'person.name', 'person.role_title', 'person.bio', 'person.country', 'organisation.kind as organisation_kind'])
    .where('person.id', 'in', chunk!).orderBy('person.id').execute());
  for (const person of people) {
    documents.push(documentRow({
      kind: 'person', entityId: person.id, editionId: null, editionIds: personEditions.get(person.id) ?? [], themeIds: [], country: person.country,
      organisationKind: person.organisation_kind, format: null, code: null, title: person.name, titleExtras: [],
      body: [json<LocalizedText | null>(person.role_title), json<LocalizedText | null>(person.bio)],
    }));
  }

  const published = (status: string) => status === 'published';
  const throughInitiatives = await inChunks(scope.organisationIds, (chunk) => db.selectFrom('initiative').innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .select(['initiative.organisation_id as key', 'initiative.edition_id as value', 'initiative.status', 'edition.status as edition_status'])
    .where('initiative.organisation_id', 'is not', null)
    .$if(chunk !== null, (query) => query.where('initiative.organisation_id', 'in', chunk!)).execute());
  const throughSessions = await inChunks(scope.organisationIds, (chunk) => db.selectFrom('session_organisation')
    .innerJoin('session', 'session.id', 'session_organisation.session_id').innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['session_organisation.organisation_id as key', 'session.edition_id as value', 'session.status', 'edition.status as edition_status'])
    .$if(chunk !== null, (query) => query.where('session_organisation.organisation_id', 'in', chunk!)).execute());
  const throughPartnerships = await inChunks(scope.organisationIds, (chunk) => db.selectFrom('edition_partner').innerJoin('edition', 'edition.id', 'edition_partner.edition_id')
    .select(['edition_partner.organisation_id as key', 'edition_partner.edition_id as value', 'edition.status', 'edition.status as edition_status'])
    .$if(chunk !== null, (query) => query.where('edition_partner.organisation_id', 'in', chunk!)).execute());
  const organisationEditions = groupValues([...throughInitiatives, ...throughSessions, ...throughPartnerships]
    .filter((row) => published(row.status) && published(row.edition_status)).map((row) => ({ key: row.key!, value: row.value })));
  const organisations = await inChunks([...organisationEditions.keys()].sort(), (chunk) => db.selectFrom('organisation')
    .select(['id', 'name', 'acronym', 'kind', 'city', 'country']).where('id', 'in', chunk!).orderBy('id').execute());
  for (const organisation of organisations) {
    documents.push(documentRow({
      kind: 'organisation', entityId: organisation.id, editionId: null, editionIds: organisationEditions.get(organisation.id) ?? [], themeIds: [],
      country: organisation.country, organisationKind: organisation.kind, format: null, code: null, title: json<LocalizedText>(organisation.name),
      titleExtras: [organisation.acronym], body: [organisation.city],
    }));
  }
  // One order on every engine, so that a full rebuild numbers the documents alike.
  const kinds = ['session', 'initiative', 'person', 'organisation'];
  return documents.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0));
}

/** People and organisations whose documents depend on one edition, whatever their status. */
export async function peopleAndOrganisationsOf(db: Db, editionId: string): Promise<{ personIds: string[]; organisationIds: string[] }> {
  const roles = await db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
    .select('session_person_role.person_id as id').where('session.edition_id', '=', editionId).distinct().execute();
  const presenters = await db.selectFrom('initiative_presenter').innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
    .select('initiative_presenter.person_id as id').where('initiative.edition_id', '=', editionId).distinct().execute();
  const byInitiative = await db.selectFrom('initiative').select('organisation_id as id').where('edition_id', '=', editionId).where('organisation_id', 'is not', null).distinct().execute();
  const bySession = await db.selectFrom('session_organisation').innerJoin('session', 'session.id', 'session_organisation.session_id')
    .select('session_organisation.organisation_id as id').where('session.edition_id', '=', editionId).distinct().execute();
  const byPartnership = await db.selectFrom('edition_partner').select('organisation_id as id').where('edition_id', '=', editionId).distinct().execute();
  return {
    personIds: [...new Set([...roles, ...presenters].map((row) => row.id))],
    organisationIds: [...new Set([...byInitiative, ...bySession, ...byPartnership].map((row) => row.id!))],
  };
}
