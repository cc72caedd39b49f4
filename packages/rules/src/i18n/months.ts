/** The months' names, in French and English, and the dates the rules say in words. */
import type { Lang } from './localized.js';

export interface Period {
  readonly year: number;
  readonly month: number;
}

export const monthNames = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** « juin 2026 » / « June 2026 ». */
export function monthName(lang: Lang, p: Period): string {
  return `${monthNames[lang][p.month - 1]} ${p.year}`;
}

/** A month as one number (year × 12 + month − 1), for counting months across years. */
export const monthIndex = (p: Period): number => p.year * 12 + (p.month - 1);
export const periodOf = (i: number): Period => ({
  year: Math.floor(i / 12),
  month: (i % 12) + 1,
});

/** The month `n` months after `p`. */
export const monthsAfter = (p: Period, n: number): Period => periodOf(monthIndex(p) + n);

/** The month after `p`. */
export function nextMonth(p: Period): Period {
  return p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
}

/** The number of days in a month (the Gregorian calendar, leap years included). */
export function daysInMonth(p: Period): number {
  return new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
}

/** « 31 juillet 2026 » / « July 31, 2026 »: the last day of a month, in words. */
export function lastDayOfMonth(lang: Lang, p: Period): string {
  const day = daysInMonth(p);
  return lang === 'fr'
    ? `${day === 1 ? '1er' : day} ${monthName('fr', p)}`
    : `${monthNames.en[p.month - 1]} ${day}, ${p.year}`;
}
