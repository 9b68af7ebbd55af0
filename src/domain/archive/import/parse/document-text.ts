import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import mammoth from 'mammoth';
import { DocumentParseError } from '../imported-document.js';

/** One line of a document's text with its 1-based number, for source references. */
export interface DocumentLine {
  number: number;
  text: string;
}

export interface DocumentLines {
  file: string;
  lines: DocumentLine[];
}

export const textExtensions = ['.txt', '.md', '.pdf', '.docx'] as const;

export async function readDocumentText(file: string, bytes: Buffer): Promise<DocumentLines> {
  const extension = extname(file).toLowerCase();
  switch (extension) {
    case '.txt':
    case '.md':
      return toLines(file, bytes.toString('utf8').replace(/^\uFEFF/, ''));
    case '.docx':
      return toLines(file, await docxText(file, bytes));
    case '.pdf':
      return toLines(file, await pdfText(file, bytes));
    default:
      throw new DocumentParseError(
        { file, line: 1 },
        `cannot read "${extension || 'no extension'}" files as text (expected .txt, .md, .pdf or .docx)`,
      );
  }
}

export function toLines(file: string, text: string): DocumentLines {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line, index) => ({ number: index + 1, text: line }));
  return { file, lines };
}

async function docxText(file: string, bytes: Buffer): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (error) {
    throw new DocumentParseError({ file, line: 1 }, `not a readable .docx file (${(error as Error).message})`);
  }
}

const require = createRequire(import.meta.url);
const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

interface PositionedText {
  str: string;
  x: number;
  y: number;
  height: number;
}

async function pdfText(file: string, bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      standardFontDataUrl,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new DocumentParseError({ file, line: 1 }, `not a readable PDF file (${(error as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        items.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, height: item.height });
      }
      pages.push(joinIntoLines(items));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}

/** Items whose baselines are within half a line of each other are one line; lines read top to bottom. */
function joinIntoLines(items: PositionedText[]): string {
  const rows: { y: number; tolerance: number; items: PositionedText[] }[] = [];
  for (const item of items) {
    const row = rows.find((candidate) => Math.abs(candidate.y - item.y) <= candidate.tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, tolerance: Math.max(2, (item.height || 10) / 2), items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  const lines: string[] = [];
  let previous: (typeof rows)[number] | undefined;
  for (const row of rows) {
    // A gap of more than about two lines is a paragraph break.
    if (previous && previous.y - row.y > (previous.tolerance * 2) * 2.2) lines.push('');
    const text = row.items
      .sort((a, b) => a.x - b.x)
      .map((item) => item.str)
      .reduce((line, part) => (line === '' || line.endsWith(' ') || part.startsWith(' ') ? line + part : `${line} ${part}`), '');
    lines.push(text.trimEnd());
    previous = row;
  }
  return lines.join('\n');
}
