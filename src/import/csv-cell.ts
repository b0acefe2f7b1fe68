/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab / carriage return) is run
 * as a formula by Excel, LibreOffice and Sheets. Cells we write are prefixed with an apostrophe when
 * they start with one of these characters (or with an apostrophe itself, so the rule is reversible),
 * and `unescapeCell` removes exactly that prefix when reading.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
