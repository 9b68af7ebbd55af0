import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import type { DatabaseDialect } from './database-dialect.js';

const UNIQUE_VIOLATION = '23505';

export function createPostgresDialect(connectionString: string): DatabaseDialect {
  const pool = new pg.Pool({ connectionString, max: 10 });
  return {
    name: 'postgres',
    kyselyDialect: new PostgresDialect({ pool }),
    plugins: [],
    columnTypes: { json: 'jsonb', boolean: 'boolean' },
    // pg already parses jsonb; a string here is a JSON string value, not JSON text to parse again.
    decodeJson: <T>(raw: unknown) => raw as T,
    decodeBoolean: (raw) => raw === true,
    isUniqueViolation: (error) => error instanceof Error && 'code' in error && error.code === UNIQUE_VIOLATION,
    migrationSchema: async (db) => (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema,
    close: () => pool.end(),
  };
}
