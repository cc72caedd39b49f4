/** Every user-facing string exists in French (first) and English. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

export type Lang = 'fr' | 'en';

const formatters = {
  fr: new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' }),
  en: new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' }),
};

const numberFormatters = {
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 5 }),
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 5 }),
};

const wholeFormatters = {
  fr: new Intl.NumberFormat('fr-CA', {
    style: 'currency',
    currency: 'CAD',
    maximumFractionDigits: 0,
  }),
  en: new Intl.NumberFormat('en-CA', {
    style: 'currency',
    currency: 'CAD',
    maximumFractionDigits: 0,
  }),
};

/** « 1 469 $ » / « $1,469 »: an amount said in whole dollars (the formatter rounds half up). */
export function wholeMoney(lang: Lang, amount: number): string {
  return wholeFormatters[lang].format(amount);
}

const hourFormatter = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 1 });
const frenchHourFormatter = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });

/** « 22,5 »: hours to the tenth, as a French reader types them in the hours box. */
export function frenchHours(hours: number): string {
  return frenchHourFormatter.format(hours);
}

/** « 22.5 » : hours a week in English, to the tenth. */
export function englishHours(hours: number): string {
  return hourFormatter.format(hours);
}

/**
 * « 22,5 h » / « 22.5 hours » (« 1 hour »): hours a week written as the hours box and the headline write them,
 * one notation on every line (« 22 h 30 » beside « 22,5 h » read as two numbers, and as a time of
 * day).
 */
export function spokenHours(lang: Lang, hours: number): string {
  if (lang === 'fr') return `${frenchHours(hours)} h`;
  return `${englishHours(hours)} ${hoursUnit(hours)}`;
}

/** « hour » or « hours » after a number of hours in English (« 1 hour », « 0.5 hours »). */
export function hoursUnit(hours: number): string {
  return hours === 1 ? 'hour' : 'hours';
}

/** Formats an amount already rounded to cents, as a counsellor would say it (« 1 234,56 $ » / « $1,234.56 »). */
export function money(lang: Lang, cents: number): string {
  return formatters[lang].format(cents);
}

export function num(lang: Lang, value: number): string {
  return numberFormatters[lang].format(value);
}

export function percent(lang: Lang, rate: number): string {
  const pct = numberFormatters[lang].format(Math.round(rate * 100000) / 1000);
  return lang === 'fr' ? `${pct} %` : `${pct}%`;
}

/** « environ 160 $ »: a loss or gain rounded to ten dollars (five below 50 $), as said aloud. */
export function roughMoney(lang: Lang, amount: number): string {
  // Under 5 $, the dollars themselves (a 2 $ change is not « environ 5 $ »).
  if (Math.abs(amount) < 5) return wholeMoney(lang, Math.max(1, Math.round(Math.abs(amount))));
  const step = Math.abs(amount) < 50 ? 5 : 10;
  const rounded = Math.max(step, Math.round(Math.abs(amount) / step) * step);
  return wholeMoney(lang, rounded);
}

/** Whose amount it is, said to the person using the simulator: the first adult is « vous ». */
export const adultNames: readonly Localized[] = [
  { fr: 'vous', en: 'you' },
  { fr: 'votre conjoint·e', en: 'your spouse' },
];

/**
 * A label that names the adult ("… (vous)", "… (votre conjoint·e)"), built once per adult rather
 * than at every computation: a sweep computes each rule hundreds of times.
 */
export function perAdultLabel(fr: string, en: string): (adultIndex: number) => Localized {
  const make = (i: number) => {
    const who = adultNames[i] ?? { fr: `adulte ${i + 1}`, en: `adult ${i + 1}` };
    return { fr: `${fr} (${who.fr})`, en: `${en} (${who.en})` };
  };
  const labels = [make(0), make(1)];
  return (i) => labels[i] ?? make(i);
}
