/**
 * Number formatters, made once per locale and kind: an `Intl.NumberFormat` costs tens of
 * microseconds to build, and a card formats dozens of amounts on every slider move.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(
  locale: string,
  key: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(id, f);
  }
  return f;
}

/** « 1 234,56 $ », or « 1 235 $ » with `digits` 0. */
export function formatMoney(locale: string, n: number, digits = 2): string {
  return formatter(locale, `money${digits}`, {
    style: 'currency',
    currency: 'CAD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(digits === 0 ? Math.round(n) : n);
}

/** Hours to the tenth: « 22,5 » / « 22.5 ». */
export function formatHours(locale: string, hours: number): string {
  return formatter(locale, 'hours', { maximumFractionDigits: 1 }).format(hours);
}

const lists = new Map<string, Intl.ListFormat>();

/** « a, b et c » / « a, b, and c »: the platform's list of words, one formatter per locale. */
export function listOf(locale: string, items: readonly string[]): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, f);
  }
  return f.format(items);
}
