import { extname } from 'node:path';
import type { DocumentKind } from '../imported-document.js';
import { DocumentParseError } from '../imported-document.js';
import { cleanInline, foldForMatch } from './clean-text.js';
import type { DocumentLines } from './document-text.js';
import { labelLanguages, labelLanguagesOf, matchLabel, type LabelLanguage } from './labels.js';
import { looksLikeProgramBook } from './program-book-parser.js';

export interface DetectedDocument {
  kind: DocumentKind;
  /** The language the labels are written in; null for structured formats, which say it themselves. */
  language: LabelLanguage | null;
}

/** Kinds read from structured files by other importers; detected here only so the caller can dispatch. */
export function detectStructuredKind(file: string, bytes: Buffer): DocumentKind | null {
  switch (extname(file).toLowerCase()) {
    case '.csv':
    case '.tsv':
    case '.xlsx':
      return 'initiative_sheet';
    case '.xml':
      return 'frab_schedule';
    case '.json': {
      const head = bytes.subarray(0, 4096).toString('utf8');
      return /"schedule"\s*:|"conference"\s*:/.test(head) ? 'frab_schedule' : 'canonical_export';
    }
    default:
      return null;
  }
}

const plenaryLine = /^(?:Plénière|Pleni[eè]re|Plenaria|Plenary|Sesión plenaria|Session plénière)\s*\d*(?:\.\d+)*\s*$/iu;

/** What a document of text is, from its content: a program book or one of the session sheets. */
export function detectTextKind(document: DocumentLines, language: LabelLanguage): DocumentKind {
  if (looksLikeProgramBook(document)) return 'program_book';
  const fields = new Set<string>();
  for (const line of document.lines) {
    const label = matchLabel(line.text, language) ?? (line.text.includes('\t') ? matchLabel(line.text.split('\t')[0]!, language) : null);
    if (label) fields.add(label.field);
  }
  const plenary = document.lines.some((line) => plenaryLine.test(cleanInline(line.text)));
  if (fields.has('coCreationSheet') || (fields.has('subAxis') && fields.has('thematicLine'))) return 'co_creation_sheet';
  if (fields.has('conceptNote') || (plenary && !fields.has('sessionTitle'))) return 'concept_note';
  if (fields.has('workshopSheet') || fields.has('sessionTitle')) return 'workshop_sheet';
  throw new DocumentParseError(
    { file: document.file, line: 1 },
    'cannot tell what this document is: no session-sheet labels (Titre de la session, Título de la sesión, Session title) and no workshop slots',
  );
}

const commonWords: Record<LabelLanguage, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'dans', 'pour', 'sur'],
  es: ['el', 'los', 'las', 'y', 'del', 'una', 'es', 'en', 'para', 'por', 'con'],
  en: ['the', 'and', 'of', 'to', 'in', 'for', 'is', 'with', 'on', 'by', 'an'],
};

/** The language of a document from its labels; from its most common words when labels do not settle it. */
export function detectLanguage(document: DocumentLines): LabelLanguage {
  const scores: Record<LabelLanguage, number> = { fr: 0, es: 0, en: 0 };
  for (const line of document.lines) {
    const languages = labelLanguagesOf(line.text.split('\t')[0]!);
    for (const language of languages) scores[language] += 1 / languages.length;
  }
  const words = document.lines.flatMap((line) => foldForMatch(line.text).split(' ')).slice(0, 20_000);
  for (const language of labelLanguages) {
    const common = new Set(commonWords[language].map(foldForMatch));
    scores[language] += words.filter((word) => common.has(word)).length / 200;
  }
  return labelLanguages.reduce((best, language) => (scores[language] > scores[best] ? language : best), 'fr' as LabelLanguage);
}
