/**
 * English and the plain-language overlays: the sibling file of the one-file build (see
 * `translations.ts`). The French words are passed in, so that they stay in the one file only.
 */
import { en } from './en.js';
import { enSimple, frSimple } from './simple.js';
import type { Translation } from './translation.js';

export function translationFor(
  lang: 'fr' | 'en',
  level: 'standard' | 'simple',
  fr: Translation,
): Translation {
  if (level === 'simple') return lang === 'en' ? { ...en, ...enSimple } : { ...fr, ...frSimple };
  return lang === 'en' ? en : fr;
}
