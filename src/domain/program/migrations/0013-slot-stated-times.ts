import { sql } from 'kysely';
import type { SchemaMigration } from '../../../db/migration.js';

/** A program book may name a slot ("Ateliers session 4") and its day without printing its hours. */
export const slotStatedTimesMigration: SchemaMigration = {
  name: '0013-slot-stated-times',
  async up(db, types) {
    await db.schema.alterTable('time_slot').addColumn('times_stated', types.boolean, (c) => c.notNull().defaultTo(sql`true`)).execute();
  },
};
