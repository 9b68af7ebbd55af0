import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ContentLanguage } from '../../../text/localized-text.js';
import countries from 'i18n-iso-countries';
import { countryCode } from '../parse/country-names.js';
import { DocumentParseError, type ImportedDocument, type ImportedInitiative } from '../imported-document.js';
import { foldKey } from '../text-values.js';

type Column = 'code' | 'workshop' | 'title' | 'organisation' | 'city' | 'region' | 'country' | 'description' | 'presenter' | 'role' | 'url';

/** Header names organisers use, in the forum's three languages. */
const headers: Record<ContentLanguage | 'any', Partial<Record<string, Column>>> = {
  fr: { 'code': 'code', 'atelier': 'workshop', 'titre': 'title', 'organisation': 'organisation', 'ville': 'city', 'region': 'region', 'pays': 'country', 'description': 'description', 'intervenant': 'presenter', 'presentateur': 'presenter', 'fonction': 'role', 'site web': 'url', 'url': 'url' },
  es: { 'codigo': 'code', 'taller': 'workshop', 'titulo': 'title', 'organizacion': 'organisation', 'ciudad': 'city', 'region': 'region', 'pais': 'country', 'descripcion': 'description', 'ponente': 'presenter', 'cargo': 'role', 'sitio web': 'url', 'web': 'url' },
  en: { 'code': 'code', 'workshop': 'workshop', 'title': 'title', 'organisation': 'organisation', 'organization': 'organisation', 'city': 'city', 'region': 'region', 'country': 'country', 'description': 'description', 'presenter': 'presenter', 'speaker': 'presenter', 'role': 'role', 'website': 'url', 'url': 'url' },
} as never;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('hyperlink' in value) return String(value.hyperlink);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

/** A sheet's country column holds an ISO code ("ES") or a country's name in fr, es or en ("Brasil"). */
function isoCode(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return countries.isValid(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null;
  return countryCode(trimmed);
}

/** A spreadsheet of initiatives (CSV or XLSX), one row each, headed in French, Spanish or English. */
export async function readInitiativeSheet(file: string, bytes: Buffer): Promise<ImportedDocument> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (/\.csv$/i.test(file)) sheet = await workbook.csv.read(Readable.from([bytes.toString('utf8').replace(/^\uFEFF/, '')]));
    else {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    }
  } catch (error) {
    throw new DocumentParseError({ file, line: 1 }, `cannot read the sheet (${(error as Error).message})`);
  }
  if (!sheet) throw new DocumentParseError({ file, line: 1 }, 'the workbook has no sheet');
  const headerRow = sheet.getRow(1);
  const columns = new Map<number, Column>();
  const votes: Record<string, number> = { fr: 0, es: 0, en: 0 };
  headerRow.eachCell((cell, index) => {
    const name = foldKey(cellText(cell.value));
    for (const language of ['fr', 'es', 'en'] as const) {
      const column = headers[language][name];
      if (column) {
        columns.set(index, column);
        votes[language]! += 1;
      }
    }
  });
  const named = new Set(columns.values());
  for (const required of ['code', 'title'] as const) {
    if (!named.has(required)) throw new DocumentParseError({ file, line: 1 }, `the header row needs a "${required}" column (fr: ${required === 'code' ? 'Code' : 'Titre'}, es: ${required === 'code' ? 'Código' : 'Título'})`);
  }
  const language = (Object.entries(votes).sort((a, b) => b[1] - a[1])[0]![0]) as ContentLanguage;
  const initiatives: ImportedInitiative[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const value: Partial<Record<Column, string>> = {};
    row.eachCell((cell, index) => {
      const column = columns.get(index);
      if (column) value[column] = cellText(cell.value);
    });
    if (!value.code && !value.title) return;
    const source = { file, line };
    if (!value.code) throw new DocumentParseError(source, 'code: an initiative needs its code ("4.3.4")');
    if (!value.title) throw new DocumentParseError(source, 'title: an initiative needs a title');
    const country = value.country ? isoCode(value.country) : null;
    if (value.country && !country) throw new DocumentParseError(source, `country: "${value.country}" is not a country we know (an ISO code such as "ES" or a name)`);
    const organisation = value.organisation ? { name: value.organisation, acronym: null, city: value.city ?? null, country, source } : null;
    initiatives.push({
      code: value.code.replace(/\.$/, ''), workshopCode: value.workshop || value.code.split('.').slice(0, 2).join('.'), title: value.title, organisation,
      city: value.city || null, region: value.region || null, country, description: value.description || null,
      presenters: value.presenter ? [{ written: value.presenter, honorific: null, name: value.presenter, roleTitle: value.role || null, organisation, bio: null, country, source }] : [],
      urls: value.url ? [value.url] : [], source,
    });
  });
  return { file, kind: 'initiative_sheet', language, edition: null, sessions: [], initiatives, notes: [] };
}
