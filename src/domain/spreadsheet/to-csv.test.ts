import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { Sheet } from './sheet.js';
import { toCsv } from './to-csv.js';

const hostile = ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];

const initiatives: Sheet = {
  name: 'initiatives',
  columns: [
    { key: 'title', header: 'Título' },
    { key: 'fee', header: 'Fee (€)' },
    { key: 'selected', header: 'Selected' },
    { key: 'submitted', header: 'Submitted' },
  ],
  rows: [
    { title: 'Coopérative d\'habitat, "La Maison", Montréal\nseconde ligne', fee: -2, selected: true, submitted: new Date('2018-10-01T09:30:00Z') },
    ...hostile.map((title) => ({ title, fee: 0, selected: false, submitted: null })),
    { title: 'Economía solidaria' },
  ],
};

function readBack(csv: string): string[][] {
  return parse(csv, { bom: true }) as string[][];
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = toCsv(initiatives);
    expect(csv.startsWith('\uFEFFTítulo,Fee (€),Selected,Submitted\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips accents, commas, quotes and newlines, under the headers', () => {
    const [header, first] = readBack(toCsv(initiatives));
    expect(header).toEqual(['Título', 'Fee (€)', 'Selected', 'Submitted']);
    expect(first).toEqual(['Coopérative d\'habitat, "La Maison", Montréal\nseconde ligne', '-2', 'true', '2018-10-01T09:30:00.000Z']);
  });

  it('turns every text that could start a formula into inert text starting with a quote', () => {
    const titles = readBack(toCsv(initiatives)).slice(2, 2 + hostile.length).map((record) => record[0]);
    expect(titles).toEqual(hostile.map((text) => `'${text}`));
  });

  it('writes a negative number as a number, not as neutralised text', () => {
    expect(toCsv(initiatives)).toContain('",-2,true,');
  });

  it('writes missing values and null as empty fields', () => {
    expect(readBack(toCsv(initiatives)).at(-1)).toEqual(['Economía solidaria', '', '', '']);
  });

  it('neutralises a header too', () => {
    const csv = toCsv({ name: 's', columns: [{ key: 'a', header: '=cmd' }], rows: [] });
    expect(readBack(csv)).toEqual([["'=cmd"]]);
  });

  it('refuses a number that is not finite, naming the cell', () => {
    const bad: Sheet = { name: 's', columns: [{ key: 'fee', header: 'Fee' }], rows: [{ fee: 1 }, { fee: Number.NaN }] };
    expect(() => toCsv(bad)).toThrowError(DomainError);
    expect(() => toCsv(bad)).toThrowError('rows[1].fee: a number must be finite');
  });

  it('refuses two columns with the same key', () => {
    const bad: Sheet = { name: 's', columns: [{ key: 'a', header: 'A' }, { key: 'a', header: 'B' }], rows: [] };
    expect(() => toCsv(bad)).toThrowError('columns[1].key');
  });
});
