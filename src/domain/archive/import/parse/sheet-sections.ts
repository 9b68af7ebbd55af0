import type { DocumentLine } from './document-text.js';
import { cleanInline } from './clean-text.js';
import { matchLabel, type LabelLanguage, type LabelMatch } from './labels.js';

/** A labelled part of a session sheet: the label line and the lines under it up to the next label. */
export interface SheetSection {
  label: LabelMatch;
  line: DocumentLine;
  content: DocumentLine[];
}

export interface SheetLayout {
  /** Lines before the first label (the sheet's heading, a concept note's cover). */
  preamble: DocumentLine[];
  sections: SheetSection[];
}

/** Cuts a sheet into labelled sections. Logo text printed after "Avec la coopération de:" on every page is dropped. */
export function splitIntoSections(lines: DocumentLine[], language: LabelLanguage): SheetLayout {
  const preamble: DocumentLine[] = [];
  const sections: SheetSection[] = [];
  let skippingDebris = false;
  for (const line of lines) {
    const firstCell = line.text.split('\t')[0]!;
    const label = matchLabel(line.text, language) ?? (line.text.includes('\t') ? matchLabel(firstCell, language) : null);
    if (label?.field === 'cooperationDebris') {
      skippingDebris = true;
      continue;
    }
    if (skippingDebris) {
      if (isDebris(line.text)) continue;
      skippingDebris = false;
    }
    if (label && !(label.value === '' && looksLikeProse(line.text))) {
      sections.push({ label, line, content: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.content.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}

function isDebris(text: string): boolean {
  const line = cleanInline(text);
  if (line.length === 0) return true;
  return line.length < 40 && !/[.?!:;]$/.test(line) && !/^[-•*]\s/.test(line) && !/^\d+\.\s/.test(line);
}

function looksLikeProse(text: string): boolean {
  return cleanInline(text).split(/\s+/).length > 12;
}

/**
 * Paragraphs of a section, with the paragraphs a page break cut in two joined again:
 * "…leur participation ne sera pas" / "possible si l'on ne change pas…".
 */
export function paragraphsOf(lines: DocumentLine[]): { text: string; line: DocumentLine }[] {
  const paragraphs: { text: string; line: DocumentLine }[] = [];
  let current: { text: string; line: DocumentLine } | null = null;
  let blankSince = true;
  for (const line of lines) {
    const text = cleanInline(line.text);
    if (text.length === 0) {
      blankSince = true;
      continue;
    }
    const isItem = /^(?:[-•*]|\d{1,2}[.)])\s/.test(text);
    const continues = current !== null && !isItem && !/[.!?:;»")]$/.test(current.text) && /^[\p{Ll}«"(]/u.test(text);
    if (current && (continues || (!blankSince && !isItem))) {
      current.text = `${current.text} ${text}`;
    } else {
      current = { text, line };
      paragraphs.push(current);
    }
    blankSince = false;
  }
  return paragraphs;
}

/** List items ("1. …", "- …") of a section; paragraphs when it has none. */
export function itemsOf(lines: DocumentLine[]): { text: string; line: DocumentLine }[] {
  return paragraphsOf(lines).map((paragraph) => ({ ...paragraph, text: paragraph.text.replace(/^(?:[-•*]|\d{1,2}[.)])\s+/, '').trim() }));
}
