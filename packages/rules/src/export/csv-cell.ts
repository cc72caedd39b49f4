/**
 * One CSV cell (RFC 4180): text holding a comma, a quote or a line break is quoted, quotes doubled.
 * Text starting with « = + - @ », a tab or a carriage return is what a spreadsheet runs as a
 * formula (« =HYPERLINK(…) » from a label in a shared study): it gets a leading apostrophe, the
 * OWASP « CSV injection » defence, so the spreadsheet shows it as text. Numbers are written as
 * numbers (a negative amount stays a number). Shared by the study export and the batch output.
 */
export function csvCell(value: unknown): string {
  // Numbers and booleans never need quotes: only text is searched for separators and quotes.
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * String(value), written from whole cents when the number is an amount in dollars and cents (what
 * a batch writes some thirty times a row): about twice as fast as the general conversion. Below
 * 10¹² $ two doubles are far closer than a cent, so the two-decimal text is the shortest one that
 * reads back as the same number, which is what String gives.
 */
export function numberText(value: number): string {
  const cents = Math.round(value * 100);
  if (cents / 100 !== value || cents >= 1e14 || cents <= -1e14) return String(value);
  const positive = cents < 0 ? -cents : cents;
  const fraction = positive % 100;
  const whole = (positive - fraction) / 100;
  const text =
    fraction === 0
      ? `${whole}`
      : fraction % 10 === 0
        ? `${whole}.${fraction / 10}`
        : `${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
  return cents < 0 ? `-${text}` : text;
}
