/**
 * The words for a language and a reading level: French (fr-CA) by default, English, and the
 * plain-language overlays (« Facile à lire »), French typography applied once. French in standard
 * words ships with the element; English and the plain-language words are separate chunks, loaded
 * when a page asks for them (see `words-controller.ts`): a French first visit never downloads them.
 */
import { fr } from './fr.js';
import type { Translation } from './translation.js';
import { typesetFrench } from './typography.js';

export type ReadingLevel = 'standard' | 'simple';

/**
 * French in standard words: what a page shows before it says otherwise. Without the detail words,
 * which come with the parts that read them (`details.ts`).
 */
export const defaultTranslation: Translation = fr;

const loaded = new Map<string, Translation>([['fr-standard', defaultTranslation]]);

/** The words if they are loaded already (French in standard words always is), else undefined. */
export function loadedTranslation(lang: 'fr' | 'en', level: ReadingLevel): Translation | undefined {
  return loaded.get(`${lang}-${level}`);
}

/** Loads (once) and returns the words for a language and a reading level. */
export async function loadTranslation(
  lang: 'fr' | 'en',
  level: ReadingLevel,
): Promise<Translation> {
  const key = `${lang}-${level}`;
  const known = loaded.get(key);
  if (known) return known;
  const simple = level === 'simple' ? await import('./simple.js') : null;
  const base: Translation = lang === 'en' ? (await import('./en.js')).en : defaultTranslation;
  const overlay = simple
    ? lang === 'en'
      ? simple.enSimple
      : typesetFrench(simple.frSimple)
    : null;
  const words: Translation = {
    ...(simple && overlay ? simple.overlaid(base, overlay) : base),
    level,
  };
  loaded.set(key, words);
  return words;
}
