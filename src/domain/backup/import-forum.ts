import { z } from 'zod';
import { insertInBatches } from '../../db/batch-insert.js';
import { encodeJson, type Storage } from '../../db/database.js';
import { DomainError, type FieldProblem } from '../errors.js';
import { backupTables, type BackupTable, type ColumnKind } from './backup-tables.js';
import { exportFormat, exportVersion, type ProgressCallback } from './export-forum.js';

type Row = Record<string, unknown>;

const nonNullJson = z.unknown().refine((value) => value !== null && value !== undefined, 'expected a JSON value, not null');
const columnSchemas: Record<ColumnKind, z.ZodType> = {
  text: z.string(),
  'text?': z.string().nullable(),
  integer: z.number().int(),
  'integer?': z.number().int().nullable(),
  number: z.number(),
  'number?': z.number().nullable(),
  boolean: z.boolean(),
  json: nonNullJson,
  'json?': z.unknown().refine((value) => value !== undefined, 'expected a JSON value or null'),
};

const documentSchema = z.object({
  format: z.literal(exportFormat, `expected "${exportFormat}"`),
  version: z.literal(exportVersion, `this Convergence reads version ${exportVersion}`),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

const rowSchemas = new Map(backupTables.map((table) => [table.name, z.strictObject(Object.fromEntries(Object.entries(table.columns).map(([column, kind]) => [column, columnSchemas[kind]])))]));

const invalidDocument = (problems: FieldProblem[]) =>
  new DomainError('invalid', `the export is invalid: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`, problems);

function parseDocument(document: string): Record<string, Row[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch (error) {
    throw invalidDocument([{ path: '(file)', message: `not valid JSON (${(error as Error).message})` }]);
  }
  const shape = documentSchema.safeParse(parsed);
  if (!shape.success) throw invalidDocument(shape.error.issues.map((issue) => ({ path: issue.path.join('.') || '(file)', message: issue.message })));
  const problems: FieldProblem[] = [];
  for (const [name, rows] of Object.entries(shape.data.tables)) {
    const schema = rowSchemas.get(name);
    if (!schema) {
      problems.push({ path: `tables.${name}`, message: 'unknown table' });
      continue;
    }
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = issue.path.length > 0 ? issue.path.join('.') : (issue as { keys?: string[] }).keys?.join(', ') ?? '';
          problems.push({ path: `tables.${name}[${index}].${column}`, message: issue.message });
        }
      }
    });
    if (problems.length >= 20) break;
  }
  if (problems.length > 0) throw invalidDocument(problems.slice(0, 20));
  return shape.data.tables as Record<string, Row[]>;
}

/** Rows of a self-referencing table, each parent before its children. */
function parentsFirst(table: BackupTable, rows: Row[]): Row[] {
  if (!table.parentColumn) return rows;
  const parent = table.parentColumn;
  const pending = new Map(rows.map((row) => [row.id as string, row]));
  const ordered: Row[] = [];
  const place = (row: Row) => {
    if (!pending.has(row.id as string)) return;
    pending.delete(row.id as string);
    const parentRow = row[parent] ? pending.get(row[parent] as string) : undefined;
    if (parentRow) place(parentRow);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}

function storedRow(table: BackupTable, row: Row): Row {
  return Object.fromEntries(
    Object.entries(table.columns).map(([column, kind]) => {
      const value = row[column];
      return [column, (kind === 'json' || kind === 'json?') && value !== null ? encodeJson(value) : value];
    }),
  );
}

async function assertEmpty(storage: Storage): Promise<void> {
  for (const table of backupTables) {
    const found = await storage.db.selectFrom(table.name as never).select(storage.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number((found as { n: number }).n) > 0) {
      throw new DomainError('conflict', `the database already holds data (table ${table.name}); import only into an empty database`);
    }
  }
}

export type ImportSummary = Record<string, number>;

/**
 * Loads an export into an empty database, all or nothing: the document is checked row by row first
 * (an error names the table, the row and the column), then written in one transaction.
 */
export async function importForum(storage: Storage, document: string, onProgress?: ProgressCallback): Promise<ImportSummary> {
  const tables = parseDocument(document);
  await assertEmpty(storage);
  const total = backupTables.reduce((sum, table) => sum + (tables[table.name]?.length ?? 0), 0);
  const summary: ImportSummary = {};
  let done = 0;
  await storage.db.transaction().execute(async (transaction) => {
    for (const table of backupTables) {
      const rows = parentsFirst(table, tables[table.name] ?? []).map((row) => storedRow(table, row));
      try {
        await insertInBatches(transaction, table.name, rows, (stored) => {
          done += stored;
          onProgress?.(done, total, table.name);
        });
      } catch (error) {
        throw new DomainError('invalid', `tables.${table.name}: rows cannot be stored: ${(error as Error).message}`);
      }
      summary[table.name] = rows.length;
    }
  });
  if (total === 0) onProgress?.(0, 0);
  return summary;
}
