import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { negotiateLocale } from '../../i18n/index.js';
import { localeCookie, sessionCookie } from './cookies.js';

interface CachedPage {
  version: string;
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export interface PublicPageCacheOptions {
  seconds: number;
  maxEntries: number;
  /** Which paths are public pages whose content is the same for every anonymous reader. */
  isPublic: (path: string) => boolean;
  /** What the kept pages were built from; a page is rebuilt only when it has changed. */
  version: () => Promise<string>;
  now?: () => number;
}

/**
 * Memory of public pages read anonymously: a 500-session program costs tens of milliseconds to
 * build, and a forum's opening morning brings thousands of identical reads. Every `seconds` a kept
 * page is checked against the content version and rebuilt only if the content changed, so readers
 * see changes within `seconds`. Pages for signed-in people, and any Set-Cookie, are never kept.
 * Each app process keeps its own, so processes stay stateless.
 */
export function publicPageCache(options: PublicPageCacheOptions): MiddlewareHandler {
  const pages = new Map<string, CachedPage>();
  // One build per page at a time: readers arriving meanwhile wait for it instead of building it again.
  const building = new Map<string, Promise<void>>();
  const now = options.now ?? Date.now;
  let checkedAt = 0;
  let currentVersion = '';
  const checkVersion = async () => {
    if (now() - checkedAt < options.seconds * 1000) return;
    checkedAt = now();
    currentVersion = await options.version();
  };
  const fresh = (key: string) => {
    const page = pages.get(key);
    return page && page.version === currentVersion ? page : undefined;
  };
  const serve = (page: CachedPage) => new Response(page.body, { status: page.status, headers: [...page.headers, ['X-Cache', 'hit']] });
  return async (c, next) => {
    if (options.seconds <= 0 || c.req.method !== 'GET' || getCookie(c, sessionCookie) || !options.isPublic(c.req.path)) return next();
    const url = new URL(c.req.url);
    const key = [
      `${url.pathname}${url.search}`, negotiateLocale(getCookie(c, localeCookie), c.req.header('accept-language')), getCookie(c, 'cv_tz') ?? '',
      /\bgzip\b/.test(c.req.header('accept-encoding') ?? '') ? 'gzip' : '',
    ].join('\n');
    await checkVersion();
    const hit = fresh(key);
    if (hit) return serve(hit);
    const pending = building.get(key);
    if (pending) {
      await pending;
      const built = fresh(key);
      if (built) return serve(built);
    }
    let done = () => undefined as void;
    building.set(key, new Promise<void>((resolve) => (done = resolve)));
    try {
      await next();
      if (c.res.status !== 200) return;
      const body = await c.res.clone().arrayBuffer();
      const headers = [...c.res.headers].filter(([name]) => name.toLowerCase() !== 'set-cookie');
      pages.delete(key);
      pages.set(key, { version: currentVersion, storedAt: now(), status: 200, headers, body });
      if (pages.size > options.maxEntries) pages.delete(pages.keys().next().value!);
    } finally {
      building.delete(key);
      done();
    }
  };
}
