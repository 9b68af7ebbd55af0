import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a link: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret token, so a leaked table opens no session. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
