import ical from 'ical-generator';
import { readLocalized } from '../../text/localized-text.js';
import type { PublicProgram } from '../public-program.js';

export interface CalendarRequest {
  language: string;
  baseUrl: string;
  /** Only these sessions (a personal agenda, one session); all when absent. */
  sessionIds?: string[];
  /** Only sessions starting on this date in the edition's zone. */
  date?: string;
  dateOf?: (instant: string) => string;
}

/**
 * RFC 5545 calendar of published, placed sessions. Times are written in UTC, so every calendar
 * application shows them in its own zone without a VTIMEZONE table to get wrong.
 */
export function programCalendar(program: PublicProgram, request: CalendarRequest): string {
  const { edition } = program;
  const read = (text: Parameters<typeof readLocalized>[0] | null) => (text ? readLocalized(text, request.language).value : '');
  const venueNames = new Map(program.venues.map((venue) => [venue.id, read(venue.name)]));
  const wanted = request.sessionIds ? new Set(request.sessionIds) : null;
  const calendar = ical({ name: read(edition.name), prodId: { company: 'Convergence', product: 'program', language: request.language.toUpperCase() } });
  for (const session of program.sessions) {
    if (!session.startsAt || !session.endsAt) continue;
    if (wanted && !wanted.has(session.id)) continue;
    if (request.date && request.dateOf && request.dateOf(session.startsAt) !== request.date) continue;
    const url = `${request.baseUrl}/editions/${edition.slug}/sessions/${session.id}`;
    calendar.createEvent({
      id: `${session.id}@convergence`,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      stamp: new Date(session.startsAt),
      summary: [session.code, read(session.title)].filter(Boolean).join(' · '),
      description: `${read(session.summary)}\n\n${url}`.trim(),
      location: [venueNames.get(session.venueId ?? ''), edition.venue, edition.hostCity].filter(Boolean).join(', '),
      url,
    });
  }
  return calendar.toString();
}
