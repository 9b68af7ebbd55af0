import type { ColumnDataType, Dialect, Kysely, KyselyPlugin } from 'kysely';

/**
 * The few places where SQLite and PostgreSQL differ. Everything else in Convergence is written
 * once against Kysely; a query that needs more than this seam is a design smell.
 *
 * Declared representations, identical on both engines:
 * - ids: ULID text, made by the application (`newId()`), so they sort by creation time;
 * - instants: ISO 8601 UTC text with milliseconds (`2018-10-01T09:00:00.000Z`), made by the
 *   application clock, so they compare and sort as text and export byte for byte;
 * - calendar dates: `YYYY-MM-DD` text;
 * - JSON: `jsonb` on PostgreSQL, text on SQLite; always read through `decodeJson`;
 * - booleans: `boolean` on PostgreSQL, 0/1 integers on SQLite; always read through `decodeBoolean`.
 */
export interface DatabaseDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly kyselyDialect: Dialect;
  readonly plugins: KyselyPlugin[];
  readonly columnTypes: { json: ColumnDataType; boolean: ColumnDataType };
  decodeJson<T>(raw: unknown): T;
  decodeBoolean(raw: unknown): boolean;
  isUniqueViolation(error: unknown): boolean;
  /**
   * The schema the migration bookkeeping belongs in. PostgreSQL answers the connection's current
   * schema, so that databases living side by side in schemas never read each other's bookkeeping.
   */
  migrationSchema(db: Kysely<any>): Promise<string | undefined>;
  close(): Promise<void>;
}
