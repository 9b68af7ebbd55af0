import type { SchemaMigration } from '../../../db/migration.js';

export const initiativeMigration: SchemaMigration = {
  name: '0004-initiative',
  async up(db, types) {
    await db.schema
      .createTable('initiative')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.references('session.id').onDelete('set null'))
      .addColumn('code', 'text')
      .addColumn('title', types.json, (c) => c.notNull())
      .addColumn('description', types.json)
      .addColumn('organisation_id', 'text', (c) => c.references('organisation.id'))
      .addColumn('city', 'text')
      .addColumn('region', 'text')
      .addColumn('country', 'text')
      .addColumn('website', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('initiative_edition_index').on('initiative').column('edition_id').execute();
    await db.schema
      .createTable('initiative_theme')
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiative.id').onDelete('cascade'))
      .addColumn('theme_id', 'text', (c) => c.notNull().references('theme.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('initiative_theme_pk', ['initiative_id', 'theme_id'])
      .execute();
    await db.schema
      .createTable('initiative_presenter')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiative.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
      .addColumn('role_title', types.json)
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
  },
};
