/**
 * English and the plain-language overlays: the sibling file of the one-file build (see
 * `translations.ts`). The French words and French typography are passed in, so that they stay in
 * the one file only (code shared by both files would be split into a third).
 */
import { en } from './en.js';
import { enSimple, frSimple, type Overlay } from './simple.js';
import type { Translation } from './translation.js';

export function translationFor(
  lang: 'fr' | 'en',
  level: 'standard' | 'simple',
  fr: Translation,
  typesetFrench: (words: Overlay) => Overlay,
): Translation {
  if (level === 'simple')
    return lang === 'en' ? { ...en, ...enSimple } : { ...fr, ...typesetFrench(frSimple) };
  return lang === 'en' ? en : fr;
}
