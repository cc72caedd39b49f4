/**
 * The recognition question's answers and what recognition means, in the reader's language and
 * reading level: the library's words (`recognitionWords`), with the amounts of the month shown and
 * the person's household (a single parent's employment-assistance exclusion), never written here.
 */
import { defaultParameters, recognitionWords, type RecognitionWords } from '@passerelle/rules';
import type { Localized } from '@passerelle/rules';
import { speak } from '../i18n/typography.js';

interface Situation {
  readonly year: number;
  readonly month: number;
  readonly household: 'single' | 'couple';
  readonly children: number;
}

let last: { key: string; words: RecognitionWords } | null = null;

/** The words for a situation (the last one kept: a render asks for them once per answer). */
export function recognitionWordsOf(s: Situation): RecognitionWords {
  const singleParent = s.household === 'single' && s.children > 0;
  const key = `${s.year}-${s.month}-${singleParent}`;
  if (last?.key !== key)
    last = {
      key,
      words: recognitionWords({ year: s.year, month: s.month }, defaultParameters, singleParent),
    };
  return last.words;
}

/** One answer or the meaning, standard or plain, typeset for the reader's language. */
export function sayRecognition(
  lang: 'fr' | 'en',
  simple: boolean,
  text: { readonly standard: Localized; readonly simple: Localized },
): string {
  return speak(lang, simple ? text.simple : text.standard);
}
