import { sessionFormats, type SessionFormat } from '../../../domain/program/tables.js';
import type { GridSession, ScheduleGrid } from '../../../domain/schedule/editor/index.js';

/** What the organiser chose to see: a theme, a floor language, a format; empty shows everything. */
export interface ScheduleFilters {
  theme: string;
  language: string;
  format: SessionFormat | '';
}

/** Reads the filters from the query (or a form), keeping only values this grid offers. */
export function parseScheduleFilters(read: (name: string) => string | undefined, grid: ScheduleGrid): ScheduleFilters {
  const theme = read('theme') ?? '';
  const language = read('language') ?? '';
  const format = read('format') ?? '';
  return {
    theme: grid.themes.some((candidate) => candidate.id === theme) ? theme : '',
    language: grid.sessions.some((session) => session.language === language) ? language : '',
    format: (sessionFormats as readonly string[]).includes(format) ? (format as SessionFormat) : '',
  };
}

export function matchesFilters(session: GridSession, filters: ScheduleFilters): boolean {
  return (!filters.theme || session.themeIds.includes(filters.theme)) && (!filters.language || session.language === filters.language) && (!filters.format || session.format === filters.format);
}

/** `theme=…&format=…`, only what is set, to come back to the same view after a form. */
export function filterQuery(filters: ScheduleFilters): string {
  return new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
}
