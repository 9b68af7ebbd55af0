import type { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';

/** The organisers' pages of the call, the review and the selection. */
export function registerManageCallPages(web: Hono<AppEnv>): void {
  void web;
}
