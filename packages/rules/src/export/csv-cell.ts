/**
 * One CSV cell (RFC 4180): text holding a comma, a quote or a line break is quoted, quotes doubled.
 * Text starting with « = + - @ », a tab or a carriage return is what a spreadsheet runs as a
 * formula (« =HYPERLINK(…) » from a label in a shared study): it gets a leading apostrophe, the
 * OWASP « CSV injection » defence, so the spreadsheet shows it as text. Numbers are written as
 * numbers (a negative amount stays a number). Shared by the study export and the batch output.
 */
export function csvCell(value: unknown): string {
  // Numbers and booleans never need quotes: only text is searched for separators and quotes.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
