import type { SchemaMigration } from '../../../db/migration.js';

export const reviewMigration: SchemaMigration = {
  name: '0017-review',
  async up(db, types) {
    await db.schema
      .createTable('review_settings')
      .addColumn('edition_id', 'text', (c) => c.primaryKey().references('edition.id').onDelete('cascade'))
      .addColumn('anonymous', types.boolean, (c) => c.notNull())
      .addColumn('reveal_scores_before_own', types.boolean, (c) => c.notNull())
      .addColumn('conflict_same_city', types.boolean, (c) => c.notNull())
      .addColumn('conflict_same_country', types.boolean, (c) => c.notNull())
      .addColumn('reviews_per_submission', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('review_criterion')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('label', types.json, (c) => c.notNull())
      .addColumn('weight', 'double precision', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addUniqueConstraint('review_criterion_key_unique', ['edition_id', 'key'])
      .execute();
    await db.schema
      .createTable('review_phase')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('name', types.json, (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('reviewer_profile')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id'))
      .addColumn('languages', types.json, (c) => c.notNull())
      .addColumn('themes', types.json, (c) => c.notNull())
      .addColumn('max_load', 'integer', (c) => c.notNull())
      .addColumn('organisation_name', 'text')
      .addColumn('networks', types.json, (c) => c.notNull())
      .addColumn('city', 'text')
      .addColumn('country', 'text')
      .addUniqueConstraint('reviewer_profile_unique', ['edition_id', 'user_id'])
      .execute();
    await db.schema
      .createTable('review_assignment')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('cascade'))
      .addColumn('reviewer_user_id', 'text', (c) => c.notNull().references('user_account.id'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('review_assignment_unique', ['submission_id', 'reviewer_user_id'])
      .execute();
    await db.schema.createIndex('review_assignment_reviewer_index').on('review_assignment').columns(['reviewer_user_id', 'edition_id']).execute();
    await db.schema
      .createTable('review')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('cascade'))
      .addColumn('reviewer_user_id', 'text', (c) => c.notNull().references('user_account.id'))
      .addColumn('scores', types.json, (c) => c.notNull())
      .addColumn('comment', 'text', (c) => c.notNull())
      .addColumn('weighted_score', 'double precision')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('review_unique', ['submission_id', 'reviewer_user_id'])
      .execute();
    await db.schema
      .createTable('review_conflict')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('cascade'))
      .addColumn('reviewer_user_id', 'text', (c) => c.notNull().references('user_account.id'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('reasons', types.json, (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('review_conflict_unique', ['submission_id', 'reviewer_user_id', 'source'])
      .execute();
  },
};
