import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrations.js';

/**
 * The engine under test: SQLite in memory by default, PostgreSQL when TEST_DATABASE_URL is a
 * `postgres://` URL (CI runs the whole suite both ways).
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? ':memory:';
export const testEngine = /^postgres/.test(testDatabaseUrl) ? 'postgres' : 'sqlite';

export interface TestStorage extends Storage {
  /** The URL another process can use to reach this very database. */
  url: string;
}

/**
 * A fresh, migrated database of its own for one test file: an in-memory SQLite, a new SQLite
 * file when `shared` (other processes must open it), or a new PostgreSQL schema.
 */
export async function createTestStorage(options: { shared?: boolean } = {}): Promise<TestStorage> {
  const url = testEngine === 'postgres' ? await createPostgresSchema() : sqliteUrl(options.shared ?? false);
  const storage = openStorage(url);
  await migrateToLatest(storage.db, storage.dialect);
  return {
    ...storage,
    url,
    // PostgreSQL schemas are dropped by the global teardown, never while other test files run:
    // Kysely's migrator introspects every schema, and a schema vanishing mid-scan breaks it.
    close: () => storage.close(),
  };
}

function sqliteUrl(shared: boolean): string {
  return shared ? `/tmp/convergence-test-${randomBytes(6).toString('hex')}.sqlite` : ':memory:';
}

async function createPostgresSchema(): Promise<string> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** Drops every schema the test files made; run before and after the whole suite. */
export async function dropTestSchemas(): Promise<void> {
  if (testEngine !== 'postgres') return;
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  client.on('notice', () => undefined);
  await client.connect();
  const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where nspname like 'test\\_%'`);
  for (const { name } of rows) await client.query(`drop schema if exists ${name} cascade`);
  await client.end();
}
