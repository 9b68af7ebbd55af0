import type { Db } from './database.js';

/** Both engines cap bound parameters per statement (SQLite 32766, PostgreSQL 65535); stay well below. */
const maxParameters = 30_000;

/**
 * Inserts many rows of one table in as few statements as the engines allow.
 * `onBatch` hears how many rows each statement stored, for progress.
 */
export async function insertInBatches(db: Db, table: string, rows: Record<string, unknown>[], onBatch?: (stored: number) => void): Promise<void> {
  if (rows.length === 0) return;
  const batchSize = Math.max(1, Math.floor(maxParameters / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await db.insertInto(table as never).values(batch as never).execute();
    onBatch?.(batch.length);
  }
}
