import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const sessionCookie = 'cv_session';
export const csrfCookie = 'cv_csrf';
export const localeCookie = 'cv_lang';

function isSecure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

export function readCookie(c: Context, name: string): string | undefined {
  return getCookie(c, name);
}

/** HTTP-only, same-site Lax cookie: never readable by scripts, not sent on cross-site posts. */
export function writeCookie(c: Context, name: string, value: string, maxAgeSeconds: number): void {
  setCookie(c, name, value, { httpOnly: true, sameSite: 'Lax', secure: isSecure(c), path: '/', maxAge: maxAgeSeconds });
}

export function clearCookie(c: Context, name: string): void {
  deleteCookie(c, name, { path: '/', secure: isSecure(c) });
}

/** A preference the page's own script reads (the reader's time zone): not secret, so not HTTP-only. */
export function writePreferenceCookie(c: Context, name: string, value: string, maxAgeSeconds: number): void {
  setCookie(c, name, value, { httpOnly: false, sameSite: 'Lax', secure: isSecure(c), path: '/', maxAge: maxAgeSeconds });
}
