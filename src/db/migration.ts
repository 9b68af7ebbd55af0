import type { Kysely } from 'kysely';
import type { DatabaseDialect } from './dialect/index.js';

/** A schema change, written once with the column types the dialect provides. */
export interface SchemaMigration {
  /** Sorts the migrations: `0001-people`. Never rename one that has shipped. */
  name: string;
  up(db: Kysely<any>, types: DatabaseDialect['columnTypes']): Promise<void>;
}
