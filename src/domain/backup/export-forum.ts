import type { Storage } from '../../db/database.js';
import { backupTables, type BackupTable } from './backup-tables.js';
import { canonicalise, compareKeys } from './canonical-json.js';

export const exportFormat = 'convergence-export';
export const exportVersion = 1;

export type ProgressCallback = (done: number, total: number, detail?: string) => void;

function canonicalRow(storage: Storage, table: BackupTable, row: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [column, kind] of Object.entries(table.columns)) {
    const raw = row[column] ?? null;
    if (kind === 'boolean') result[column] = storage.dialect.decodeBoolean(raw);
    else if ((kind === 'json' || kind === 'json?') && raw !== null) result[column] = canonicalise(storage.dialect.decodeJson(raw));
    else result[column] = raw;
  }
  return result;
}

/**
 * Everything durable as one canonical JSON document: tables parents first, rows by primary key,
 * columns in a declared order, JSON keys sorted. The same content gives the same bytes on SQLite
 * and on PostgreSQL, so an export can be compared, diffed and moved between engines.
 */
export async function exportForum(storage: Storage, onProgress?: ProgressCallback): Promise<string> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [index, table] of backupTables.entries()) {
    const rows = (await storage.db.selectFrom(table.name as never).selectAll().execute()) as Record<string, unknown>[];
    tables[table.name] = rows
      .map((row) => canonicalRow(storage, table, row))
      .sort((a, b) => compareKeys(table.key.map((key) => a[key]), table.key.map((key) => b[key])));
    onProgress?.(index + 1, backupTables.length, table.name);
  }
  return `${JSON.stringify({ format: exportFormat, version: exportVersion, tables }, null, 2)}\n`;
}
