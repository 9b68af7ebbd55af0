import { readConfig, type Config } from '../config/index.js';
import { systemClock } from '../db/clock.js';
import { openStorage } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import type { AppContext } from '../domain/context.js';

/** Opens the configured database, migrated, for one command; `close` when done. */
export async function openAppContext(environment: Record<string, string | undefined> = process.env): Promise<AppContext & { close(): Promise<void> }> {
  const config: Config = readConfig(environment);
  const storage = openStorage(config.databaseUrl);
  await migrateToLatest(storage.db, storage.dialect);
  return { storage, clock: systemClock, config, close: () => storage.close() };
}

export class UsageError extends Error {}
