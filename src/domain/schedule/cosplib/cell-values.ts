import type ExcelJS from 'exceljs';

/** A cell's value as plain data: formulas give their result, rich text its text. */
export function plainCellValue(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('result' in value) return plainCellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return null;
}

export function cellText(value: ExcelJS.CellValue): string {
  const plain = plainCellValue(value);
  if (plain === null) return '';
  if (plain instanceof Date) return plain.toISOString();
  return String(plain);
}

/** Empty penalty cells mean 0. */
export function cellNumber(value: ExcelJS.CellValue, where: string): number {
  const plain = plainCellValue(value);
  if (plain === null || plain === '') return 0;
  const number = typeof plain === 'number' ? plain : Number(String(plain).trim());
  if (!Number.isFinite(number)) throw new Error(`${where}: "${String(plain)}" is not a number`);
  return number;
}

/** Clock times arrive as dates on 1899-12-30 (UTC), as day fractions, or as "HH:MM" text; returns minutes after midnight. */
export function cellClockMinutes(value: ExcelJS.CellValue, where: string): number {
  const plain = plainCellValue(value);
  if (plain instanceof Date) return ((Math.round(plain.getTime() / 60_000) % 1440) + 1440) % 1440;
  if (typeof plain === 'number') return Math.round((plain - Math.floor(plain)) * 1440) % 1440;
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(String(plain ?? '').trim());
  if (!match) throw new Error(`${where}: "${String(plain)}" is not a clock time`);
  return Number(match[1]) * 60 + Number(match[2]) + Math.round(Number(match[3] ?? 0) / 60);
}

/** "GMT+2" → 2, "GMT-4" → -4, "GMT+0" → 0. */
export function parseGmtOffset(text: string, where: string): number {
  const match = /^GMT([+-]\d{1,2})$/.exec(text.trim());
  if (!match) throw new Error(`${where}: "${text}" is not a zone like GMT+2`);
  return Number(match[1]);
}

/** Lists are separated by exactly ", "; empty means none. */
export function splitNames(value: ExcelJS.CellValue): string[] {
  const text = cellText(value);
  if (text === '') return [];
  return text.split(', ').filter((name) => name !== '');
}
