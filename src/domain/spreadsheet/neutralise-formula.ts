/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * = + - @, tab (U+0009), carriage return (U+000D), and the full-width ＝ ＋ － ＠ that some
 * spreadsheets fold to their ASCII forms.
 */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Text made inert for spreadsheets: a text that could start a formula gets a leading single
 * quote, so it is shown as written and never evaluated. Other texts come back unchanged.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://evil")'); // → '\'=HYPERLINK("http://evil")'
 * neutraliseFormula('Économie sociale');          // → 'Économie sociale'
 */
export function neutraliseFormula(value: string): string {
  return formulaTriggers.has(value.charAt(0)) ? `'${value}` : value;
}
