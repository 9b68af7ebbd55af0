import type { Context } from 'hono';
import { isTimeZone } from '../../../i18n/time.js';
import type { AppEnv } from '../../http/app-env.js';
import { readCookie } from '../../http/cookies.js';

export const readerZoneCookie = 'cv_tz';

function decoded(value: string | undefined): string | undefined {
  try {
    return value === undefined ? undefined : decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The reader's zone: chosen in the page (or detected by its small script), else the forum's own. */
export function readerZone(c: Context<AppEnv>, eventZone: string): string {
  const chosen = decoded(c.req.query('tz') ?? readCookie(c, readerZoneCookie));
  return isTimeZone(chosen) ? chosen : eventZone;
}
