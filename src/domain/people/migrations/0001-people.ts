import type { SchemaMigration } from '../../../db/migration.js';

export const peopleMigration: SchemaMigration = {
  name: '0001-people',
  async up(db, types) {
    await db.schema
      .createTable('organisation')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', types.json, (c) => c.notNull())
      .addColumn('acronym', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('city', 'text')
      .addColumn('country', 'text')
      .addColumn('website', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('organisation_alias')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
      .addColumn('alias', 'text', (c) => c.notNull())
      .addUniqueConstraint('organisation_alias_unique', ['organisation_id', 'alias'])
      .execute();
    await db.schema
      .createTable('person')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('honorific', 'text')
      .addColumn('bio', types.json)
      .addColumn('role_title', types.json)
      .addColumn('organisation_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
      .addColumn('country', 'text')
      .addColumn('email', 'text')
      .addColumn('gender', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('person_name_index').on('person').column('name').execute();
    await db.schema
      .createTable('person_alias')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addUniqueConstraint('person_alias_unique', ['person_id', 'alias'])
      .execute();
  },
};
