import type { Actor } from '../../accounts/actor.js';
import type { AppContext } from '../../context.js';
import { canManageEdition } from '../../edition/rules.js';
import { notFound } from '../../errors.js';
import type { Translator } from '../../../i18n/index.js';
import type { ImportedDocument } from '../import/imported-document.js';
import { checkDocument } from './document-checks.js';
import { severityOrder, type LintFinding } from './lint-finding.js';
import { checkStoredProgram } from './program-checks.js';

/**
 * Checks an edition: the documents imported into it (each finding at its file and line) and its
 * stored program. Only the edition's organisers may read it: findings name unpublished things.
 */
export async function lintEdition(context: AppContext, actor: Actor, editionSlug: string): Promise<LintFinding[]> {
  const { db, dialect } = context.storage;
  const edition = await db.selectFrom('edition').select(['id', 'starts_on', 'time_zone']).where('slug', '=', editionSlug).executeTakeFirst();
  if (!edition || !canManageEdition(actor, edition.id)) throw notFound('edition');
  const documents = await db.selectFrom('archive_document').select(['parsed']).where('edition_id', '=', edition.id).orderBy('imported_at').orderBy('id').execute();
  const facts = { year: Number(edition.starts_on.slice(0, 4)), timeZone: edition.time_zone };
  const findings = [
    ...documents.flatMap((row) => checkDocument(dialect.decodeJson<ImportedDocument>(row.parsed), facts)),
    ...(await checkStoredProgram(db, dialect, edition.id)),
  ];
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

export function lintMessage(t: Translator, finding: LintFinding): string {
  return t.t(`lint.${finding.code}`, finding.params);
}

export function lintPlace(t: Translator, finding: LintFinding): string {
  return finding.where.kind === 'document' ? t.t('lint.where.line', { file: finding.where.file, line: finding.where.line }) : `${finding.where.entity}: ${finding.where.label}`;
}
