import { Kysely } from 'kysely';
import { dialectFor, type DatabaseDialect } from './dialect/index.js';
import type { DatabaseSchema } from './schema.js';

export type Db = Kysely<DatabaseSchema>;

/** The open database and the dialect that explains how it stores JSON and booleans. */
export interface Storage {
  db: Db;
  dialect: DatabaseDialect;
  close(): Promise<void>;
}

/**
 * @example
 *   const storage = openStorage('convergence.sqlite');
 *   await migrateToLatest(storage.db, storage.dialect);
 */
export function openStorage(databaseUrl: string): Storage {
  const dialect = dialectFor(databaseUrl);
  const db = new Kysely<DatabaseSchema>({ dialect: dialect.kyselyDialect, plugins: dialect.plugins });
  return {
    db,
    dialect,
    // Kysely's destroy ends the pool or closes the SQLite handle.
    close: () => db.destroy(),
  };
}

export function encodeJson(value: unknown): string {
  return JSON.stringify(value);
}

export function encodeNullableJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
