import { Migrator, type Kysely, type Migration } from 'kysely';
import { archiveSearchMatchesMigration } from '../domain/archive/migrations/0015-archive-search-matches.js';
import { archiveImportMigration } from '../domain/archive/migrations/0011-archive-import.js';
import { identitySuggestionMigration } from '../domain/people/migrations/0012-identity-suggestion.js';
import { slotStatedTimesMigration } from '../domain/program/migrations/0013-slot-stated-times.js';
import { accountsMigration } from '../domain/accounts/migrations/0005-accounts.js';
import { archiveSearchMigration } from '../domain/archive/migrations/0010-archive-search.js';
import { auditMigration } from '../domain/audit/migrations/0006-audit.js';
import { editionMigration } from '../domain/edition/migrations/0002-edition.js';
import { editionRoleVisibilityMigration } from '../domain/edition/migrations/0009-edition-role-visibility.js';
import { publicContentVersionIndexesMigration } from '../domain/edition/migrations/0014-public-content-version-indexes.js';
import { initiativeMigration } from '../domain/initiative/migrations/0004-initiative.js';
import { mailOutboxMigration } from '../domain/mail/migrations/0007-mail-outbox.js';
import { peopleMigration } from '../domain/people/migrations/0001-people.js';
import { programMigration } from '../domain/program/migrations/0003-program.js';
import { rateLimitMigration } from '../domain/rate-limit/migrations/0008-rate-limit.js';
import { callMigration } from '../domain/call/migrations/0016-call.js';
import { reviewMigration } from '../domain/review/migrations/0017-review.js';
import { selectionMigration } from '../domain/selection/migrations/0018-selection.js';
import { scheduleVersionsMigration } from '../domain/schedule/migrations/0020-schedule-versions.js';
import { archiveSearchBitmapsMigration } from '../domain/archive/migrations/0021-archive-search-bitmaps.js';
import { scheduleWeightsMigration } from '../domain/schedule/migrations/0022-schedule-weights.js';
import { personAvailabilityMigration } from '../domain/people/availability/migrations/0023-person-availability.js';
import { agendaSharesMigration } from '../domain/schedule/migrations/0024-agenda-shares.js';
import { interpreterTeamsMigration } from '../domain/schedule/migrations/0025-interpreter-teams.js';
import type { DatabaseDialect } from './dialect/index.js';
import type { SchemaMigration } from './migration.js';
import type { DatabaseSchema } from './schema.js';

/** Every migration in order; each lives with the domain whose tables it creates. */
export const schemaMigrations: SchemaMigration[] = [
  peopleMigration,
  editionMigration,
  programMigration,
  initiativeMigration,
  accountsMigration,
  auditMigration,
  mailOutboxMigration,
  rateLimitMigration,
  editionRoleVisibilityMigration,
  archiveSearchMigration,
  archiveImportMigration,
  identitySuggestionMigration,
  slotStatedTimesMigration,
  publicContentVersionIndexesMigration,
  archiveSearchMatchesMigration,
  callMigration,
  reviewMigration,
  selectionMigration,
  scheduleVersionsMigration,
  archiveSearchBitmapsMigration,
  scheduleWeightsMigration,
  personAvailabilityMigration,
  agendaSharesMigration,
  interpreterTeamsMigration,
];

export class MigrationError extends Error {}

/** Brings the schema up to date; safe to call from several processes at once (Kysely locks). */
export async function migrateToLatest(db: Kysely<DatabaseSchema>, dialect: DatabaseDialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    migrationTableSchema: await dialect.migrationSchema(db),
    provider: {
      async getMigrations() {
        const migrations: Record<string, Migration> = {};
        for (const migration of schemaMigrations) {
          migrations[migration.name] = { up: (database) => migration.up(database, dialect.columnTypes) };
        }
        return migrations;
      },
    },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
