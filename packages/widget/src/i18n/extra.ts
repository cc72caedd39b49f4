/**
 * English, the French detail words and the plain-language overlays: the sibling file of the
 * one-file build (see `translations.ts`). The first file's French words and French typography are
 * passed in, so that they stay in the one file only (code shared by both files would be split into
 * a third).
 */
import { en } from './en.js';
import { frDetailWords } from './fr-details.js';
import { enSimple, frSimple } from './simple.js';
import type { CoreWords, Translation } from './translation.js';

export function translationFor(
  lang: 'fr' | 'en',
  level: 'standard' | 'simple',
  fr: CoreWords,
  typesetFrench: <T extends object>(words: T) => T,
): Translation {
  if (lang === 'en') return level === 'simple' ? { ...en, ...enSimple } : en;
  const french: Translation = { ...fr, ...typesetFrench(frDetailWords) };
  return level === 'simple' ? { ...french, ...typesetFrench(frSimple) } : french;
}
