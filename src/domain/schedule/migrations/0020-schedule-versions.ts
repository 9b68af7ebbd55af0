import { sql } from 'kysely';
import type { SchemaMigration } from '../../../db/migration.js';

/** The editor's working placements and pins, published versions with their snapshots, and solver runs. */
export const scheduleVersionsMigration: SchemaMigration = {
  name: '0020-schedule-versions',
  async up(db, types) {
    await db.schema
      .createTable('schedule_placement')
      .addColumn('session_id', 'text', (c) => c.primaryKey().references('session.id').onDelete('cascade'))
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('slot_id', 'text', (c) => c.references('time_slot.id').onDelete('set null'))
      .addColumn('venue_id', 'text', (c) => c.references('venue.id').onDelete('set null'))
      .addColumn('pinned', types.boolean, (c) => c.notNull().defaultTo(sql`false`))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by_user_id', 'text')
      .execute();
    await db.schema.createIndex('schedule_placement_edition').on('schedule_placement').column('edition_id').execute();
    await db.schema
      .createTable('schedule_version')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('published_by_user_id', 'text')
      .addUniqueConstraint('schedule_version_edition_number', ['edition_id', 'number'])
      .execute();
    await db.schema
      .createTable('schedule_version_placement')
      .addColumn('version_id', 'text', (c) => c.notNull().references('schedule_version.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('slot_id', 'text')
      .addColumn('venue_id', 'text')
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text')
      .addPrimaryKeyConstraint('schedule_version_placement_pk', ['version_id', 'session_id'])
      .execute();
    await db.schema
      .createTable('schedule_solve_run')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('keep_pins', types.boolean, (c) => c.notNull())
      .addColumn('stability', 'double precision', (c) => c.notNull())
      .addColumn('time_limit_ms', 'integer', (c) => c.notNull())
      .addColumn('seed', 'integer', (c) => c.notNull())
      .addColumn('cancel_requested', types.boolean, (c) => c.notNull().defaultTo(sql`false`))
      .addColumn('progress', types.json)
      .addColumn('outcome', types.json)
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('started_by_user_id', 'text')
      .execute();
    await db.schema.createIndex('schedule_solve_run_edition').on('schedule_solve_run').columns(['edition_id', 'started_at']).execute();
  },
};
