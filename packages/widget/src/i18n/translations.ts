/**
 * The translation for a language and a reading level. French in its standard words ships in the
 * simulator's one file; English and the plain-language texts (« facile à lire ») are in the
 * on-demand sibling file (see `on-demand.ts`), fetched the first time a person or a page asks for
 * them. Until it arrives the French words are shown.
 */
import { onDemand } from '../on-demand-loader.js';
import { fr } from './fr.js';
import { typesetFrench } from './typography.js';
import type { Translation } from './translation.js';

const cache: Record<string, Translation> = {};

/**
 * The first file's French. Its detail words (`DetailKey`) arrive with the sibling file, and only
 * the parts in that file read them (the situation form, the detail, the explanations are
 * rendered by functions the sibling file brings), so nothing reads them before they are there.
 */
const firstFileFrench = fr as Translation;

/** The words, or null when they are in the sibling file and it has not arrived yet. */
export function translationFor(
  lang: 'fr' | 'en',
  level: 'standard' | 'simple',
): Translation | null {
  const more = onDemand();
  if (lang === 'fr' && level === 'standard')
    return more
      ? (cache['fr-standard'] ??= more.translationFor(lang, level, fr, typesetFrench))
      : firstFileFrench;
  return more
    ? (cache[`${lang}-${level}`] ??= more.translationFor(lang, level, fr, typesetFrench))
    : null;
}

export { firstFileFrench as defaultTranslation };
