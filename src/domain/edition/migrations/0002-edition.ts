import type { SchemaMigration } from '../../../db/migration.js';

export const editionMigration: SchemaMigration = {
  name: '0002-edition',
  async up(db, types) {
    await db.schema
      .createTable('edition')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', types.json, (c) => c.notNull())
      .addColumn('tagline', types.json)
      .addColumn('description', types.json)
      .addColumn('host_city', 'text')
      .addColumn('country', 'text')
      .addColumn('venue', 'text')
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('languages', types.json, (c) => c.notNull())
      .addColumn('website', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('edition_partner')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisation.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addUniqueConstraint('edition_partner_unique', ['edition_id', 'organisation_id', 'kind'])
      .execute();
  },
};
