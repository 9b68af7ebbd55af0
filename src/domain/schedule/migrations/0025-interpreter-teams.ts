import { sql } from 'kysely';
import type { SchemaMigration } from '../../../db/migration.js';

/**
 * How many interpreter teams the organisers hired per target language, one row per edition and
 * language. A language without a row has as many teams as needed: most forums never count them.
 */
export const interpreterTeamsMigration: SchemaMigration = {
  name: '0025-interpreter-teams',
  async up(db) {
    await db.schema
      .createTable('schedule_interpreter_teams')
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('teams', 'integer', (c) => c.notNull().check(sql`teams >= 0`))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by_user_id', 'text')
      .addPrimaryKeyConstraint('schedule_interpreter_teams_pk', ['edition_id', 'language'])
      .execute();
  },
};
