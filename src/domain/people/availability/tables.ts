import type { Instant } from '../../../db/column-types.js';

/** A person's own zone for one edition: the zone they typed their windows in. Private. */
export interface PersonAvailabilityTable {
  person_id: string;
  edition_id: string;
  /** IANA zone the person lives in during the forum, e.g. `America/Bogota`. */
  time_zone: string;
  updated_at: Instant;
  updated_by_user_id: string | null;
}

export const availabilityKinds = ['available', 'preferred'] as const;
export type AvailabilityKind = (typeof availabilityKinds)[number];

/**
 * One window of a person's availability for an edition. No `available` window means available
 * whenever; with some, only inside them. `preferred` is a wish the solver tries to meet.
 */
export interface AvailabilityWindowTable {
  id: string;
  person_id: string;
  edition_id: string;
  kind: AvailabilityKind;
  starts_at: Instant;
  ends_at: Instant;
  /** A short word from the person: "flight lands at 10:00". */
  note: string | null;
  /** The order the person gave, so a page shows them as typed. */
  position: number;
}

export interface PersonAvailabilityTables {
  person_availability: PersonAvailabilityTable;
  availability_window: AvailabilityWindowTable;
}
