import type { SchemaMigration } from '../../../db/migration.js';

/** The organisers' weights for the solver's soft goals, one row per edition (absent: the solver's defaults). */
export const scheduleWeightsMigration: SchemaMigration = {
  name: '0022-schedule-weights',
  async up(db) {
    await db.schema
      .createTable('schedule_weights')
      .addColumn('edition_id', 'text', (c) => c.primaryKey().references('edition.id').onDelete('cascade'))
      .addColumn('similar_themes_in_parallel', 'double precision', (c) => c.notNull())
      .addColumn('audience_overlap', 'double precision', (c) => c.notNull())
      .addColumn('speaker_preferred_times', 'double precision', (c) => c.notNull())
      .addColumn('awake_virtual_sessions', 'double precision', (c) => c.notNull())
      .addColumn('balanced_slots', 'double precision', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by_user_id', 'text')
      .execute();
  },
};
