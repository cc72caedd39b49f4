/**
 * Readability formulas for the plain-language test: Kandel & Moles (1958), the adaptation of
 * Flesch's reading ease to French, L = 207 − 1,015 × (words ÷ sentences) − 73,6 × (syllables ÷
 * words); and Flesch (1948) for English, 206,835 − 1,015 × (words ÷ sentences) − 84,6 ×
 * (syllables ÷ words). Higher is easier: 60–70 is plain, above 70 easy, above 80 very easy.
 * Syllables are counted as groups of vowels, less a silent final « e » (French « -e », « -es »,
 * English « -e »), which is the usual approximation of both formulas' tools.
 */

export interface Readability {
  readonly score: number;
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

const vowelsFr = /[aeiouyàâäéèêëîïôöùûüœæ]+/gi;
const vowelsEn = /[aeiouy]+/gi;

export function syllablesFr(word: string): number {
  const w = word.toLowerCase();
  let n = (w.match(vowelsFr) ?? []).length;
  if (n > 1 && /[^aeiouyéè]es?$/.test(w)) n--;
  return Math.max(1, n);
}

export function syllablesEn(word: string): number {
  const w = word.toLowerCase();
  let n = (w.match(vowelsEn) ?? []).length;
  if (n > 1 && /[^aeiouy]e$/.test(w) && !/le$/.test(w)) n--;
  return Math.max(1, n);
}

function counts(text: string, syllables: (w: string) => number) {
  const sentences = text
    .split(/[.!?:;]+(?:\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const words = text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const syll = words.reduce((n, w) => n + syllables(w.replace(/^[dljnmtsc]’|^qu’/i, '')), 0);
  return {
    sentences: Math.max(1, sentences.length),
    words: Math.max(1, words.length),
    syllables: syll,
  };
}

export function kandelMoles(text: string): Readability {
  const c = counts(text, syllablesFr);
  const score = 207 - 1.015 * (c.words / c.sentences) - 73.6 * (c.syllables / c.words);
  return { score: Math.round(score * 10) / 10, ...c };
}

export function flesch(text: string): Readability {
  const c = counts(text, syllablesEn);
  const score = 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words);
  return { score: Math.round(score * 10) / 10, ...c };
}
