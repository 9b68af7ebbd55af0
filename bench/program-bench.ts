/**
 * `npm run bench:program`: the public program of a 500-session edition under load, against nginx
 * serving the very same bytes as static files, measured in the same run on this machine.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openStorage } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { loadDemoForum } from '../src/domain/demo/index.js';
import { startServerProcess } from '../tests/support/server-process.js';
import { runLoad, type LoadResult } from './support/load-test.js';
import { startNginx } from './support/static-server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// As many app processes as nginx has workers below: one per core.
const workers = process.env.BENCH_WORKERS ?? '2';
const folder = mkdtempSync(join(tmpdir(), 'convergence-bench-'));
const databaseUrl = join(folder, 'forum.sqlite');

console.error('Preparing a 500-session edition (demo scale 11, every session published)…');
const storage = openStorage(databaseUrl);
await migrateToLatest(storage.db, storage.dialect);
await loadDemoForum(storage, { seed: 2018, scale: 11 }, () => undefined);
await storage.db.updateTable('session').set({ status: 'published' }).execute();
const published = await storage.db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id')
  .select(({ fn }) => fn.countAll<number>().as('n')).where('edition.slug', '=', 'gsef-2018-bilbao').executeTakeFirstOrThrow();
await storage.close();

const app = await startServerProcess({ DATABASE_URL: databaseUrl, CONVERGENCE_ENV: 'production', DEMO: 'off', WORKERS: workers }, 120_000);
const paths = { program: '/editions/gsef-2018-bilbao/program', json: '/editions/gsef-2018-bilbao/schedule.json' };
const staticRoot = join(folder, 'static');
mkdirSync(join(staticRoot, 'editions/gsef-2018-bilbao'), { recursive: true });
let firstView = 0;
for (const path of [paths.program, '/assets/reader-zone.js', '/assets/agenda.js']) {
  const response = await fetch(`${app.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  const body = Buffer.from(await response.arrayBuffer());
  // fetch decodes gzip, so the transferred size is measured by compressing what arrived, as the server does.
  firstView += gzipSync(body).byteLength;
}
for (const [name, path] of [['program.html', paths.program], ['schedule.json', paths.json]] as const) {
  const bytes = Buffer.from(await (await fetch(`${app.url}${path}`)).arrayBuffer());
  writeFileSync(join(staticRoot, 'editions/gsef-2018-bilbao', name), bytes);
  writeFileSync(join(staticRoot, 'editions/gsef-2018-bilbao', `${name}.gz`), gzipSync(bytes));
}
const nginx = await startNginx(staticRoot, 18_080);
const staticPaths = { program: '/editions/gsef-2018-bilbao/program.html', json: '/editions/gsef-2018-bilbao/schedule.json' };

console.log(`Edition: ${published.n} published sessions; convergence serve with WORKERS=${workers}, nginx with 2 worker processes`);
console.log(`Program page, first view: ${firstView} bytes compressed (HTML + scripts; goal ≤ 102400)`);
console.log('');
console.log('target          conns  convergence req/s  p99 ms | nginx req/s  p99 ms | ratio  goals (ratio ≥ 0.5, p99 < 50 ms)');
const rows: { target: string; connections: number; ours: LoadResult; theirs: LoadResult }[] = [];
for (const target of ['program', 'json'] as const) {
  for (const connections of [50, 200]) {
    // A second of warm-up each: every process builds and keeps its copy, as it would in the first minute of a morning.
    runLoad(`${app.url}${paths[target]}`, connections, 1);
    const ours = runLoad(`${app.url}${paths[target]}`, connections, seconds);
    runLoad(`${nginx.url}${staticPaths[target]}`, connections, 1);
    const theirs = runLoad(`${nginx.url}${staticPaths[target]}`, connections, seconds);
    rows.push({ target, connections, ours, theirs });
    const ratio = ours.requestsPerSecond / theirs.requestsPerSecond;
    console.log(`${target.padEnd(15)} ${String(connections).padStart(5)}  ${ours.requestsPerSecond.toFixed(0).padStart(17)} ${ours.p99Ms.toFixed(1).padStart(7)} | ${theirs.requestsPerSecond.toFixed(0).padStart(11)} ${theirs.p99Ms.toFixed(1).padStart(7)} | ${ratio.toFixed(3).padStart(5)}  ${ratio >= 0.5 ? 'ratio met' : 'ratio missed'}, ${ours.p99Ms < 50 ? 'p99 met' : 'p99 missed'}`);
  }
}
nginx.stop();
await app.stop();
