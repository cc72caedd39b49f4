/**
 * French typography: a non-breaking space before « ? ! : ; % » and inside « », and between a
 * number and its unit (« 22 h 30 », « 25 % »), so that a line never starts with « ? » or splits
 * « 22 h / 30 ». Applied to every French string the simulator shows, its own and the library's.
 */
import type { Localized } from '@passerelle/rules';

const NBSP = '\u00a0';

export function frenchTypography(text: string): string {
  return text
    .replace(/ ([?!:;%»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/(\d) (h|\$|%)(?=\s|$|[.,;:)])/g, `$1${NBSP}$2`)
    .replace(/(\d)\u00a0h (\d\d)\b/g, `$1${NBSP}h${NBSP}$2`);
}

/** A library sentence in the reader's language, with French typography in French. */
export function speak(lang: 'fr' | 'en', text: Localized): string {
  return lang === 'fr' ? frenchTypography(text.fr) : text.en;
}

/** Every string of a French translation object, and every string its functions return, typeset. */
export function typesetFrench<T extends object>(words: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) {
    if (typeof value === 'string') out[key] = frenchTypography(value);
    else if (typeof value === 'function')
      out[key] = (...args: unknown[]) => {
        const r = (value as (...a: unknown[]) => unknown)(...args);
        return typeof r === 'string' ? frenchTypography(r) : r;
      };
    else if (Array.isArray(value))
      out[key] = value.map((v) => (typeof v === 'string' ? frenchTypography(v) : v));
    else if (value && typeof value === 'object') out[key] = typesetFrench(value);
    else out[key] = value;
  }
  return out as T;
}
