/** One value of a spreadsheet: text, a number, a yes/no, a moment, or nothing. */
export type Cell = string | number | boolean | null | Date;

export interface SheetColumn {
  /** The key of the value in each row. */
  key: string;
  /** The heading written in the first row. */
  header: string;
}

/** A table to export: named columns, then one record per row (missing keys are empty cells). */
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Record<string, Cell>[];
}
