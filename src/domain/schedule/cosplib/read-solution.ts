import ExcelJS from 'exceljs';
import { cellText } from './cell-values.js';
import type { CosplibAssignment, CosplibInstance } from './instance.js';

/**
 * Reads `Solutions/<model>/<NAME>Solution.xlsx` the way the checker does (FORMAT.md §2): the first sheet
 * only, by position; the session and room names written in the file are ignored.
 */
export async function readCosplibSolution(path: string, instance: CosplibInstance): Promise<CosplibAssignment> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${path}: no sheet`);
  return cosplibAssignmentFromSheet(sheet, instance, path);
}

export function cosplibAssignmentFromSheet(sheet: ExcelJS.Worksheet, instance: CosplibInstance, where: string): CosplibAssignment {
  const roomCount = instance.rooms.length;
  const usedColumns = sheet.actualColumnCount;
  if (usedColumns - 1 !== roomCount) throw new Error(`${where}: ${usedColumns - 1} room columns, the instance has ${roomCount} rooms`);
  const value = (row: number, room: number): string | null => {
    const text = cellText(sheet.getRow(row).getCell(room + 2).value);
    return text === '' ? null : text;
  };
  const rooms = instance.rooms.map((_, r) => r);
  const tracks = instance.sessions.map((_, s) => rooms.map((r) => value(2 + s, r)));
  const slots: (string | null)[][][] = [];
  let row = instance.sessions.length + 3;
  for (const session of instance.sessions) {
    const firstRow = row;
    slots.push(rooms.map((r) => Array.from({ length: session.slotCount }, (_, k) => value(firstRow + k, r))));
    row += session.slotCount;
  }
  return { tracks, slots };
}
