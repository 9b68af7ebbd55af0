import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { PageFrame } from './layout.js';

export function frameOf(c: Context<AppEnv>): PageFrame {
  const url = new URL(c.req.url);
  return {
    t: c.get('t'), actor: c.get('actor'), csrfToken: c.get('csrfToken'), currentPath: `${url.pathname}${url.search}`,
    publicUrl: c.get('app').config.publicUrl,
  };
}
