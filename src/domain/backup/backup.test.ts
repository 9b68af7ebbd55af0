import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { openStorage } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrations.js';
import { backupTables, ephemeralTables } from './backup-tables.js';
import { exportForum } from './export-forum.js';
import { forumArbitrary, insertGeneratedForum } from './forum-arbitrary.js';
import { importForum } from './import-forum.js';

async function withStorages<T>(count: number, work: (storages: TestStorage[]) => Promise<T>): Promise<T> {
  const storages = await Promise.all(Array.from({ length: count }, () => createTestStorage()));
  try {
    return await work(storages);
  } finally {
    await Promise.all(storages.map((storage) => storage.close()));
  }
}

describe(`backups, on ${testEngine}`, () => {
  it('export, import into an empty database, export again gives the same bytes, all languages included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(forumArbitrary, async (forum) =>
        withStorages(2, async ([source, target]) => {
          await insertGeneratedForum(source!.db, forum);
          const first = await exportForum(source!);
          await importForum(target!, first);
          expect(await exportForum(target!)).toBe(first);
        }),
      ),
      { numRuns: testEngine === 'postgres' ? 8 : 15 },
    );
  }, 120_000);

  it.runIf(testEngine === 'postgres')('moves a forum from SQLite to PostgreSQL and back, byte for byte', async () => {
    const forum = fc.sample(forumArbitrary, { numRuns: 1, seed: 2018 })[0]!;
    const sqlite = openStorage(':memory:');
    await migrateToLatest(sqlite.db, sqlite.dialect);
    const back = openStorage(':memory:');
    await migrateToLatest(back.db, back.dialect);
    try {
      await insertGeneratedForum(sqlite.db, forum);
      const fromSqlite = await exportForum(sqlite);
      await withStorages(1, async ([postgres]) => {
        await importForum(postgres!, fromSqlite);
        const fromPostgres = await exportForum(postgres!);
        expect(fromPostgres).toBe(fromSqlite);
        await importForum(back, fromPostgres);
      });
      expect(await exportForum(back)).toBe(fromSqlite);
    } finally {
      await sqlite.close();
      await back.close();
    }
  });

  describe('bad input', () => {
    let storage: TestStorage;
    let valid: string;
    beforeAll(async () => {
      storage = await createTestStorage();
      await withStorages(1, async ([source]) => {
        await insertGeneratedForum(source!.db, fc.sample(forumArbitrary, { numRuns: 1, seed: 7 })[0]!);
        valid = await exportForum(source!);
      });
    });
    afterAll(() => storage.close());

    const expectStillEmpty = async () => expect(await exportForum(storage)).toContain('"organisation": []');

    it('refuses malformed JSON and a wrong format tag', async () => {
      await expect(importForum(storage, '{"format": ')).rejects.toThrow(/not valid JSON/);
      await expect(importForum(storage, JSON.stringify({ format: 'frab', version: 1, tables: {} }))).rejects.toThrow(/format/);
      await expectStillEmpty();
    });

    it('names the table, the row and the column of a wrong type', async () => {
      const document = JSON.parse(valid);
      document.tables.person = [{ ...document.tables.person[0], name: 42 }];
      await expect(importForum(storage, JSON.stringify(document))).rejects.toThrow(/tables\.person\[0\]\.name: .*string/);
      document.tables.person = [{ ...document.tables.person[0], name: 'Ana', shoe_size: 38 }];
      await expect(importForum(storage, JSON.stringify(document))).rejects.toThrow(/tables\.person\[0\].*shoe_size/);
      await expectStillEmpty();
    });

    it('writes nothing when a row points at a missing row', async () => {
      const document = JSON.parse(valid);
      document.tables.session_document = [{ id: 'dangling', session_id: 'no-such-session', title: { original: 'en', text: { en: 'x' } }, url: 'https://example.org', position: 0 }];
      await expect(importForum(storage, JSON.stringify(document))).rejects.toThrow(/tables\.session_document/);
      await expectStillEmpty();
    });

    it('refuses a database that already holds data, and leaves it as it was', async () => {
      await importForum(storage, valid);
      await expect(importForum(storage, valid)).rejects.toThrow(/already holds data/);
      expect(await exportForum(storage)).toBe(valid);
    });
  });

  it('declares every column of every table, so no future column silently misses the backups', async () => {
    await withStorages(1, async ([storage]) => {
      const schema = await storage!.dialect.migrationSchema(storage!.db);
      const tables = (await storage!.db.introspection.getTables()).filter((table) => schema === undefined || table.schema === schema);
      const declared = new Map(backupTables.map((table) => [table.name, Object.keys(table.columns).sort()]));
      for (const table of tables.filter((candidate) => !candidate.name.startsWith('kysely_'))) {
        if (ephemeralTables.includes(table.name)) continue;
        expect(declared.get(table.name), `table ${table.name} is not in backup-tables.ts`).toEqual(table.columns.map((column) => column.name).sort());
      }
    });
  });
});
