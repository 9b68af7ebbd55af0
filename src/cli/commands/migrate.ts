import { readConfig } from '../../config/index.js';
import { openStorage } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrations.js';

export async function migrateCommand(): Promise<void> {
  const config = readConfig(process.env);
  const storage = openStorage(config.databaseUrl);
  try {
    const applied = await migrateToLatest(storage.db, storage.dialect);
    console.log(applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`);
  } finally {
    await storage.close();
  }
}
