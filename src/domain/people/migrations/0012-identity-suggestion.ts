import type { SchemaMigration } from '../../../db/migration.js';

export const identitySuggestionMigration: SchemaMigration = {
  name: '0012-identity-suggestion',
  async up(db, types) {
    await db.schema
      .createTable('identity_suggestion')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('kept_id', 'text', (c) => c.notNull())
      .addColumn('other_id', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('reasons', types.json, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text')
      .addColumn('decided_by_user_id', 'text')
      .addUniqueConstraint('identity_suggestion_pair', ['subject', 'kept_id', 'other_id'])
      .execute();
    await db.schema.createIndex('identity_suggestion_status_index').on('identity_suggestion').columns(['subject', 'status']).execute();
  },
};
