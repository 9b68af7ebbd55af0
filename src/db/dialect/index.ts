import type { DatabaseDialect } from './database-dialect.js';
import { createPostgresDialect } from './postgres-dialect.js';
import { createSqliteDialect } from './sqlite-dialect.js';

export type { DatabaseDialect } from './database-dialect.js';

/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is a SQLite file path or `:memory:`. */
export function dialectFor(databaseUrl: string): DatabaseDialect {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? createPostgresDialect(databaseUrl) : createSqliteDialect(databaseUrl);
}
