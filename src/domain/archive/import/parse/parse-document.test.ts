import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../imported-document.js';
import { DocumentParseError } from '../imported-document.js';
import { readDocumentText } from './document-text.js';
import { detectDocument, parseDocument } from './parse-document.js';

const englishSheet = [
  'WORKSHOP SESSION',
  '',
  'Session title: The social economy against inequalities',
  '',
  'Date/Duration: 4 October from 11:00 to 12:30 UTC',
  '',
  'Session format/language: Workshop session in English',
  '',
  'Context',
  '',
  'Inequalities grow in most countries and cities look for answers.',
  '',
  'Objectives',
  '',
  '1. Reflect on inequalities.',
  '2. Share experiences of inclusion.',
  '',
  'Main question',
  '',
  'Which actions should cities take first?',
  '',
  'Moderator and speakers:',
  '',
  '- Moderator: Jane Doe, Programme officer, Example Network (EXN)',
  '- Speakers:',
  '- Mr. John Smith, City of Montreal, Canada',
  '- Ms. Ana Perez, Cooperative Union, Spain (TBC)',
];

const spanishSheet = [
  'SESIÓN DE TALLER',
  '',
  'Título de la sesión: La economía social contra las desigualdades',
  '',
  'Fecha/Duración: el 4 de octubre de 11h00 a 12h30 UTC',
  '',
  'Formato de la sesión/idioma: Sesión de taller en español',
  '',
  'Contexto',
  '',
  'Las desigualdades crecen en la mayoría de los países y las ciudades buscan respuestas.',
  '',
  'Objetivos',
  '',
  '1. Reflexionar sobre las desigualdades.',
  '2. Compartir experiencias de inclusión.',
  '',
  'Pregunta principal',
  '',
  '¿Qué acciones deben tomar las ciudades primero?',
  '',
  'Moderador y ponentes:',
  '',
  '- Moderadora: Jane Doe, Oficial de programa, Red de Ejemplo (EXN)',
  '- Ponentes:',
  '- Sr. Juan Pérez, Ayuntamiento de Bilbao, España',
  '- Sra. Ana López, Red de Economía Solidaria, Colombia (por confirmar)',
];

async function docxOf(lines: string[]): Promise<Buffer> {
  const document = new Document({ sections: [{ children: lines.filter((line) => line !== '').map((line) => new Paragraph(line)) }] });
  return Buffer.from(await Packer.toBuffer(document));
}

async function pdfOf(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (line === '') {
      y -= 10;
      continue;
    }
    page.drawText(line, { x: 40, y, size: 10, font });
    y -= 14;
  }
  return Buffer.from(await pdf.save());
}

const directory = mkdtempSync(join(tmpdir(), 'convergence-sheets-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function parseWritten(name: string, bytes: Buffer): Promise<ImportedDocument> {
  const path = join(directory, name);
  writeFileSync(path, bytes);
  return parseDocument(path, readFileSync(path));
}

function expectSameSheet(document: ImportedDocument, language: 'en' | 'es'): void {
  const session = document.sessions[0]!;
  expect(document.kind).toBe('workshop_sheet');
  expect(document.language).toBe(language);
  expect(document.edition).toBeNull();
  expect(session.format).toBe('workshop');
  expect(session.language).toBe(language);
  expect(session.date).toMatchObject({ year: null, month: 10, day: 4 });
  expect(session.times).toMatchObject([{ start: '11:00', end: '12:30', utcOffsetMinutes: 0 }]);
  expect(session.statedDurationMinutes).toBe(90);
  expect(session.context).toMatch(language === 'en' ? /^Inequalities grow/ : /^Las desigualdades crecen/);
  expect(session.objectives).toHaveLength(2);
  expect(session.mainQuestions).toHaveLength(1);
  expect(session.roles.map((r) => [r.role, r.person.name, r.status])).toEqual([
    ['moderator', 'Jane Doe', 'confirmed'],
    ['speaker', language === 'en' ? 'John Smith' : 'Juan Pérez', 'confirmed'],
    ['speaker', language === 'en' ? 'Ana Perez' : 'Ana López', 'to_be_confirmed'],
  ]);
  expect(session.roles[0]!.person.organisation).toMatchObject({ acronym: 'EXN' });
  expect(session.roles.map((r) => r.person.country)).toEqual(language === 'en' ? [null, 'CA', 'ES'] : [null, 'ES', 'CO']);
}

describe('session sheets written as .docx and .pdf', () => {
  it('reads an English sheet from a .docx', async () => {
    const document = await parseWritten('sheet-en.docx', await docxOf(englishSheet));
    expect(document.sessions[0]!.title).toBe('The social economy against inequalities');
    expectSameSheet(document, 'en');
  });

  it('reads a Spanish sheet from a .pdf', async () => {
    const document = await parseWritten('hoja-es.pdf', await pdfOf(spanishSheet));
    expect(document.sessions[0]!.title).toBe('La economía social contra las desigualdades');
    expectSameSheet(document, 'es');
  });

  it('reads an English sheet from a .pdf and a Spanish one from a .docx alike', async () => {
    expectSameSheet(await parseWritten('sheet-en.pdf', await pdfOf(englishSheet)), 'en');
    expectSameSheet(await parseWritten('hoja-es.docx', await docxOf(spanishSheet)), 'es');
  });

  it('keeps line numbers of a PDF in reading order, top to bottom', async () => {
    const text = await readDocumentText('x.pdf', await pdfOf(['First line', 'Second line', '', 'After a gap']));
    expect(text.lines.map((line) => line.text)).toEqual(['First line', 'Second line', '', 'After a gap']);
    expect(text.lines[3]).toEqual({ number: 4, text: 'After a gap' });
  });
});

describe('document detection', () => {
  it('hands structured files to their own importers', async () => {
    await expect(detectDocument('initiatives.csv', Buffer.from('code,title\n'))).resolves.toEqual({ kind: 'initiative_sheet', language: null });
    await expect(detectDocument('initiatives.xlsx', Buffer.from(''))).resolves.toMatchObject({ kind: 'initiative_sheet' });
    await expect(detectDocument('schedule.xml', Buffer.from('<schedule/>'))).resolves.toMatchObject({ kind: 'frab_schedule' });
    await expect(detectDocument('schedule.json', Buffer.from('{"schedule":{"conference":{}}}'))).resolves.toMatchObject({ kind: 'frab_schedule' });
    await expect(detectDocument('export.json', Buffer.from('{"editions":[]}'))).resolves.toMatchObject({ kind: 'canonical_export' });
    await expect(parseDocument('initiatives.csv', Buffer.from('code,title\n'))).rejects.toThrow(/its own importer/);
  });

  it('tells the language of a sheet from its labels', async () => {
    await expect(detectDocument('hoja.txt', Buffer.from(spanishSheet.join('\n')))).resolves.toEqual({ kind: 'workshop_sheet', language: 'es' });
    await expect(detectDocument('sheet.md', Buffer.from(englishSheet.join('\n')))).resolves.toEqual({ kind: 'workshop_sheet', language: 'en' });
  });

  it('refuses a file it cannot read as text, naming it', async () => {
    const error = await readDocumentText('slides.pptx', Buffer.from('')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentParseError);
    expect((error as Error).message).toMatch(/^slides\.pptx:1: cannot read "\.pptx" files/);
  });

  it('refuses a broken PDF with the file named', async () => {
    await expect(parseDocument('broken.pdf', Buffer.from('not a pdf'))).rejects.toThrow(/^broken\.pdf:1: not a readable PDF/);
  });
});
