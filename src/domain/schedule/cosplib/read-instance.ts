import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { cellClockMinutes, cellNumber, cellText, parseGmtOffset, splitNames } from './cell-values.js';
import type { CosplibInstance, CosplibParameters, CosplibSubmission, CosplibTrack } from './instance.js';

const sheetNames = ['parameters', 'submissions', 'tracks', 'sessions', 'rooms', 'tracks_sessions|penalty', 'tracks_rooms|penalty', 'similar tracks', 'sessions_rooms|penalty'] as const;

/** Reads `Dataset/<NAME>.xlsx` and performs the loader's sanity checks (FORMAT.md §1.7). */
export async function readCosplibInstance(path: string): Promise<CosplibInstance> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return cosplibInstanceFromWorkbook(workbook, basename(path).replace(/\.xlsx$/i, ''));
}

export function cosplibInstanceFromWorkbook(workbook: ExcelJS.Workbook, name: string): CosplibInstance {
  const sheet = (sheetName: (typeof sheetNames)[number]): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(sheetName);
    if (!found) throw new Error(`${name}: the sheet "${sheetName}" is missing`);
    return found;
  };
  for (const sheetName of sheetNames) sheet(sheetName);

  const sessions = dataRows(sheet('sessions')).map((row) => ({
    name: cellText(row.getCell(1).value),
    slotCount: cellNumber(row.getCell(2).value, `${name} sessions!B${row.number}`),
    start: cellClockMinutes(row.getCell(4).value, `${name} sessions!D${row.number}`),
    end: cellClockMinutes(row.getCell(5).value, `${name} sessions!E${row.number}`),
  }));
  const rooms = dataRows(sheet('rooms')).map((row) => cellText(row.getCell(1).value));
  const tracks: CosplibTrack[] = dataRows(sheet('tracks')).map((row) => ({ name: cellText(row.getCell(1).value), chairs: splitNames(row.getCell(2).value) }));
  for (const [what, names] of [['session', sessions.map((s) => s.name)], ['room', rooms], ['track', tracks.map((t) => t.name)]] as const) {
    requireUnique(names, `${name} ${what}s`);
  }
  const trackIndex = indexByName(tracks.map((t) => t.name));

  const submissionsSheet = sheet('submissions');
  const header = submissionsSheet.getRow(1);
  const penaltyHeaders: string[] = [];
  for (let column = 8; column <= header.cellCount; column++) penaltyHeaders.push(cellText(header.getCell(column).value));
  while (penaltyHeaders.length > 0 && penaltyHeaders.at(-1) === '') penaltyHeaders.pop();
  if (penaltyHeaders.length !== sessions.length + rooms.length) {
    throw new Error(`${name} submissions: ${penaltyHeaders.length} penalty columns after G, expected ${sessions.length} sessions + ${rooms.length} rooms`);
  }
  requireUnique(penaltyHeaders, `${name} submissions headers`);
  const sessionColumns = sessions.map((s) => columnOf(penaltyHeaders.slice(0, sessions.length), s.name, `${name} submissions`));
  const roomColumns = rooms.map((r) => sessions.length + columnOf(penaltyHeaders.slice(sessions.length), r, `${name} submissions`));
  const submissions: CosplibSubmission[] = dataRows(submissionsSheet).map((row) => {
    const where = `${name} submissions!row ${row.number}`;
    const trackName = cellText(row.getCell(2).value);
    const track = trackIndex.get(trackName);
    if (track === undefined) throw new Error(`${where}: unknown track "${trackName}"`);
    const penalty = (offset: number): number => cellNumber(row.getCell(8 + offset).value, where);
    return {
      id: cellText(row.getCell(1).value),
      track,
      requiredSlots: cellNumber(row.getCell(3).value, where),
      order: cellNumber(row.getCell(4).value, where),
      offsetHours: parseGmtOffset(cellText(row.getCell(5).value), where),
      presenters: splitNames(row.getCell(6).value),
      attendees: splitNames(row.getCell(7).value),
      sessionPenalty: sessionColumns.map(penalty),
      roomPenalty: roomColumns.map(penalty),
    };
  });
  requireUnique(submissions.map((s) => s.id), `${name} submissions`);
  tracks.forEach((track, t) => {
    if (!submissions.some((s) => s.track === t)) throw new Error(`${name}: track "${track.name}" has no submission`);
  });
  const capacity = sessions.reduce((sum, s) => sum + s.slotCount, 0) * rooms.length;
  const required = submissions.reduce((sum, s) => sum + s.requiredSlots, 0);
  if (capacity < required) throw new Error(`${name}: ${required} slots required but only ${capacity} exist`);

  const trackNames = tracks.map((t) => t.name);
  const sessionNames = sessions.map((s) => s.name);
  const similarityAsRead = readMatrix(sheet('similar tracks'), trackNames, trackNames, name);
  // Only the strict upper triangle of the sheet counts, in the sheet's own row and column order.
  const similarityRows = similarityAsRead.rowOrder;
  const similarityColumns = similarityAsRead.columnOrder;
  const trackSimilarity = trackNames.map(() => trackNames.map(() => 0));
  similarityRows.forEach((rowTrack, i) => {
    similarityColumns.forEach((columnTrack, j) => {
      if (j <= i) return;
      const value = similarityAsRead.values[rowTrack]![columnTrack]!;
      if (value !== 0 && rowTrack !== columnTrack) {
        trackSimilarity[rowTrack]![columnTrack] = value;
        trackSimilarity[columnTrack]![rowTrack] = value;
      }
    });
  });

  return {
    name,
    parameters: readParameters(sheet('parameters'), name),
    sessions,
    rooms,
    tracks,
    submissions,
    trackSessionPenalty: readMatrix(sheet('tracks_sessions|penalty'), trackNames, sessionNames, name).values,
    trackRoomPenalty: readMatrix(sheet('tracks_rooms|penalty'), trackNames, rooms, name).values,
    sessionRoomPenalty: readMatrix(sheet('sessions_rooms|penalty'), sessionNames, rooms, name).values,
    trackSimilarity,
  };
}

