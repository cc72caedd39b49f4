/**
 * One CSV cell (RFC 4180): text holding a comma, a quote or a line break is quoted, quotes doubled.
 * Shared by the study export and the command line's batch output.
 */
export function csvCell(value: unknown): string {
  // Numbers and booleans never need quotes: only text is searched for separators and quotes.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
