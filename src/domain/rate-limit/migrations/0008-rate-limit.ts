import type { SchemaMigration } from '../../../db/migration.js';

export const rateLimitMigration: SchemaMigration = {
  name: '0008-rate-limit',
  async up(db) {
    await db.schema
      .createTable('rate_limit')
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limit_pk', ['bucket', 'window_start'])
      .execute();
  },
};
