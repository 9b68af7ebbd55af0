import { createHash } from 'node:crypto';
import { encodeJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import type { Actor } from '../../accounts/actor.js';
import { recordChange } from '../../audit/record-change.js';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { IdentityResolver } from './identity-resolver.js';
import { DocumentParseError, type ImportedDocument } from './imported-document.js';
import { ImportChangeLog, type ImportedDocumentSummary, type ImportReport } from './import-report.js';
import { readImportedDocument } from './read-imported-document.js';
import { RowWriter } from './row-writer.js';
import { writeEdition, type EditionChoice } from './write-edition.js';
import { writeInitiative } from './write-initiative.js';
import { writeDaysAndSlots, writeSession } from './write-program.js';

export interface ImportInput {
  /** The name the document had: "sheet.docx". Only its extension and its name in messages count. */
  file: string;
  bytes: Buffer;
}

export interface ImportOptions extends EditionChoice {
  dryRun?: boolean;
  onProgress?: (done: number, total: number, detail?: string) => void;
}

class DryRunFinished extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/**
 * Imports forum documents (program books, session sheets, initiative sheets, frab schedules) in
 * one transaction: on any error nothing is written and the error names the file, the line and the
 * problem. A dry run does the same work and rolls it back, so its report is exactly what a real
 * import would do. Importing the same document again changes nothing.
 */
export async function importDocuments(context: AppContext, actor: Actor, inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
  const parsed: { document: ImportedDocument; sha256: string }[] = [];
  for (const input of inputs) {
    parsed.push({ document: await readImportedDocument(input.file, input.bytes), sha256: createHash('sha256').update(input.bytes).digest('hex') });
  }
  const total = parsed.reduce((sum, { document }) => sum + 1 + document.sessions.length + document.initiatives.length, 0);
  let done = 0;
  const step = (detail: string) => options.onProgress?.(++done, total, detail);
  try {
    return await context.storage.db.transaction().execute(async (trx) => {
      const log = new ImportChangeLog();
      const writer = new RowWriter(trx, context.storage.dialect, context.clock, log);
      const resolver = await IdentityResolver.load(writer);
      const summaries: ImportedDocumentSummary[] = [];
      const touchedEditions = new Set<string>();
      for (const { document, sha256 } of parsed) {
        const edition = await writeEdition(writer, actor, document, options);
        touchedEditions.add(edition.id);
        step(document.file);
        const slotIds = document.edition ? await writeDaysAndSlots(writer, edition, document.edition, document) : new Map<string, string>();
        for (const session of document.sessions) {
          await withSource(document.file, session.source.line, () => writeSession(writer, resolver, edition, document, session, slotIds));
          step(session.title);
        }
        for (const [position, initiative] of document.initiatives.entries()) {
          await withSource(document.file, initiative.source.line, () => writeInitiative(writer, resolver, edition, document, initiative, position));
          step(initiative.code);
        }
        const known = await trx.selectFrom('archive_document').select('id').where('sha256', '=', sha256).executeTakeFirst();
        if (!known) {
          await trx.insertInto('archive_document').values({
            id: newId(), edition_id: edition.id, file_name: document.file, kind: document.kind, language: document.language, sha256,
            parsed: encodeJson(document), imported_at: writer.now(), imported_by_user_id: actor.user?.id ?? null,
          }).execute();
          log.record('create', 'document', document.file);
        }
        summaries.push({ file: document.file, kind: document.kind, language: document.language, editionSlug: edition.slug, alreadyImported: !!known });
      }
      await writer.flush();
      const report = log.report(options.dryRun ?? false, summaries);
      if (options.dryRun) throw new DryRunFinished(report);
      if (log.changedAnything) {
        for (const editionId of touchedEditions) {
          await recordChange(trx, context.clock, actor, {
            editionId, action: 'update', entityType: 'import', entityId: editionId, before: null,
            after: { files: summaries.map((summary) => summary.file), counts: report.counts },
          });
        }
      }
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunFinished) return error.report;
    throw error;
  }
}

/** Any failure while writing a part of a document is reported at that part's line. */
async function withSource<T>(file: string, line: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DocumentParseError || error instanceof DomainError) throw error;
    throw new DocumentParseError({ file, line }, error instanceof Error ? error.message : String(error));
  }
}
