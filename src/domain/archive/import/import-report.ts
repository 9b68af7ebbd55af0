import type { SourceRef } from './imported-document.js';

export type ChangeAction = 'create' | 'update' | 'unchanged' | 'merge' | 'suggest';

/** One line of what an import did, or would do in a dry run. */
export interface ImportChange {
  action: ChangeAction;
  entity: string;
  label: string;
  source: SourceRef | null;
}

export interface ImportedDocumentSummary {
  file: string;
  kind: string;
  language: string;
  editionSlug: string | null;
  /** True when these very bytes were imported before. */
  alreadyImported: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  documents: ImportedDocumentSummary[];
  counts: Record<ChangeAction, Record<string, number>>;
  changes: ImportChange[];
}

/** Collects what an import changes, entity by entity, for the report and the dry run. */
export class ImportChangeLog {
  readonly changes: ImportChange[] = [];

  record(action: ChangeAction, entity: string, label: string, source: SourceRef | null = null): void {
    this.changes.push({ action, entity, label, source });
  }

  report(dryRun: boolean, documents: ImportedDocumentSummary[]): ImportReport {
    const counts: ImportReport['counts'] = { create: {}, update: {}, unchanged: {}, merge: {}, suggest: {} };
    for (const change of this.changes) counts[change.action][change.entity] = (counts[change.action][change.entity] ?? 0) + 1;
    return { dryRun, documents, counts, changes: this.changes };
  }

  /** Whether anything durable changed (not counting lines that only say "unchanged"). */
  get changedAnything(): boolean {
    return this.changes.some((change) => change.action !== 'unchanged');
  }
}
