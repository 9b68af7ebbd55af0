import { sql } from 'kysely';
import type { SchemaMigration } from '../../../db/migration.js';

export const editionRoleVisibilityMigration: SchemaMigration = {
  name: '0009-edition-role-visibility',
  async up(db, types) {
    await db.schema.alterTable('edition').addColumn('hide_unconfirmed_roles', types.boolean, (c) => c.notNull().defaultTo(sql`false`)).execute();
  },
};
