import type { ContentLanguage } from '../../../text/localized-text.js';
import type { ImportedDocument } from '../imported-document.js';
import { DocumentParseError } from '../imported-document.js';
import { detectLanguage, detectStructuredKind, detectTextKind, type DetectedDocument } from './detect-document.js';
import { readDocumentText } from './document-text.js';
import { labelLanguages, type LabelLanguage } from './labels.js';
import { parseProgramBook } from './program-book-parser.js';
import { parseSessionSheet } from './session-sheet-parser.js';

export interface ParseDocumentOptions {
  /** The language the document is written in, when the caller knows it better than detection. */
  language?: ContentLanguage;
}

/** What kind of document a file is and which language its labels use, without parsing it. */
export async function detectDocument(file: string, bytes: Buffer, options: ParseDocumentOptions = {}): Promise<DetectedDocument> {
  const structured = detectStructuredKind(file, bytes);
  if (structured) return { kind: structured, language: null };
  const text = await readDocumentText(file, bytes);
  const language = labelLanguageFor(options.language) ?? detectLanguage(text);
  return { kind: detectTextKind(text, language), language };
}

/**
 * Reads a forum document (.txt, .md, .pdf, .docx) into the typed model: a program book or a session sheet.
 * Structured files (CSV/XLSX of initiatives, frab XML/JSON, canonical JSON) have importers of their own.
 */
export async function parseDocument(file: string, bytes: Buffer, options: ParseDocumentOptions = {}): Promise<ImportedDocument> {
  const structured = detectStructuredKind(file, bytes);
  if (structured) {
    throw new DocumentParseError({ file, line: 1 }, `a ${structured.replace(/_/g, ' ')} file is read by its own importer, not as a text document`);
  }
  const text = await readDocumentText(file, bytes);
  if (!text.lines.some((line) => line.text.trim().length > 0)) {
    throw new DocumentParseError({ file, line: 1 }, 'the document has no text (a scanned PDF needs OCR first)');
  }
  const labelLanguage = labelLanguageFor(options.language) ?? detectLanguage(text);
  const kind = detectTextKind(text, labelLanguage);
  const document =
    kind === 'program_book'
      ? parseProgramBook(text, options.language ?? labelLanguage)
      : parseSessionSheet(text, kind as 'workshop_sheet' | 'concept_note' | 'co_creation_sheet', labelLanguage);
  return options.language ? { ...document, language: options.language } : document;
}

function labelLanguageFor(language: ContentLanguage | undefined): LabelLanguage | null {
  return language && (labelLanguages as readonly string[]).includes(language) ? (language as LabelLanguage) : null;
}
