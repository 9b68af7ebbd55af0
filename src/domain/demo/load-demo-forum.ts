import { insertInBatches } from '../../db/batch-insert.js';
import type { Storage } from '../../db/database.js';
import { backupTables } from '../backup/backup-tables.js';
import { conflict } from '../errors.js';
import { generateDemoForum, type DemoOptions } from './generate-demo-forum.js';

export interface DemoSummary {
  editionSlugs: string[];
  editions: number;
  sessions: number;
  workshops: number;
  initiatives: number;
  people: number;
  organisations: number;
  countries: number;
}

/** Generates the demo forum and stores it in one transaction, parents first, reporting progress. */
export async function loadDemoForum(storage: Storage, options: DemoOptions, onProgress?: (done: number, total: number, label?: string) => void): Promise<DemoSummary> {
  const { rows, editionSlugs } = generateDemoForum(options);
  const taken = await storage.db.selectFrom('edition').select('slug').where('slug', 'in', editionSlugs).execute();
  if (taken.length > 0) throw conflict(`the database already has the demo edition ${taken.map((row) => row.slug).join(', ')}`, 'slug');
  const tables = backupTables.map((table) => ({ name: table.name, rows: (rows[table.name as keyof typeof rows] ?? []) as Record<string, unknown>[] }));
  const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  await storage.db.transaction().execute(async (transaction) => {
    for (const table of tables) {
      await insertInBatches(transaction, table.name, table.rows, (stored) => {
        done += stored;
        onProgress?.(done, total, table.name);
      });
    }
  });
  return {
    editionSlugs,
    editions: rows.edition.length,
    sessions: rows.session.length,
    workshops: rows.session.filter((session) => session.format === 'workshop' || session.format === 'partner_workshop').length,
    initiatives: rows.initiative.length,
    people: rows.person.length,
    organisations: rows.organisation.length,
    countries: new Set(rows.initiative.map((initiative) => initiative.country)).size,
  };
}
