import type { SourceRef } from '../import/imported-document.js';

export type LintSeverity = 'error' | 'warning' | 'info';

export type LintCode =
  | 'duration_contradiction' | 'zone_contradiction' | 'date_without_year' | 'duplicate_presentation' | 'person_double_booked'
  | 'all_speakers_unconfirmed' | 'missing_bio' | 'malformed_url' | 'duplicate_initiative' | 'session_outside_dates' | 'document_note';

/** Where a finding is: a document's line, or a stored thing with a readable label. */
export type LintPlace = { kind: 'document'; file: string; line: number } | { kind: 'entity'; entity: string; id: string; label: string };

/** One finding; its message is rendered in the reader's language from `code` and `params`. */
export interface LintFinding {
  severity: LintSeverity;
  code: LintCode;
  where: LintPlace;
  params: Record<string, string | number>;
}

export const atLine = (source: SourceRef): LintPlace => ({ kind: 'document', file: source.file, line: source.line });

export const severityOrder: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };
