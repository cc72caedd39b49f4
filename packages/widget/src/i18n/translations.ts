/**
 * The words for a language and a reading level: French (fr-CA) by default, English, and the
 * plain-language overlays (« Facile à lire »), French typography applied once.
 */
import { en } from './en.js';
import { fr } from './fr.js';
import { frDetailWords } from './fr-details.js';
import { enSimple, frSimple } from './simple.js';
import type { Translation } from './translation.js';
import { typesetFrench } from './typography.js';

const cache = new Map<string, Translation>();

export function translationFor(lang: 'fr' | 'en', level: 'standard' | 'simple'): Translation {
  const key = `${lang}-${level}`;
  let words = cache.get(key);
  if (!words) {
    if (lang === 'en') words = level === 'simple' ? { ...en, ...enSimple } : en;
    else {
      const french: Translation = { ...fr, ...typesetFrench(frDetailWords) };
      words = level === 'simple' ? { ...french, ...typesetFrench(frSimple) } : french;
    }
    cache.set(key, words);
  }
  return words;
}

/** French in standard words: what a page shows before it says otherwise. */
export const defaultTranslation = translationFor('fr', 'standard');