function readParameters(sheet: ExcelJS.Worksheet, name: string): CosplibParameters {
  const cell = (address: string): ExcelJS.CellValue => sheet.getCell(address).value;
  const weights: number[] = [];
  for (let row = 2; row <= 17; row++) weights.push(cellNumber(cell(`E${row}`), `${name} parameters!E${row}`));
  return {
    localOffsetHours: parseGmtOffset(cellText(cell('B2')), `${name} parameters!B2`),
    suitableFrom: cellClockMinutes(cell('B4'), `${name} parameters!B4`),
    suitableTo: cellClockMinutes(cell('B5'), `${name} parameters!B5`),
    lessSuitableFrom: cellClockMinutes(cell('B7'), `${name} parameters!B7`),
    lessSuitableTo: cellClockMinutes(cell('B8'), `${name} parameters!B8`),
    smallTimeZonePenalty: cellNumber(cell('B9'), `${name} parameters!B9`),
    bigTimeZonePenalty: cellNumber(cell('B11'), `${name} parameters!B11`),
    weights,
  };
}

/** Rows after the header whose first cell is not blank. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1 && cellText(row.getCell(1).value) !== '') rows.push(row);
  });
  return rows;
}

/** A label × label sheet matched by name on both axes; blank means 0. Also returns the sheet's own orders. */
function readMatrix(sheet: ExcelJS.Worksheet, rowLabels: string[], columnLabels: string[], name: string): { values: number[][]; rowOrder: number[]; columnOrder: number[] } {
  const rowIndex = indexByName(rowLabels);
  const columnIndex = indexByName(columnLabels);
  const header = sheet.getRow(1);
  const columnOrder: number[] = [];
  const columnAt = new Map<number, number>();
  for (let column = 2; column <= header.cellCount; column++) {
    const label = cellText(header.getCell(column).value);
    if (label === '') continue;
    const index = columnIndex.get(label);
    if (index === undefined) throw new Error(`${name} ${sheet.name}: unknown column "${label}"`);
    columnAt.set(column, index);
    columnOrder.push(index);
  }
  if (columnOrder.length !== columnLabels.length) throw new Error(`${name} ${sheet.name}: ${columnOrder.length} columns, expected ${columnLabels.length}`);
  const values = rowLabels.map(() => columnLabels.map(() => 0));
  const rowOrder: number[] = [];
  for (const row of dataRows(sheet)) {
    const label = cellText(row.getCell(1).value);
    const index = rowIndex.get(label);
    if (index === undefined) throw new Error(`${name} ${sheet.name}: unknown row "${label}"`);
    rowOrder.push(index);
    for (const [column, target] of columnAt) values[index]![target] = cellNumber(row.getCell(column).value, `${name} ${sheet.name}!row ${row.number}`);
  }
  if (rowOrder.length !== rowLabels.length) throw new Error(`${name} ${sheet.name}: ${rowOrder.length} rows, expected ${rowLabels.length}`);
  return { values, rowOrder, columnOrder };
}

function indexByName(names: string[]): Map<string, number> {
  return new Map(names.map((n, i) => [n, i]));
}

function columnOf(headers: string[], label: string, where: string): number {
  const index = headers.indexOf(label);
  if (index < 0) throw new Error(`${where}: no penalty column headed "${label}"`);
  return index;
}

function requireUnique(names: string[], where: string): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new Error(`${where}: "${n}" appears twice`);
    seen.add(n);
  }
}
