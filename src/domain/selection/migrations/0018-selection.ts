import type { SchemaMigration } from '../../../db/migration.js';

export const selectionMigration: SchemaMigration = {
  name: '0018-selection',
  async up(db, types) {
    await db.schema
      .createTable('selection_target')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('dimension', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('min', 'double precision')
      .addColumn('max', 'double precision')
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('selection_decision')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('submission_id', 'text', (c) => c.notNull().unique().references('submission.id').onDelete('cascade'))
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('note', types.json)
      .addColumn('decided_by_user_id', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema
      .createTable('selection_group_member')
      .addColumn('submission_id', 'text', (c) => c.primaryKey().references('submission.id').onDelete('cascade'))
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
  },
};
