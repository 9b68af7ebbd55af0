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

export async function serveCommand(): Promise<void> {
  const context = await openAppContext();
  await loadDemoOnFirstStart(context);
  const server = await startServer(context);
  console.log(`Convergence is serving ${server.url} (database: ${context.config.databaseUrl.replace(/\/\/[^@]*@/, '//…@')})`);
  const stop = async () => {
    await server.close();
    await context.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
