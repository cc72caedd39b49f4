/**
 * The words the library owns for a « ? » (never written here): what recognition means, and what
 * the work income supplement is, with the amounts of the month shown and the person's household.
 */
import {
  defaultParameters,
  workIncomeSupplementWords,
  type WorkIncomeSupplementWords,
} from '@passerelle/rules';
import type { TermId } from '../i18n/translation.js';
import { speak } from '../i18n/typography.js';
import { recognitionWordsOf, sayRecognition } from './recognition.js';

interface Situation {
  readonly year: number;
  readonly month: number;
  readonly household: 'single' | 'couple';
  readonly children: number;
}

let lastSupplement: { key: string; words: WorkIncomeSupplementWords } | null = null;

/** The supplement's words for a situation (the last kept: every render of a card asks again). */
function supplementWordsOf(s: Situation): WorkIncomeSupplementWords {
  const couple = s.household === 'couple';
  const key = `${s.year}-${s.month}-${couple}`;
  if (lastSupplement?.key !== key)
    lastSupplement = {
      key,
      words: workIncomeSupplementWords({ year: s.year, month: s.month }, defaultParameters, couple),
    };
  return lastSupplement.words;
}

/** The library's term and definition for `id`, typeset; undefined when the widget's words apply. */
export function libraryTerm(
  id: TermId,
  s: Situation,
  lang: 'fr' | 'en',
  simple: boolean,
): { readonly term?: string; readonly definition: string } | undefined {
  if (id === 'recognition')
    return { definition: sayRecognition(lang, simple, recognitionWordsOf(s).meaning) };
  if (id === 'workIncomeSupplement') {
    const words = supplementWordsOf(s);
    return {
      term: speak(lang, words.term),
      definition: speak(lang, simple ? words.meaning.simple : words.meaning.standard),
    };
  }
  return undefined;
}
