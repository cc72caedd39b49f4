/**
 * Words laid over others (« Facile à lire » over standard words, a page's words over the French
 * detail words): every word replaced, the detail's two tables merged label by label, so that an
 * overlay holds only the labels it changes.
 */
import type { DetailedTranslation, Translation } from './translation.js';

/** An overlay: any words, and of the detail's two tables only the labels that change. */
export type Overlay = Partial<Omit<Translation, 'lines' | 'taxLines'>> & {
  readonly lines?: Partial<DetailedTranslation['lines']>;
  readonly taxLines?: Partial<DetailedTranslation['taxLines']>;
};

/** `words` with `overlay` laid over them; the detail's two tables merged label by label. */
export function overlaid<T extends Partial<DetailedTranslation>>(words: T, overlay: Overlay): T {
  return {
    ...words,
    ...overlay,
    ...(words.lines || overlay.lines ? { lines: { ...words.lines, ...overlay.lines } } : {}),
    ...(words.taxLines || overlay.taxLines
      ? { taxLines: { ...words.taxLines, ...overlay.taxLines } }
      : {}),
  } as T;
}
