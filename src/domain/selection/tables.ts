import type { Instant, NullableJsonColumn } from '../../db/column-types.js';

/** "At least 25 % from Africa", "at most 5 per country" (value `*`). */
export interface SelectionTargetTable {
  id: string;
  edition_id: string;
  dimension: string;
  value: string;
  min: number | null;
  max: number | null;
  unit: 'count' | 'share';
  position: number;
}

export type DecisionOutcome = 'accepted' | 'rejected' | 'waitlisted';

/** Drafted by organisers, then sent in bulk; a sent decision is final. */
export interface SelectionDecisionTable {
  id: string;
  edition_id: string;
  submission_id: string;
  outcome: DecisionOutcome;
  state: 'draft' | 'sent';
  /** LocalizedText added to the mail. */
  note: NullableJsonColumn;
  decided_by_user_id: string;
  updated_at: Instant;
  sent_at: Instant | null;
}

/** An accepted submission grouped into a workshop (a draft session of the program). */
export interface SelectionGroupMemberTable {
  submission_id: string;
  edition_id: string;
  session_id: string;
  position: number;
}

export interface SelectionTables {
  selection_target: SelectionTargetTable;
  selection_decision: SelectionDecisionTable;
  selection_group_member: SelectionGroupMemberTable;
}
