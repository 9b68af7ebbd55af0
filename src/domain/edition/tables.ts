import type { BooleanColumn, CalendarDate, Instant, JsonColumn, NullableJsonColumn } from '../../db/column-types.js';

export const editionFormats = ['in_person', 'virtual', 'hybrid'] as const;
export type EditionFormat = (typeof editionFormats)[number];
export const publicationStatuses = ['draft', 'published'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];
export const partnerKinds = ['host', 'organiser', 'partner', 'sponsor', 'cooperation'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export interface EditionTable {
  id: string;
  /** Stable public handle: `gsef-2018-bilbao`. */
  slug: string;
  /** LocalizedText: "Global Social Economy Forum 2018". */
  name: JsonColumn;
  /** LocalizedText: "Valeurs et compétitivité pour un développement local inclusif et durable". */
  tagline: NullableJsonColumn;
  description: NullableJsonColumn;
  host_city: string | null;
  country: string | null;
  venue: string | null;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  /** IANA zone, e.g. `Europe/Madrid`; every time of the edition is shown from it. */
  time_zone: string;
  format: EditionFormat;
  /** JSON array of content languages, the first being the edition's main language. */
  languages: JsonColumn;
  website: string | null;
  status: PublicationStatus;
  /** When set, people whose role is still to be confirmed are not shown publicly. */
  hide_unconfirmed_roles: BooleanColumn;
  created_at: Instant;
  updated_at: Instant;
}

export interface EditionPartnerTable {
  id: string;
  edition_id: string;
  organisation_id: string;
  kind: PartnerKind;
  position: number;
}

export interface EditionTables {
  edition: EditionTable;
  edition_partner: EditionPartnerTable;
}
