export type { Cell, Sheet, SheetColumn } from './sheet.js';
export { neutraliseFormula } from './neutralise-formula.js';
export { toCsv } from './to-csv.js';
export { toXlsx } from './to-xlsx.js';
