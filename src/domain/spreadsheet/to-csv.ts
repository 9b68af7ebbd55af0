import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './neutralise-formula.js';
import type { Cell, Sheet } from './sheet.js';
import { assertValidSheet } from './validate-sheet.js';

function csvText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  return neutraliseFormula(value);
}

/**
 * The sheet as CSV (RFC 4180): a header row, fields quoted when needed, CRLF line ends, and a
 * UTF-8 byte order mark so that Excel reads accents right. Text that could start a formula is
 * neutralised; numbers stay numbers, dates are ISO 8601 in UTC.
 *
 * @example
 * toCsv({ name: 'initiatives', columns: [{ key: 'title', header: 'Title' }], rows: [{ title: 'Économie' }] });
 * // → '\uFEFFTitle\r\nÉconomie\r\n'
 */
export function toCsv(sheet: Sheet): string {
  assertValidSheet(sheet);
  const records = sheet.rows.map((row) => sheet.columns.map((column) => csvText(row[column.key])));
  return stringify(records, {
    bom: true,
    header: true,
    columns: sheet.columns.map((column) => neutraliseFormula(column.header)),
    record_delimiter: 'windows',
  });
}
