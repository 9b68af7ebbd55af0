import ExcelJS from 'exceljs';
import { neutraliseFormula } from './neutralise-formula.js';
import type { Cell, Sheet } from './sheet.js';
import { assertValidSheet, assertValidSheetNames } from './validate-sheet.js';

/** Characters XML 1.0 cannot carry at all: left in, they make Excel "repair" the file. */
const notXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Excel's limit for the text of one cell. */
const maxCellTextLength = 32_767;
const maxColumnWidth = 60;
const dateFormat = 'yyyy-mm-dd hh:mm:ss';

function xlsxText(value: string): string {
  return neutraliseFormula(value.replace(notXmlCharacters, '')).slice(0, maxCellTextLength);
}

function xlsxValue(value: Cell | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? xlsxText(value) : value;
}

function columnWidth(sheet: Sheet, key: string, header: string): number {
  let widest = header.length;
  for (const row of sheet.rows) {
    const value = row[key];
    const length = value instanceof Date ? dateFormat.length : String(value ?? '').length;
    if (length > widest) widest = length;
  }
  return Math.min(maxColumnWidth, Math.max(8, widest + 2));
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({
    key: column.key,
    header: xlsxText(column.header),
    width: columnWidth(sheet, column.key, column.header),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    const added = worksheet.addRow(Object.fromEntries(sheet.columns.map((column) => [column.key, xlsxValue(row[column.key])])));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = dateFormat;
    });
  }
}

/**
 * A workbook with one worksheet per sheet, header row in bold and frozen. Text is always written
 * as a string cell, never as a formula, and is neutralised too (for copies pasted or re-saved as
 * CSV); numbers, booleans and dates keep their types.
 *
 * @example
 * const file = await toXlsx([{ name: 'Workshops', columns: [{ key: 'title', header: 'Title' }], rows: [{ title: 'Finanzas solidarias' }] }]);
 * // file: a Buffer holding the .xlsx
 */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  assertValidSheetNames(sheets);
  sheets.forEach((sheet, index) => assertValidSheet(sheet, `sheets[${index}].`));
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
