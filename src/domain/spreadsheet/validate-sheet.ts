import { invalid, type FieldProblem } from '../errors.js';
import type { Sheet } from './sheet.js';

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const forbiddenInSheetName = /[:\\/?*[\]]/;
const maxSheetNameLength = 31;

function columnProblems(sheet: Sheet, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(sheet.columns) || sheet.columns.length === 0) return [{ path: `${path}columns`, message: 'a sheet needs at least one column' }];
  const seen = new Set<string>();
  sheet.columns.forEach((column, index) => {
    if (typeof column.key !== 'string' || column.key === '') problems.push({ path: `${path}columns[${index}].key`, message: 'must be a non-empty text' });
    else if (seen.has(column.key)) problems.push({ path: `${path}columns[${index}].key`, message: `"${column.key}" is used by another column` });
    else seen.add(column.key);
    if (typeof column.header !== 'string') problems.push({ path: `${path}columns[${index}].header`, message: 'must be a text' });
  });
  return problems;
}

function cellProblems(sheet: Sheet, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  sheet.rows.forEach((row, rowIndex) => {
    for (const { key } of sheet.columns) {
      const value: unknown = row[key];
      const where = `${path}rows[${rowIndex}].${key}`;
      if (typeof value === 'number' && !Number.isFinite(value)) problems.push({ path: where, message: 'a number must be finite' });
      else if (value instanceof Date && Number.isNaN(value.getTime())) problems.push({ path: where, message: 'not a valid date' });
      else if (value !== null && value !== undefined && !(value instanceof Date) && !['string', 'number', 'boolean'].includes(typeof value))
        problems.push({ path: where, message: 'must be a text, a number, a boolean, a date or null' });
    }
  });
  return problems;
}

/** Throws `invalid` naming each bad column or cell; `path` prefixes the field names (`sheets[1].`). */
export function assertValidSheet(sheet: Sheet, path = ''): void {
  const problems = columnProblems(sheet, path);
  if (!Array.isArray(sheet.rows)) problems.push({ path: `${path}rows`, message: 'must be a list of records' });
  else if (problems.length === 0) problems.push(...cellProblems(sheet, path));
  if (problems.length > 0) throw invalid(problems);
}

/** Throws `invalid` when a workbook's sheets are missing, badly named or named twice. */
export function assertValidSheetNames(sheets: Sheet[]): void {
  if (!Array.isArray(sheets) || sheets.length === 0) throw invalid([{ path: 'sheets', message: 'a workbook needs at least one sheet' }]);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  sheets.forEach((sheet, index) => {
    const path = `sheets[${index}].name`;
    const name = sheet.name;
    if (typeof name !== 'string' || name.trim() === '') problems.push({ path, message: 'must be a non-empty text' });
    else if (name.length > maxSheetNameLength) problems.push({ path, message: `at most ${maxSheetNameLength} characters (Excel's limit)` });
    else if (forbiddenInSheetName.test(name)) problems.push({ path, message: 'may not contain : \\ / ? * [ or ]' });
    else if (name.startsWith("'") || name.endsWith("'")) problems.push({ path, message: 'may not start or end with a single quote' });
    else if (seen.has(name.toLowerCase())) problems.push({ path, message: `"${name}" is used by another sheet` });
    else seen.add(name.toLowerCase());
  });
  if (problems.length > 0) throw invalid(problems);
}
