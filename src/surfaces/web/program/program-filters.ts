import type { SessionView } from '../../../domain/program/index.js';
import { sessionFormats, type SessionFormat } from '../../../domain/program/tables.js';
import { localDate } from '../../../i18n/time.js';

export interface ProgramFilters {
  view: 'list' | 'grid';
  /** A day of the forum, in the forum's zone. */
  day?: string;
  format?: SessionFormat;
  theme?: string;
  /** Languages the reader understands: a session qualifies by its floor language or an interpretation channel. */
  understand: string[];
}

/** Reads filters from the query string, ignoring anything that is not a known value. */
export function parseProgramFilters(query: (name: string) => string | undefined, queries: (name: string) => string[] | undefined): ProgramFilters {
  const format = query('format');
  const day = query('day');
  return {
    view: query('view') === 'grid' ? 'grid' : 'list',
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
    format: (sessionFormats as readonly string[]).includes(format ?? '') ? (format as SessionFormat) : undefined,
    theme: query('theme') || undefined,
    understand: (queries('understand') ?? []).flatMap((value) => value.split(',')).filter((value) => /^[a-z]{2}$/.test(value)),
  };
}

export function matchesFilters(session: SessionView, filters: ProgramFilters, eventZone: string): boolean {
  if (filters.day && (!session.startsAt || localDate(session.startsAt, eventZone) !== filters.day)) return false;
  if (filters.format && session.format !== filters.format) return false;
  if (filters.theme && !session.themes.some((theme) => theme.code === filters.theme)) return false;
  if (filters.understand.length > 0) {
    const spoken = [session.language, ...session.interpretationLanguages];
    if (!spoken.some((language) => filters.understand.includes(language))) return false;
  }
  return true;
}

/** The query string of a program view, to build links that keep the other filters. */
export function filtersQuery(filters: ProgramFilters, change: Partial<ProgramFilters> = {}): string {
  const merged = { ...filters, ...change };
  const parameters = new URLSearchParams();
  if (merged.view === 'grid') parameters.set('view', 'grid');
  if (merged.day) parameters.set('day', merged.day);
  if (merged.format) parameters.set('format', merged.format);
  if (merged.theme) parameters.set('theme', merged.theme);
  for (const language of merged.understand) parameters.append('understand', language);
  const text = parameters.toString();
  return text ? `?${text}` : '';
}
