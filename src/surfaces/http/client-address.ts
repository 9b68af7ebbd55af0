import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address as this server can trust it. X-Forwarded-For is read only when the
 * operator declares how many proxies stand in front (TRUSTED_PROXIES), and then only the entry
 * the nearest trusted proxy wrote: a client can prepend anything it likes, never forge that one.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const socketAddress = safeSocketAddress(c);
  if (trustedProxies === 0) return socketAddress;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? socketAddress;
}

function safeSocketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'local';
  }
}
