import type { SchemaMigration } from '../../../../db/migration.js';

/** People's availability windows per edition, in their own zone: private, read by the schedule solver. */
export const personAvailabilityMigration: SchemaMigration = {
  name: '0023-person-availability',
  async up(db) {
    await db.schema
      .createTable('person_availability')
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by_user_id', 'text')
      .addPrimaryKeyConstraint('person_availability_pk', ['person_id', 'edition_id'])
      .execute();
    await db.schema.createIndex('person_availability_edition').on('person_availability').column('edition_id').execute();
    await db.schema
      .createTable('availability_window')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('availability_window_edition_person').on('availability_window').columns(['edition_id', 'person_id']).execute();
  },
};
