import type { Instant, JsonColumn, NullableJsonColumn } from '../../db/column-types.js';

/** An initiative presented in a workshop, as in the Bilbao 2018 book: "4.3.4 …". */
export interface InitiativeTable {
  id: string;
  edition_id: string;
  /** Workshop that presents it; null until grouped. */
  session_id: string | null;
  code: string | null;
  title: JsonColumn;
  description: NullableJsonColumn;
  organisation_id: string | null;
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  website: string | null;
  status: 'draft' | 'published';
  position: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface InitiativeThemeTable {
  initiative_id: string;
  theme_id: string;
}

export interface InitiativePresenterTable {
  id: string;
  initiative_id: string;
  person_id: string;
  /** Role title as printed next to the name: "Gérant - Koopera". */
  role_title: NullableJsonColumn;
  position: number;
}

export interface InitiativeTables {
  initiative: InitiativeTable;
  initiative_theme: InitiativeThemeTable;
  initiative_presenter: InitiativePresenterTable;
}
