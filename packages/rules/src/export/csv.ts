/**
 * CSV writing for every export (the study, the batch): csv-stringify, with RFC 4180 quoting and
 * the OWASP « CSV injection » defence: text a spreadsheet would run as a formula (« = + - @ »,
 * tab, carriage return, and their full-width forms) gets a leading apostrophe, so a label such as
 * « =HYPERLINK(…) » from a shared study is shown as text. Numbers are written as JavaScript writes
 * them (a negative amount stays a number); booleans as `true`/`false`.
 */
// csv-stringify's Node build reads Node's Buffer; a browser bundle takes its browser build
// (package.json `imports`, condition `browser`).
import { stringify } from '#csv-stringify';

const options = {
  escape_formulas: true,
  cast: { boolean: (value: boolean) => String(value) },
} as const;

/** Rows of cells as CSV text, each row ending with a line break ('' for no row). */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return rows.length === 0 ? '' : stringify(rows as unknown[][], options);
}

/** One cell as it is written in a row. */
export function csvCell(value: unknown): string {
  return csvRows([[value]]).replace(/\n$/, '');
}
