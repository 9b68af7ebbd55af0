import type { SchemaMigration } from '../../../db/migration.js';

/**
 * Agendas that readers chose to share, anonymously, so the solver can keep sessions that the same
 * people want to attend out of parallel. No account, address or IP: a browser's random token (hashed)
 * lets it replace or withdraw its own share, nothing more.
 */
export const agendaSharesMigration: SchemaMigration = {
  name: '0024-agenda-shares',
  async up(db, types) {
    await db.schema
      .createTable('agenda_share')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull())
      .addColumn('session_ids', types.json, (c) => c.notNull())
      .addColumn('time_zone', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('agenda_share_token', ['edition_id', 'token_hash'])
      .execute();
  },
};
