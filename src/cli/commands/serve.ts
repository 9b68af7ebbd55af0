import cluster from 'node:cluster';
import { loadDemoForum } from '../../domain/demo/index.js';
import type { AppContext } from '../../domain/context.js';
import { startServer } from '../../server.js';
import { progressReporter } from '../progress.js';
import { openAppContext } from '../runtime.js';
import { ensureAccount } from './user.js';

export const demoOrganiser = { email: 'organiser@demo.example.org', name: 'Demo organiser' };

/** On the very first start in development, an empty database gets the demo forum and its organiser. */
async function loadDemoOnFirstStart(context: AppContext): Promise<void> {
  if (context.config.environment !== 'development' || process.env.DEMO === 'off') return;
  const anyEdition = await context.storage.db.selectFrom('edition').select('id').limit(1).executeTakeFirst();
  if (anyEdition) return;
  const summary = await loadDemoForum(context.storage, { seed: 2018, scale: 1 }, progressReporter('First start: loading the demo forum'));
  const login = await ensureAccount(context, { ...demoOrganiser, admin: true, role: 'organiser', edition: summary.editionSlugs[0] });
  console.log(`Demo forum loaded: ${summary.sessions} sessions, ${summary.initiatives} initiatives, ${summary.people} people.`);
  if (login.password) console.log(`Demo organiser login: ${demoOrganiser.email} / ${login.password} (shown once; reset it from the sign-in page)`);
}

const displayedUrl = (databaseUrl: string) => databaseUrl.replace(/\/\/[^@]*@/, '//…@');

export async function serveCommand(): Promise<void> {
  if (cluster.isWorker) return serveInWorker();
  const context = await openAppContext();
  await loadDemoOnFirstStart(context);
  if (context.config.workers > 1) {
    await context.close();
    return superviseWorkers(context.config.workers, context.config.databaseUrl);
  }
  const url = await serveUntilStopped(context);
  console.log(`Convergence is serving ${url} (database: ${displayedUrl(context.config.databaseUrl)})`);
}

/** Serves until SIGINT or SIGTERM, then closes the server and the database; answers the URL. */
async function serveUntilStopped(context: AppContext & { close(): Promise<void> }): Promise<string> {
  const server = await startServer(context);
  const stop = async () => {
    await server.close();
    await context.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server.url;
}

/**
 * `WORKERS` > 1: Node's own cluster module runs that many copies of this stateless server on one
 * port (the schema is migrated once, here, before they start). They share nothing but the database,
 * exactly as processes on several machines behind a load balancer would.
 */
async function superviseWorkers(count: number, databaseUrl: string): Promise<void> {
  let stopping = false;
  let announced = false;
  cluster.on('listening', (_worker, address) => {
    if (announced) return;
    announced = true;
    const host = address.address && address.address !== '::' && address.address !== '0.0.0.0' ? address.address : 'localhost';
    console.log(`Convergence is serving http://${host}:${address.port} with ${count} processes (database: ${displayedUrl(databaseUrl)})`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A crashed process is replaced, so one bad request cannot take the forum down.
    console.error(`app process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...youngGenerationFlags()] });
  for (let index = 0; index < count; index++) cluster.fork();
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const exitWhenAllGone = () => (Object.keys(cluster.workers ?? {}).length === 0 ? process.exit(0) : setTimeout(exitWhenAllGone, 50));
    exitWhenAllGone();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * A server makes many short-lived objects per request. With V8's default young generation they
 * outgrow it under load, get promoted, and full collections then stall a process: bench:program saw
 * p99 swing from 26 to 158 ms on the frab JSON at 200 connections, and stay at 22–29 ms with 64 MB.
 * An operator's own setting wins.
 */
function youngGenerationFlags(): string[] {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  return /--max-semi-space-size/.test(given) ? [] : ['--max-semi-space-size=64'];
}

async function serveInWorker(): Promise<void> {
  await serveUntilStopped(await openAppContext());
}
