import { serve, type ServerType } from '@hono/node-server';
import type { AppContext } from './domain/context.js';
import { createMailSender, startMailWorker } from './domain/mail/index.js';
import { createApp } from './surfaces/app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the app and sends queued mail in the background until closed. */
export async function startServer(context: AppContext): Promise<RunningServer> {
  let app = createApp(context);
  const mailWorker = startMailWorker(context.storage, createMailSender(context.config), context.clock, { intervalMs: 2000 });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: (request, environment) => app.fetch(request, environment), port: context.config.port, hostname: context.config.host }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : context.config.port;
  // PORT=0 asks the system for a free port; links must then name the port it gave.
  if (context.config.port === 0) app = createApp({ ...context, config: { ...context.config, port, publicUrl: `http://${context.config.host}:${port}` } });
  return {
    url: `http://${context.config.host}:${port}`,
    async close() {
      await mailWorker.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
