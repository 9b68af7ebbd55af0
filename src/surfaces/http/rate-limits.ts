import type { Context } from 'hono';
import { hitRateLimit, type RateLimitVerdict } from '../../domain/rate-limit/index.js';
import type { AppEnv } from './app-env.js';
import { clientAddress } from './client-address.js';

/** How often each public form may be used. Per address, and per account where there is one. */
export const rateLimitPolicy = {
  'sign-in': { perAddress: 20, perAccount: 10, windowSeconds: 600 },
  'sign-up': { perAddress: 10, perAccount: 3, windowSeconds: 3600 },
  'password-reset': { perAddress: 10, perAccount: 3, windowSeconds: 3600 },
  search: { perAddress: 120, perAccount: 0, windowSeconds: 60 },
  // Saving a draft is frequent; creating proposals and inviting people is not.
  submission: { perAddress: 30, perAccount: 20, windowSeconds: 3600 },
  invitation: { perAddress: 30, perAccount: 20, windowSeconds: 3600 },
  // Every star or unstar resends the agenda; a venue's shared address carries many readers, a flood is still bounded.
  'agenda-share': { perAddress: 600, perAccount: 0, windowSeconds: 3600 },
} as const;

export type RateLimitedAction = keyof typeof rateLimitPolicy;

/** Counts one attempt; the strictest verdict of the address and the account buckets wins. */
export async function checkRateLimit(c: Context<AppEnv>, action: RateLimitedAction, account?: string): Promise<RateLimitVerdict> {
  const { storage, clock, config } = c.get('app');
  const policy = rateLimitPolicy[action];
  const verdicts = [
    await hitRateLimit(storage.db, clock, { bucket: `${action}:address:${clientAddress(c, config.trustedProxies)}`, limit: policy.perAddress, windowSeconds: policy.windowSeconds }),
  ];
  if (account) {
    verdicts.push(await hitRateLimit(storage.db, clock, { bucket: `${action}:account:${account.trim().toLowerCase()}`, limit: policy.perAccount, windowSeconds: policy.windowSeconds }));
  }
  const refused = verdicts.filter((verdict) => !verdict.allowed);
  return refused.length === 0
    ? { allowed: true, retryAfterSeconds: 0 }
    : { allowed: false, retryAfterSeconds: Math.max(...refused.map((verdict) => verdict.retryAfterSeconds)) };
}
