import type { BooleanColumn, DefaultedBooleanColumn, Instant, JsonColumn, NullableJsonColumn } from '../../db/column-types.js';

/**
 * The organisers' working schedule: where the editor has put a session, before publication.
 * A session without a row stays where the program has it; `slot_id` null means taken out of the grid.
 */
export interface SchedulePlacementTable {
  session_id: string;
  edition_id: string;
  slot_id: string | null;
  venue_id: string | null;
  /** The solver leaves a pinned session where it is. */
  pinned: DefaultedBooleanColumn;
  updated_at: Instant;
  updated_by_user_id: string | null;
}

/** A published, named version of the schedule: "Programme du 15 septembre". */
export interface ScheduleVersionTable {
  id: string;
  edition_id: string;
  /** 1, 2, 3… within the edition. */
  number: number;
  name: string;
  published_at: Instant;
  published_by_user_id: string | null;
}

/** Where each session stood in a version; times copied from its slot when published. */
export interface ScheduleVersionPlacementTable {
  version_id: string;
  session_id: string;
  slot_id: string | null;
  venue_id: string | null;
  starts_at: Instant;
  ends_at: Instant | null;
}

export type SolveRunStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** One run of the solver for an edition, with its last progress and outcome, readable by any app process. */
export interface ScheduleSolveRunTable {
  id: string;
  edition_id: string;
  status: SolveRunStatus;
  keep_pins: BooleanColumn;
  /** Soft penalty per session moved away from where it stood; 0 solves afresh. */
  stability: number;
  time_limit_ms: number;
  seed: number;
  cancel_requested: DefaultedBooleanColumn;
  /** SolveRunProgress as JSON. */
  progress: NullableJsonColumn;
  /** SolveRunOutcome as JSON. */
  outcome: NullableJsonColumn;
  started_at: Instant;
  finished_at: Instant | null;
  started_by_user_id: string | null;
}

/** The organisers' weights for the solver's soft goals (see the solver's `SoftWeights`); each ≥ 0. */
export interface ScheduleWeightsTable {
  edition_id: string;
  similar_themes_in_parallel: number;
  audience_overlap: number;
  speaker_preferred_times: number;
  awake_virtual_sessions: number;
  balanced_slots: number;
  updated_at: Instant;
  updated_by_user_id: string | null;
}

/** Interpreter teams into one target language for an edition (see migration 0025); no row: unlimited. */
export interface ScheduleInterpreterTeamsTable {
  edition_id: string;
  /** ISO 639-1, lower case. */
  language: string;
  /** 0 or more; each team interprets one session at a time. */
  teams: number;
  updated_at: Instant;
  updated_by_user_id: string | null;
}

/** One reader's starred sessions, shared anonymously with the organisers (see migration 0024). */
export interface AgendaShareTable {
  id: string;
  edition_id: string;
  /** SHA-256 of the browser's random token: it proves the share is its own, and names nobody. */
  token_hash: string;
  /** Session ids, JSON. */
  session_ids: JsonColumn;
  /** The IANA zone the reader's browser is in, for waking hours of virtual sessions. */
  time_zone: string | null;
  updated_at: Instant;
}

export interface ScheduleTables {
  agenda_share: AgendaShareTable;
  schedule_placement: SchedulePlacementTable;
  schedule_version: ScheduleVersionTable;
  schedule_version_placement: ScheduleVersionPlacementTable;
  schedule_solve_run: ScheduleSolveRunTable;
  schedule_weights: ScheduleWeightsTable;
  schedule_interpreter_teams: ScheduleInterpreterTeamsTable;
}
