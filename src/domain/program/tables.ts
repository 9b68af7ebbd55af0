import type { BooleanColumn, DefaultedBooleanColumn, CalendarDate, Instant, JsonColumn, NullableJsonColumn } from '../../db/column-types.js';

export const sessionFormats = ['plenary', 'workshop', 'partner_workshop', 'co_creation', 'side_event'] as const;
export type SessionFormat = (typeof sessionFormats)[number];
export const venueKinds = ['room', 'virtual_platform'] as const;
export type VenueKind = (typeof venueKinds)[number];
export const sessionRoles = ['moderator', 'speaker', 'facilitator', 'organiser', 'rapporteur'] as const;
export type SessionRole = (typeof sessionRoles)[number];
export const roleStatuses = ['confirmed', 'to_be_confirmed'] as const;
export type RoleStatus = (typeof roleStatuses)[number];
export const sessionOrganisationRoles = ['organiser', 'partner'] as const;
export type SessionOrganisationRole = (typeof sessionOrganisationRoles)[number];

export interface ProgramDayTable {
  id: string;
  edition_id: string;
  date: CalendarDate;
  label: NullableJsonColumn;
}

/** A time slot, e.g. "Ateliers session 1", 11:30–13:00 on 1 October. */
export interface TimeSlotTable {
  id: string;
  edition_id: string;
  day_id: string;
  label: NullableJsonColumn;
  starts_at: Instant;
  ends_at: Instant;
  position: number;
  /** False when the document named the slot without its hours; it then spans its whole day. */
  times_stated: DefaultedBooleanColumn;
}

/** A room of the venue or a virtual platform (Zoom…). */
export interface VenueTable {
  id: string;
  edition_id: string;
  kind: VenueKind;
  name: JsonColumn;
  capacity: number | null;
  platform: string | null;
  /** Private: only organisers and registered participants of the session may see it. */
  join_url: string | null;
  /** JSON array of languages with an interpretation channel or booth. */
  interpretation_languages: JsonColumn;
  position: number;
}

/** Thematic line ("Ligne thématique 2") or, with a parent, its sub-axis ("Sous-axe 2.3"). */
export interface ThematicLineTable {
  id: string;
  edition_id: string;
  parent_id: string | null;
  code: string;
  title: JsonColumn;
}

export interface ThemeTable {
  id: string;
  edition_id: string;
  code: string;
  name: JsonColumn;
}

export interface SessionTable {
  id: string;
  edition_id: string;
  /** As printed in the program: "4.3", "2.3.2". */
  code: string | null;
  format: SessionFormat;
  title: JsonColumn;
  summary: NullableJsonColumn;
  context: NullableJsonColumn;
  /** JSON array of LocalizedText. */
  objectives: JsonColumn;
  /** JSON array of LocalizedText. */
  main_questions: JsonColumn;
  thematic_line_id: string | null;
  slot_id: string | null;
  venue_id: string | null;
  /** Set when placed; a session may be shorter or longer than its slot. */
  starts_at: Instant | null;
  ends_at: Instant | null;
  duration_minutes: number | null;
  /** Language spoken on the floor. */
  language: string;
  /** JSON array of languages offered through interpretation. */
  interpretation_languages: JsonColumn;
  capacity: number | null;
  registration_required: BooleanColumn;
  status: 'draft' | 'published';
  /** The session partner's account that proposed it; partners may edit only their own drafts. */
  proposed_by_user_id: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface SessionThemeTable {
  session_id: string;
  theme_id: string;
}

/** UN Sustainable Development Goal, 1 to 17. */
export interface SessionSdgTable {
  session_id: string;
  sdg: number;
}

export interface SessionOrganisationTable {
  id: string;
  session_id: string;
  organisation_id: string;
  role: SessionOrganisationRole;
  position: number;
}

export interface SessionDocumentTable {
  id: string;
  session_id: string;
  title: JsonColumn;
  url: string;
  position: number;
}

export interface SessionPersonRoleTable {
  id: string;
  session_id: string;
  person_id: string;
  role: SessionRole;
  status: RoleStatus;
  position: number;
}

/** What a speaker brings to a session: "Dynamiques de collaboration entre les autorités publiques…". */
export interface PresentationTable {
  id: string;
  session_id: string;
  person_id: string | null;
  initiative_id: string | null;
  title: JsonColumn;
  description: NullableJsonColumn;
  position: number;
}

export interface ProgramTables {
  program_day: ProgramDayTable;
  time_slot: TimeSlotTable;
  venue: VenueTable;
  thematic_line: ThematicLineTable;
  theme: ThemeTable;
  session: SessionTable;
  session_theme: SessionThemeTable;
  session_sdg: SessionSdgTable;
  session_organisation: SessionOrganisationTable;
  session_document: SessionDocumentTable;
  session_person_role: SessionPersonRoleTable;
  presentation: PresentationTable;
}
