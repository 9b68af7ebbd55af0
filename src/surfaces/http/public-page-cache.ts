import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { negotiateLocale } from '../../i18n/index.js';
import { localeCookie, sessionCookie } from './cookies.js';

interface KeptPage {
  version: string;
  status: number;
  /** Name, value, name, value…: Node's `writeHead` takes this flat form with the least work per answer. */
  headers: string[];
  body: Buffer;
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

/** What makes two anonymous reads of a public page identical. */
interface ReadOf {
  pathAndQuery: string;
  cookieHeader: string | undefined;
  acceptLanguage: string | undefined;
  acceptEncoding: string | undefined;
}

const readerZoneCookie = 'cv_tz';
/** Addresses the framework would normalise (dot segments, escapes, doubled slashes) go the slow way. */
const plainAddress = /^\/[\w\-./?=&,:+~]*$/;

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

function keyOf(read: ReadOf): string {
  return [
    read.pathAndQuery,
    negotiateLocale(cookieValue(read.cookieHeader, localeCookie), read.acceptLanguage),
    cookieValue(read.cookieHeader, readerZoneCookie) ?? '',
    /\bgzip\b/.test(read.acceptEncoding ?? '') ? 'gzip' : '',
  ].join('\n');
}

const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Memory of public pages read anonymously: a 500-session program costs tens of milliseconds to
 * build, and a forum's opening morning brings thousands of identical reads. Every `seconds` a kept
 * page is checked against the content version and rebuilt only if the content changed, so readers
 * see changes within `seconds`. Pages for signed-in people, and any Set-Cookie, are never kept.
 * Each app process keeps its own, so processes stay stateless.
 *
 * Kept pages are served twice over: by {@link middleware} inside the app, and by {@link serveFromNode}
 * in front of it, straight from Node's request, because on a busy morning the framework's own cost
 * per request (a Request and a Response object each way) is most of the time a kept page takes.
 */
export class PublicPageCache {
  private readonly pages = new Map<string, KeptPage>();
  // One build per page at a time: readers arriving meanwhile wait for it instead of building it again.
  private readonly building = new Map<string, Promise<void>>();
  private readonly now: () => number;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private currentVersion = '';

  constructor(private readonly options: PublicPageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  private get enabled(): boolean {
    return this.options.seconds > 0;
  }

  private versionIsRecent(): boolean {
    return this.now() - this.checkedAt < this.options.seconds * 1000;
  }

  private async checkVersion(): Promise<void> {
    if (this.versionIsRecent()) return;
    this.checkedAt = this.now();
    this.currentVersion = await this.options.version();
  }

  private fresh(key: string): KeptPage | undefined {
    const page = this.pages.get(key);
    return page && page.version === this.currentVersion ? page : undefined;
  }

  private keep(key: string, response: Response, body: ArrayBuffer): void {
    const headers: string[] = [];
    for (const [name, value] of response.headers) {
      if (!['set-cookie', 'content-length', 'transfer-encoding'].includes(name.toLowerCase())) headers.push(name, value);
    }
    headers.push('content-length', String(body.byteLength), 'x-cache', 'hit');
    this.pages.delete(key);
    this.pages.set(key, { version: this.currentVersion, status: response.status, headers, body: Buffer.from(body) });
    if (this.pages.size > this.options.maxEntries) this.pages.delete(this.pages.keys().next().value!);
  }

  /**
   * Answers a GET for a kept, fresh public page without entering the app; false when the app must
   * answer (signed-in reader, other method, page not kept, or content not checked recently).
   */
  serveFromNode(request: IncomingMessage, response: ServerResponse): boolean {
    if (!this.enabled || request.method !== 'GET' || !this.versionIsRecent()) return false;
    const pathAndQuery = request.url ?? '';
    if (!plainAddress.test(pathAndQuery)) return false;
    const queryAt = pathAndQuery.indexOf('?');
    if (!this.options.isPublic(queryAt < 0 ? pathAndQuery : pathAndQuery.slice(0, queryAt))) return false;
    const cookieHeader = request.headers.cookie;
    if (cookieValue(cookieHeader, sessionCookie)) return false;
    const page = this.fresh(keyOf({
      pathAndQuery, cookieHeader, acceptLanguage: firstHeader(request.headers['accept-language']), acceptEncoding: firstHeader(request.headers['accept-encoding']),
    }));
    if (!page) return false;
    response.writeHead(page.status, page.headers);
    response.end(page.body);
    return true;
  }

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const cookieHeader = c.req.header('cookie');
      if (!this.enabled || c.req.method !== 'GET' || cookieValue(cookieHeader, sessionCookie) || !this.options.isPublic(c.req.path)) return next();
      const url = new URL(c.req.url);
      const key = keyOf({ pathAndQuery: `${url.pathname}${url.search}`, cookieHeader, acceptLanguage: c.req.header('accept-language'), acceptEncoding: c.req.header('accept-encoding') });
      await this.checkVersion();
      const serve = (page: KeptPage) => {
        const headers: [string, string][] = [];
        for (let index = 0; index < page.headers.length; index += 2) headers.push([page.headers[index]!, page.headers[index + 1]!]);
        return new Response(new Uint8Array(page.body), { status: page.status, headers });
      };
      const hit = this.fresh(key);
      if (hit) return serve(hit);
      const pending = this.building.get(key);
      if (pending) {
        await pending;
        const built = this.fresh(key);
        if (built) return serve(built);
      }
      let done = () => undefined as void;
      this.building.set(key, new Promise<void>((resolve) => (done = resolve)));
      try {
        await next();
        if (c.res.status !== 200) return;
        this.keep(key, c.res, await c.res.clone().arrayBuffer());
      } finally {
        this.building.delete(key);
        done();
      }
    };
  }
}
