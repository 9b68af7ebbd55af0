import type { CalendarDate, Instant, JsonColumn, NullableJsonColumn } from '../../db/column-types.js';

export const organisationKinds = [
  'cooperative', 'mutual', 'association', 'foundation', 'social_enterprise', 'local_government',
  'national_government', 'network', 'university', 'international_organisation', 'company', 'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export interface OrganisationTable {
  id: string;
  /** LocalizedText: "Ville de Montréal" / "City of Montreal". */
  name: JsonColumn;
  acronym: string | null;
  kind: OrganisationKind;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  website: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface OrganisationAliasTable {
  id: string;
  organisation_id: string;
  alias: string;
}

export interface PersonTable {
  id: string;
  name: string;
  /** As written in the documents: "M.", "Mme", "Dr.". */
  honorific: string | null;
  bio: NullableJsonColumn;
  /** LocalizedText: "Commissaire à l'économie sociale". */
  role_title: NullableJsonColumn;
  organisation_id: string | null;
  country: string | null;
  /** Private: never shown publicly, exported only in full backups. */
  email: string | null;
  /** Declared by the person, for the balance of a selection; null when not declared. */
  gender: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface PersonAliasTable {
  id: string;
  person_id: string;
  /** Another spelling met in a document: "Mme. Alain", "OUANTCHI Honoré". */
  alias: string;
  source: string | null;
}

/**
 * Two people (or organisations) that may be one: an organiser confirms (the other is merged into
 * the kept one) or rejects (they are never suggested again).
 */
export interface IdentitySuggestionTable {
  id: string;
  subject: 'person' | 'organisation';
  kept_id: string;
  other_id: string;
  /** 0–100. */
  score: number;
  /** JSON array of the matcher's reasons. */
  reasons: JsonColumn;
  status: 'pending' | 'confirmed' | 'rejected';
  /** The document that raised it. */
  source: string | null;
  created_at: Instant;
  decided_at: Instant | null;
  decided_by_user_id: string | null;
}

export interface PeopleTables {
  organisation: OrganisationTable;
  organisation_alias: OrganisationAliasTable;
  person: PersonTable;
  person_alias: PersonAliasTable;
  identity_suggestion: IdentitySuggestionTable;
}

export type { CalendarDate };
