import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { AppContext } from './domain/context.js';
import { createMailSender, startMailWorker } from './domain/mail/index.js';
import { createHttpSurface } from './surfaces/app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the app and sends queued mail in the background until closed. */
export async function startServer(context: AppContext): Promise<RunningServer> {
  let surface = createHttpSurface(context);
  const mailWorker = startMailWorker(context.storage, createMailSender(context.config), context.clock, { intervalMs: 2000 });
  const appListener = getRequestListener((request, environment) => surface.app.fetch(request, environment));
  // Kept public pages are answered before the app is entered: see PublicPageCache.serveFromNode.
  const server: Server = createServer((request, response) => {
    if (!surface.publicPages.serveFromNode(request, response)) void appListener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(context.config.port, context.config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : context.config.port;
  // PORT=0 asks the system for a free port; links must then name the port it gave.
  if (context.config.port === 0) surface = createHttpSurface({ ...context, config: { ...context.config, port, publicUrl: `http://${context.config.host}:${port}` } });
  return {
    url: `http://${context.config.host}:${port}`,
    async close() {
      await mailWorker.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
