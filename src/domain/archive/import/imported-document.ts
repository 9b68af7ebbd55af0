import { DomainError } from '../../errors.js';
import type { ContentLanguage, LocalizedText } from '../../text/localized-text.js';
import type { SessionFormat, SessionRole, RoleStatus } from '../../program/tables.js';

/**
 * What a parser read from one document, before anything touches the database. Parsers only
 * describe what the document states (with where it states it); matching with stored data,
 * merging people and writing happen later, in one transaction.
 */

/** Where a fact was read: the file as given and its 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

export const documentKinds = [
  'program_book', 'workshop_sheet', 'concept_note', 'co_creation_sheet', 'initiative_sheet', 'frab_schedule', 'canonical_export',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A calendar date as the document gives it; `year` is null when the document omits it ("le 4 octobre"). */
export interface StatedDate {
  raw: string;
  year: number | null;
  month: number;
  day: number;
  source: SourceRef;
}

/**
 * A time range as printed with its zone: "11:05 - 13:45 (UTC-3)", "de 11h00 à 12h30 UTC".
 * `utcOffsetMinutes` is the stated offset (UTC-3 → -180); `zone` an IANA zone when one is named.
 */
export interface StatedTimeRange {
  raw: string;
  start: string; // HH:MM, local to the stated zone
  end: string; // HH:MM
  utcOffsetMinutes: number | null;
  zone: string | null;
  source: SourceRef;
}

export interface OrganisationMention {
  /** As written: "Réseau des Collectivités Territoriales pour une Economie Solidaire". */
  name: string;
  acronym: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2 when the document names a country. */
  country: string | null;
  source: SourceRef;
}

export interface PersonMention {
  /** Exactly as written, honorific included: "M. Mohammed Salhi", "Mme. Alain". */
  written: string;
  honorific: string | null;
  /** The name without honorific or glued role title: "Mohammed Salhi". */
  name: string;
  roleTitle: string | null;
  organisation: OrganisationMention | null;
  bio: string | null;
  country: string | null;
  /** Web addresses printed with the person (their organisation's site, mostly). */
  urls?: string[];
  /** True when the document names only the organisation or place that will send someone ("Ville de Praia (Cabo Verde)"). */
  unnamed?: boolean;
  source: SourceRef;
}

export interface ImportedRole {
  person: PersonMention;
  role: SessionRole;
  status: RoleStatus;
}

export interface ImportedPresentation {
  /** Index into the session's `roles` of the speaker who gives it. */
  speakerIndex: number | null;
  title: string;
  description: string | null;
  source: SourceRef;
}

export interface ImportedDocumentLink {
  title: string;
  url: string | null;
  source: SourceRef;
}

export interface ImportedSession {
  /** "4.3", "2.3.2"; null when the document gives none. */
  code: string | null;
  format: SessionFormat;
  title: string;
  /** A second title printed under the heading (a partner workshop's theme: "2.4.1 Comment les villes…"). */
  subtitle?: string | null;
  /** Code of the slot it belongs to in a program book ("1" for "Ateliers session 1"). */
  slotCode: string | null;
  date: StatedDate | null;
  /** Every time range stated; several when the document converts into several zones. */
  times: StatedTimeRange[];
  /** "Durée: 2 h 30 min" → 150. */
  statedDurationMinutes: number | null;
  durationSource: SourceRef | null;
  language: ContentLanguage | null;
  /** Other languages offered (interpretation). */
  interpretationLanguages: ContentLanguage[];
  summary: string | null;
  context: string | null;
  objectives: string[];
  mainQuestions: string[];
  /** The questions as the document groups them ("1ère série", "2ème série"), when it does. */
  mainQuestionGroups?: { title: string; questions: string[] }[];
  thematicLine: { code: string; title: string } | null;
  subAxis: { code: string; title: string } | null;
  platform: string | null;
  /** A room of the venue, when the document names one (frab's `room`). */
  room?: string | null;
  capacity: number | null;
  registrationRequired: boolean | null;
  organisers: OrganisationMention[];
  partners: OrganisationMention[];
  documents: ImportedDocumentLink[];
  roles: ImportedRole[];
  presentations: ImportedPresentation[];
  source: SourceRef;
}

export interface ImportedInitiative {
  /** "1.1.3" as printed (a trailing dot removed). */
  code: string;
  /** Code of the workshop that presents it: "1.1". */
  workshopCode: string;
  title: string;
  organisation: OrganisationMention | null;
  city: string | null;
  region: string | null;
  country: string | null;
  description: string | null;
  presenters: PersonMention[];
  urls: string[];
  source: SourceRef;
}

export interface ImportedDay {
  date: StatedDate;
  label: string | null;
}

export interface ImportedSlot {
  /** "1" … "9". */
  code: string;
  label: string;
  /** Index into the edition's `days`. */
  dayIndex: number;
  source: SourceRef;
}

export interface ImportedEdition {
  /** A stable handle derived from what the document says: `gsef-2018-bilbao`. */
  slug: string | null;
  name: string;
  tagline: string | null;
  /** The forum's theme when printed apart from the tagline ("Économie Sociale et Villes"). */
  theme?: string | null;
  year: number | null;
  startsOn: StatedDate | null;
  endsOn: StatedDate | null;
  hostCity: string | null;
  country: string | null;
  venue: string | null;
  format: 'in_person' | 'virtual' | 'hybrid' | null;
  website: string | null;
  /** The IANA zone when the document names one (frab's `time_zone_name`). */
  timeZone?: string | null;
  days: ImportedDay[];
  slots: ImportedSlot[];
  partners: OrganisationMention[];
  source: SourceRef;
}

/** Something a parser noticed but could not settle; lint reports these with the others. */
export interface ParseNote {
  code: string;
  message: string;
  source: SourceRef;
}

export interface ImportedDocument {
  file: string;
  kind: DocumentKind;
  /** The language the document is written in; every text it holds is in that language. */
  language: ContentLanguage;
  edition: ImportedEdition | null;
  sessions: ImportedSession[];
  initiatives: ImportedInitiative[];
  notes: ParseNote[];
}

/** A problem that stops the import: the file, the line and what is wrong. */
export class DocumentParseError extends DomainError {
  constructor(
    readonly source: SourceRef,
    readonly problem: string,
  ) {
    super('invalid', `${source.file}:${source.line}: ${problem}`, [{ path: `${source.file}:${source.line}`, message: problem }]);
  }
}

export function textIn(language: ContentLanguage, value: string): LocalizedText {
  return { original: language, text: { [language]: value } };
}
