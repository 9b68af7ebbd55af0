/**
 * `npm run bench:import`: how long importing the Bilbao 2018 book of initiatives takes, read and
 * written, into a fresh embedded database and into PostgreSQL. Goal: under 1 s.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { systemClock } from '../src/db/clock.js';
import { openStorage } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { readConfig } from '../src/config/index.js';
import { systemActor } from '../src/domain/accounts/index.js';
import { importDocuments, readImportedDocument } from '../src/domain/archive/import/index.js';

const seeds = new URL('../../shared/seeds/', import.meta.url).pathname;
if (!existsSync(seeds)) {
  console.error(`Skipped: ${seeds} is absent (it sits beside the project in the team's checkout).`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const file = (await readdir(seeds)).find((name) => name.startsWith('002_'))!;
const bytes = await readFile(`${seeds}${file}`);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function postgresUrl(): Promise<string | null> {
  const base = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: base });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function dropSchema(url: string): Promise<void> {
  const schema = new URL(url).searchParams.get('options')!.split('=')[1]!;
  const client = new pg.Client({ connectionString: url.split('?')[0] });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

const parseTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const document = await readImportedDocument(file, bytes);
  parseTimes.push(performance.now() - start);
  if (run === 0) console.log(`${file}: ${document.initiatives.length} initiatives, ${document.sessions.length} workshops, ${document.edition?.slots.length ?? 0} slots`);
}
console.log(`read and parse:           median ${median(parseTimes).toFixed(0)} ms over ${runs} runs`);

for (const engine of ['sqlite', 'postgres'] as const) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const url = engine === 'sqlite' ? ':memory:' : await postgresUrl();
    if (!url) {
      console.log('postgres: skipped (no server on 127.0.0.1:5432)');
      break;
    }
    const storage = openStorage(url);
    await migrateToLatest(storage.db, storage.dialect);
    const context = { storage, clock: systemClock, config: readConfig({ DATABASE_URL: url, CONVERGENCE_ENV: 'test' }) };
    const start = performance.now();
    await importDocuments(context, systemActor, [{ file, bytes }]);
    times.push(performance.now() - start);
    await storage.close();
    if (engine === 'postgres') await dropSchema(url);
  }
  if (times.length > 0) {
    const verdict = median(times) < 1000 ? 'meets' : 'misses';
    console.log(`import into ${engine.padEnd(8)}:    median ${median(times).toFixed(0)} ms, best ${Math.min(...times).toFixed(0)} ms over ${times.length} runs (${verdict} the goal of 1000 ms)`);
  }
}
