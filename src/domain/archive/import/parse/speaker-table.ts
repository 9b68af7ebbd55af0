import type { ImportedPresentation, ImportedRole, SourceRef } from '../imported-document.js';
import type { DocumentLine } from './document-text.js';
import { cleanInline, cleanParagraphs } from './clean-text.js';
import { parseRoleMention } from './person-mention.js';

interface Row {
  line: DocumentLine;
  nameHint: string | null;
  bio: string[];
  presentation: string[];
  bioContinued: boolean;
}

/**
 * The two-column speaker table of a workshop sheet: name and bio | presentation. A page break splits a row into
 * continuation lines of the row above; a tab separates the columns of a continuation, and a continuation without
 * tab goes to the bio when the bio was cut mid-sentence, to the presentation otherwise.
 */
export function readSpeakerTable(lines: DocumentLine[], file: string, firstRoleIndex: number): { roles: ImportedRole[]; presentations: ImportedPresentation[] } {
  const rows: Row[] = [];
  for (const line of lines) {
    if (line.text.trim().length === 0) continue;
    const [left = '', ...rightCells] = line.text.split('\t');
    const right = rightCells.join(' ');
    const startsRow = /<u>|^\s*<p>\s*<(?:b|strong)>/i.test(left) || (rows.length === 0 && left.trim().length > 0);
    if (startsRow) {
      rows.push({
        line,
        nameHint: /<u>(.*?)<\/u>/is.exec(left)?.[1] ?? /<(?:b|strong)>(.*?)<\/(?:b|strong)>/is.exec(left)?.[1] ?? null,
        bio: cleanParagraphs(left),
        presentation: cleanParagraphs(right),
        bioContinued: false,
      });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) continue;
    if (line.text.includes('\t')) {
      append(row.bio, cleanParagraphs(left));
      append(row.presentation, cleanParagraphs(right));
    } else if (!row.bioContinued && isCut(row.bio)) {
      append(row.bio, cleanParagraphs(left));
      row.bioContinued = true;
    } else {
      append(row.presentation, cleanParagraphs(left));
    }
  }

  const roles: ImportedRole[] = [];
  const presentations: ImportedPresentation[] = [];
  for (const row of rows) {
    const source: SourceRef = { file, line: row.line.number };
    const [first = '', ...bio] = row.bio;
    const reading = parseRoleMention(first, source, {
      ...(row.nameHint ? { nameHint: cleanInline(row.nameHint) } : {}),
      bio: bio.length > 0 ? bio.join('\n\n') : null,
    });
    roles.push({ person: reading.person, role: 'speaker', status: reading.status });
    const [title, ...description] = row.presentation;
    if (title) {
      presentations.push({
        speakerIndex: firstRoleIndex + roles.length - 1,
        title,
        description: description.length > 0 ? description.join('\n\n') : null,
        source,
      });
    }
  }
  return { roles, presentations };
}

function isCut(paragraphs: string[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  return last !== undefined && !/[.!?»")]$/.test(last);
}

/** Adds continuation paragraphs, joining the first to a paragraph the page break cut. */
function append(target: string[], more: string[]): void {
  if (more.length === 0) return;
  const [first, ...rest] = more;
  if (target.length > 0 && isCut(target) && /^[\p{Ll}\d«"(]/u.test(first!)) {
    target[target.length - 1] = `${target[target.length - 1]} ${first}`;
  } else {
    target.push(first!);
  }
  target.push(...rest);
}
