import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Configuration read from the environment, the same for the server and every CLI command.
 *
 * @example
 *   const config = readConfig(process.env);
 *   config.databaseUrl; // 'convergence.sqlite' unless DATABASE_URL says otherwise
 */
export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  publicUrl: string;
  environment: 'development' | 'production' | 'test';
  /** How many reverse proxies sit in front of us; X-Forwarded-For is ignored unless this is above 0. */
  trustedProxies: number;
  smtpUrl: string | null;
  mailFrom: string;
  sessionDays: number;
  /** How long anonymous readers may be served a kept copy of a public page; 0 keeps nothing. */
  publicCacheSeconds: number;
  /** Where files attached to submissions are kept: outside anything the web server serves. */
  uploadDirectory: string;
  /** How many app processes `serve` runs on this machine, sharing its port (one per core at most pays). */
  workers: number;
}

const environmentSchema = z.object({
  DATABASE_URL: z.string().min(1).default('convergence.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.string().url().optional(),
  CONVERGENCE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Convergence <noreply@localhost>'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  UPLOAD_DIR: z.string().min(1).optional(),
  WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
});

export class ConfigError extends Error {}

export function readConfig(environment: Record<string, string | undefined>): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  const workers = value.WORKERS === 'auto' ? availableParallelism() : value.WORKERS;
  // Each process would open its own private in-memory database: they would not be one forum.
  if (workers > 1 && value.DATABASE_URL === ':memory:') throw new ConfigError('Invalid configuration: WORKERS: several processes need a database file or PostgreSQL, not :memory:');
  return {
    databaseUrl: value.DATABASE_URL,
    port: value.PORT,
    host: value.HOST,
    publicUrl: value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`,
    environment: value.CONVERGENCE_ENV,
    trustedProxies: value.TRUSTED_PROXIES,
    smtpUrl: value.SMTP_URL ?? null,
    mailFrom: value.MAIL_FROM,
    sessionDays: value.SESSION_DAYS,
    publicCacheSeconds: value.PUBLIC_CACHE_SECONDS ?? (value.CONVERGENCE_ENV === 'test' ? 0 : 10),
    uploadDirectory: value.UPLOAD_DIR ?? defaultUploadDirectory(value.DATABASE_URL),
    workers,
  };
}

/** Beside a SQLite file; a temporary folder for an in-memory database; `uploads/` for PostgreSQL. */
function defaultUploadDirectory(databaseUrl: string): string {
  if (databaseUrl === ':memory:') return join(tmpdir(), 'convergence-uploads');
  if (/^postgres(ql)?:/.test(databaseUrl)) return 'uploads';
  return join(dirname(databaseUrl), 'uploads');
}
