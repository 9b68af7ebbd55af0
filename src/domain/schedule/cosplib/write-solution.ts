import ExcelJS from 'exceljs';
import type { CosplibAssignment, CosplibInstance } from './instance.js';

/** The layout of FORMAT.md §2, in a sheet named `sol`, so the official checker can read it. */
export function cosplibSolutionWorkbook(instance: CosplibInstance, assignment: CosplibAssignment): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('sol');
  sheet.addRow([null, ...instance.rooms]);
  instance.sessions.forEach((session, s) => sheet.addRow([session.name, ...instance.rooms.map((_, r) => assignment.tracks[s]?.[r] ?? null)]));
  sheet.addRow([]);
  instance.sessions.forEach((session, s) => {
    for (let k = 0; k < session.slotCount; k++) sheet.addRow([session.name, ...instance.rooms.map((_, r) => assignment.slots[s]?.[r]?.[k] ?? null)]);
  });
  return workbook;
}

export async function writeCosplibSolution(path: string, instance: CosplibInstance, assignment: CosplibAssignment): Promise<void> {
  await cosplibSolutionWorkbook(instance, assignment).xlsx.writeFile(path);
}
