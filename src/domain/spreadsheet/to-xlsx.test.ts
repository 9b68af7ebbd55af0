import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Sheet } from './sheet.js';
import { toXlsx } from './to-xlsx.js';

const hostile = ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];

const initiatives: Sheet = {
  name: 'Iniciativas',
  columns: [
    { key: 'title', header: 'Título' },
    { key: 'fee', header: 'Fee (€)' },
    { key: 'selected', header: 'Selected' },
    { key: 'submitted', header: 'Submitted' },
  ],
  rows: [
    { title: 'Coopérative d\'habitat, "La Maison"\nMontréal', fee: -2, selected: true, submitted: new Date('2018-10-01T09:30:00Z') },
    ...hostile.map((title) => ({ title, fee: 1.5, selected: false, submitted: null })),
  ],
};

async function readBack(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's Buffer type predates @types/node 20's generic Buffer.
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX export', () => {
  it('writes one worksheet per sheet, with the headers in the first row', async () => {
    const workbook = await readBack(await toXlsx([initiatives, { name: 'Talleres', columns: [{ key: 'code', header: 'Code' }], rows: [{ code: '1.1.3' }] }]));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Iniciativas', 'Talleres']);
    expect(workbook.getWorksheet('Iniciativas')?.getRow(1).values).toEqual([undefined, 'Título', 'Fee (€)', 'Selected', 'Submitted']);
    expect(workbook.getWorksheet('Talleres')?.getCell('A2').value).toBe('1.1.3');
  });

  it('round-trips accents, commas, quotes and newlines, and keeps numbers, booleans and dates typed', async () => {
    const row = (await readBack(await toXlsx([initiatives]))).getWorksheet('Iniciativas')!.getRow(2);
    expect(row.getCell(1).value).toBe('Coopérative d\'habitat, "La Maison"\nMontréal');
    expect(row.getCell(2).value).toBe(-2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(3).value).toBe(true);
    expect(row.getCell(4).value).toEqual(new Date('2018-10-01T09:30:00Z'));
  });

  it('writes hostile text as inert string cells starting with a quote, never as formulas', async () => {
    const worksheet = (await readBack(await toXlsx([initiatives]))).getWorksheet('Iniciativas')!;
    const cells = hostile.map((_, index) => worksheet.getRow(3 + index).getCell(1));
    expect(cells.map((cell) => cell.value)).toEqual(hostile.map((text) => `'${text}`));
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('drops control characters that XML cannot carry, so Excel opens the file without repairs', async () => {
    const sheet: Sheet = { name: 's', columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'bell\u0007 and\u0000 null' }] };
    const worksheet = (await readBack(await toXlsx([sheet]))).getWorksheet('s')!;
    expect(worksheet.getCell('A2').value).toBe('bell and null');
  });

  it('refuses sheet names Excel would refuse, naming the sheet', async () => {
    await expect(toXlsx([])).rejects.toThrowError('sheets: a workbook needs at least one sheet');
    await expect(toXlsx([{ ...initiatives, name: 'a/b' }])).rejects.toThrowError('sheets[0].name');
    await expect(toXlsx([initiatives, { ...initiatives, name: 'INICIATIVAS' }])).rejects.toThrowError('sheets[1].name: "INICIATIVAS" is used by another sheet');
    await expect(toXlsx([{ ...initiatives, name: 'x'.repeat(32) }])).rejects.toThrowError('at most 31 characters');
  });

  it('names a bad cell with its sheet', async () => {
    const bad: Sheet = { name: 's', columns: [{ key: 'when', header: 'When' }], rows: [{ when: new Date('not a date') }] };
    await expect(toXlsx([initiatives, bad])).rejects.toThrowError('sheets[1].rows[0].when: not a valid date');
  });
});
