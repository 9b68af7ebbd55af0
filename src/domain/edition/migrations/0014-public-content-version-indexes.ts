import type { SchemaMigration } from '../../../db/migration.js';

/**
 * `publicContentVersion` asks for the latest change of every public table, every few seconds, in
 * every process; with an index each answer is one step down a b-tree instead of a whole scan.
 */
export const publicContentVersionIndexesMigration: SchemaMigration = {
  name: '0014-public-content-version-indexes',
  async up(db) {
    for (const table of ['edition', 'session', 'person', 'organisation', 'initiative']) {
      await db.schema.createIndex(`${table}_updated_at_index`).ifNotExists().on(table).column('updated_at').execute();
    }
  },
};
