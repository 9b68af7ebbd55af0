import { IANAZone } from 'luxon';
import { invalid } from './errors.js';
import { z } from 'zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** ISO 3166-1 alpha-2, upper case; `Intl` knows the assigned codes and echoes unknown ones back. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "ES"')
  .refine((code) => regionNames.of(code) !== code, 'unknown country code');

export const timeZoneSchema = z.string().refine((zone) => IANAZone.isValidZone(zone), 'expected an IANA time zone such as "Europe/Madrid"');

/** An instant in UTC with milliseconds, the one representation stored: `2018-10-01T09:00:00.000Z`. */
export const instantSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

/** A calendar date with its year: the seed sheets' "le 4 octobre" is exactly what this refuses. */
export const calendarDateSchema = z.iso.date();

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000);

export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes').min(3).max(80);

/**
 * Parses input a service received, or throws `invalid` naming every bad field (`title.text.fr`).
 *
 * @example
 *   const input = parseInput(submissionInputSchema, body);
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix = ''): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalid(parsed.error.issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)', message: issue.message })));
}
