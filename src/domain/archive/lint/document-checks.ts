import type { ImportedDocument, ImportedSession } from '../import/imported-document.js';
import { minutesBetween, rangeInstants, resolveStatedDate } from '../import/stated-instants.js';
import { atLine, type LintFinding } from './lint-finding.js';

/** What the reader's own notes say that the checks below find again, in the reader's language. */
const checkedHere = new Set(['duration_mismatch']);

export interface EditionFacts {
  year: number;
  timeZone: string;
}

/** What a document states that contradicts itself: times, zones, durations and dates. */
export function checkDocument(document: ImportedDocument, edition: EditionFacts): LintFinding[] {
  const findings: LintFinding[] = document.sessions.flatMap((session) => checkSessionTimes(session, edition));
  for (const note of document.notes.filter((note) => !checkedHere.has(note.code))) {
    findings.push({ severity: 'warning', code: 'document_note', where: atLine(note.source), params: { message: note.message, note: note.code } });
  }
  return findings;
}

function checkSessionTimes(session: ImportedSession, edition: EditionFacts): LintFinding[] {
  const findings: LintFinding[] = [];
  const date = session.date ? resolveStatedDate(session.date, edition.year) : null;
  if (session.date && session.date.year === null) {
    findings.push({ severity: 'warning', code: 'date_without_year', where: atLine(session.date.source), params: { date: session.date.raw, year: edition.year } });
  }
  if (session.statedDurationMinutes !== null) {
    const contradicted = session.times.find((range) => minutesBetween(range.start, range.end) !== session.statedDurationMinutes);
    if (contradicted) {
      findings.push({
        severity: 'error', code: 'duration_contradiction', where: atLine(session.durationSource ?? contradicted.source),
        params: { stated: session.statedDurationMinutes, start: contradicted.start, end: contradicted.end, actual: minutesBetween(contradicted.start, contradicted.end) },
      });
    }
  }
  if (date && session.times.length > 1) {
    const [first, ...others] = session.times;
    const firstInstants = rangeInstants(date.date, first!, edition.timeZone);
    for (const other of others) {
      const otherInstants = rangeInstants(date.date, other, edition.timeZone);
      if (!firstInstants || !otherInstants) continue;
      const difference = Math.round(Math.abs(otherInstants.start.diff(firstInstants.start, 'minutes').minutes));
      const endDifference = Math.round(Math.abs(otherInstants.end.diff(firstInstants.end, 'minutes').minutes));
      if (difference === 0 && endDifference === 0) continue;
      findings.push({
        severity: 'error', code: 'zone_contradiction', where: atLine(other.source),
        params: {
          first: `${first!.start}–${first!.end} (${zoneLabel(first!)})`, second: `${other.start}–${other.end} (${zoneLabel(other)})`,
          firstUtc: `${firstInstants.start.toFormat('HH:mm')}–${firstInstants.end.toFormat('HH:mm')}`,
          secondUtc: `${otherInstants.start.toFormat('HH:mm')}–${otherInstants.end.toFormat('HH:mm')}`, difference: Math.max(difference, endDifference),
        },
      });
    }
  }
  return findings;
}

function zoneLabel(range: { utcOffsetMinutes: number | null; zone: string | null }): string {
  if (range.utcOffsetMinutes === null) return range.zone ?? '?';
  if (range.utcOffsetMinutes === 0) return 'UTC';
  const hours = range.utcOffsetMinutes / 60;
  return `UTC${hours > 0 ? '+' : ''}${Number.isInteger(hours) ? hours : hours.toFixed(1)}`;
}
