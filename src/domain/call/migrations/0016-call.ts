import type { SchemaMigration } from '../../../db/migration.js';

export const callMigration: SchemaMigration = {
  name: '0016-call',
  async up(db, types) {
    await db.schema
      .createTable('call_for_proposals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().unique().references('edition.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('intro', types.json)
      .addColumn('deadline_at', 'text', (c) => c.notNull())
      .addColumn('submission_kinds', types.json, (c) => c.notNull())
      .addColumn('sdgs', types.json, (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('call_question')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('call_id', 'text', (c) => c.notNull().references('call_for_proposals.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('label', types.json, (c) => c.notNull())
      .addColumn('help', types.json)
      .addColumn('choices', types.json)
      .addColumn('required', types.boolean, (c) => c.notNull())
      .addColumn('for_kinds', types.json, (c) => c.notNull())
      .addColumn('max_length', 'integer')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addUniqueConstraint('call_question_key_unique', ['call_id', 'key'])
      .execute();
    await db.schema
      .createTable('submission')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('call_id', 'text', (c) => c.notNull().references('call_for_proposals.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('owner_user_id', 'text', (c) => c.notNull().references('user_account.id'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('title', types.json, (c) => c.notNull())
      .addColumn('summary', types.json)
      .addColumn('organisation_name', 'text')
      .addColumn('organisation_kind', 'text')
      .addColumn('city', 'text')
      .addColumn('country', 'text')
      .addColumn('website', 'text')
      .addColumn('networks', types.json, (c) => c.notNull())
      .addColumn('themes', types.json, (c) => c.notNull())
      .addColumn('sdgs', types.json, (c) => c.notNull())
      .addColumn('answers', types.json, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('submission_edition_index').on('submission').columns(['edition_id', 'status']).execute();
    await db.schema.createIndex('submission_owner_index').on('submission').column('owner_user_id').execute();
    await db.schema
      .createTable('submission_presenter')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.references('user_account.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('gender', 'text')
      .addColumn('bio', types.json)
      .addColumn('invitation_token_hash', 'text', (c) => c.unique())
      .addColumn('invited_at', 'text')
      .addColumn('accepted_at', 'text')
      .addColumn('confirmed_at', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addUniqueConstraint('submission_presenter_email_unique', ['submission_id', 'email'])
      .execute();
    await db.schema.createIndex('submission_presenter_user_index').on('submission_presenter').column('user_id').execute();
    await db.schema
      .createTable('submission_file')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('cascade'))
      .addColumn('question_key', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('storage_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
