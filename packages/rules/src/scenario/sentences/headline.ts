/**
 * The one sentence a person reads first for a scenario: « Avec 15 h par semaine au salaire
 * minimum : 413 $ de plus par mois ». Said on the headline figure (money per month, see
 * `scenario/money-per-month.ts`), in whole dollars: the exact amount stays beside it.
 */
import {
  money,
  num,
  roughMoney,
  hoursUnit,
  spokenHours,
  wholeMoney,
  type Lang,
  type Localized,
} from '../../i18n/localized.js';

export interface HeadlineFacts {
  /** Money per month, and its difference with no activity (dollars and cents). */
  readonly amount: number;
  readonly difference: number;
  readonly hoursPerWeek: number;
  /** What the hours are paid: a wage (at the minimum wage or at a given rate), an allowance, both or none. */
  readonly pay:
    | { readonly kind: 'none' }
    | { readonly kind: 'wage'; readonly hourlyWage: number; readonly minimum: boolean }
    | { readonly kind: 'allowance'; readonly amountPerHour: number | null }
    | { readonly kind: 'both' };
  /** Past the exit point with less money than just before it (see `moneyPerMonth.sinceExit`). */
  readonly sinceExit?: {
    readonly hoursBefore: number;
    readonly lessPerMonth: number;
    readonly yearChange: number;
  } | null;
}

const wholeDollars = (lang: Lang, amount: number) => wholeMoney(lang, Math.abs(Math.round(amount)));

const cents = money;

/**
 * The difference of two amounts as a reader finds it from the whole dollars shown beside it
 * (« 1 469 $ » with no activity, « 2 007 $ » in all: « 538 $ de plus »), not the exact difference
 * rounded, which can be a dollar off. Counted in cents, so no float rounding moves a dollar.
 */
export function shownDifference(amount: number, other: number): number {
  const whole = (n: number) => Math.round(Math.round(n * 100) / 100);
  return whole(amount) - whole(other);
}

/** The headline's words, one table per language; amounts and hours arrive written. */
interface HeadlineWords {
  readonly minimumWage: (hours: string) => string;
  readonly wage: (hours: string, rate: string) => string;
  readonly allowance: (hours: string, rate: string | null) => string;
  readonly both: (hours: string) => string;
  readonly none: string;
  readonly colon: string;
  readonly perMonth: (amount: string) => string;
  readonly noMore: string;
  readonly more: (amount: string) => string;
  readonly less: (amount: string) => string;
  readonly but: string;
  readonly and: string;
  readonly lessThanAt: (amount: string, hours: string) => string;
  readonly sameYear: (hours: string) => string;
  readonly yearChange: (amount: string, more: boolean, hours: string) => string;
  readonly chequeStops: (year: string) => string;
  /**
   * Plain words (« Facile à lire ») past the exit point, in short sentences after the month's
   * change: the month lost and against which hours, the cheque (the answer bar stops there)…
   */
  readonly plainSinceExit: (more: boolean, less: string, hours: string) => string;
  /** … then the year. */
  readonly plainYear: (year: string) => string;
  /**
   * The answer bar's form: what pays the hours in one word and the hours (« Salaire 25 h », as the
   * meeting names its scenarios), the cheque without the year.
   */
  readonly barHours: (kind: 'wage' | 'allowance' | 'both', hours: string) => string;
  readonly barChequeStops: string;
  readonly range: (low: string, high: string) => string;
  readonly barRange: (low: string, high: string) => string;
}

const headlineWords: Record<Lang, HeadlineWords> = {
  fr: {
    minimumWage: (h) => `Avec ${h} par semaine au salaire minimum`,
    wage: (h, rate) => `Avec ${h} par semaine à ${rate} l’heure`,
    allowance: (h, rate) =>
      `Avec ${h} par semaine payées en allocation${rate === null ? '' : ` (${rate} l’heure)`}`,
    both: (h) => `Avec ${h} d’activité par semaine`,
    none: 'Sans activité',
    colon: ' : ',
    perMonth: (amount) => `${amount} par mois`,
    noMore: 'pas plus d’argent par mois',
    more: (amount) => `${amount} de plus par mois`,
    less: (amount) => `${amount} de moins par mois`,
    but: ', mais',
    and: ', et',
    lessThanAt: (amount, h) => `${amount} de moins qu’à ${h}`,
    sameYear: (h) => `pas de différence avec ${h}`,
    yearChange: (amount, more, h) => `environ ${amount} de ${more ? 'plus' : 'moins'} qu’à ${h}`,
    chequeStops: (year) =>
      ` : votre chèque d’aide s’arrête. Sur un an, en comptant le printemps : ${year}.`,
    plainSinceExit: (more, less, h) =>
      `. ${more ? 'Mais c’est' : 'C’est aussi'} ${less} de moins qu’à ${h} : votre chèque s’arrête.`,
    plainYear: (year) => ` Sur un an, avec l’argent du printemps : ${year}.`,
    barHours: (kind, h) =>
      kind === 'wage'
        ? `Salaire ${h}`
        : kind === 'allowance'
          ? `Allocation ${h}`
          : `${h} d’activité`,
    barChequeStops: ' : votre chèque d’aide s’arrête.',
    range: (low, high) => `de ${low} à ${high} de plus par mois, selon la réponse du ministère`,
    barRange: (low, high) => `de ${low} à ${high} de plus par mois, selon le ministère`,
  },
  en: {
    minimumWage: (h) => `With ${h} a week at the minimum wage`,
    wage: (h, rate) => `With ${h} a week at ${rate} an hour`,
    allowance: (h, rate) =>
      `With ${h} a week paid as an allowance${rate === null ? '' : ` (${rate} an hour)`}`,
    both: (h) => `With ${h} of activity a week`,
    none: 'With no activity',
    colon: ': ',
    perMonth: (amount) => `${amount} a month`,
    noMore: 'no more money a month',
    more: (amount) => `${amount} more a month`,
    less: (amount) => `${amount} less a month`,
    but: ', but',
    and: ', and',
    lessThanAt: (amount, h) => `${amount} less than at ${h}`,
    sameYear: (h) => `no difference from ${h}`,
    yearChange: (amount, more, h) => `about ${amount} ${more ? 'more' : 'less'} than at ${h}`,
    chequeStops: (year) => `: your assistance cheque stops. Over a year, counting spring: ${year}.`,
    plainSinceExit: (more, less, h) =>
      `. ${more ? 'But that is' : 'That is also'} ${less} less than at ${h}: your cheque stops.`,
    plainYear: (year) => ` Over a year, with the spring money: ${year}.`,
    barHours: (kind, h) =>
      kind === 'wage' ? `Wage ${h}` : kind === 'allowance' ? `Allowance ${h}` : `${h} of activity`,
    barChequeStops: ': your assistance cheque stops.',
    range: (low, high) => `${low} to ${high} more a month, depending on the ministry’s answer`,
    barRange: (low, high) => `${low} to ${high} more a month, as the ministry decides`,
  },
};

/** The headline's opening; the answer bar's names the pay in one word and the hours. */
/**
 * The person's own hours as they entered them (« 12,25 h » stays 12,25), with the unit: « 20 h »,
 * « 20 hours », « 1 hour ».
 */
function hoursText(lang: Lang, hours: number): string {
  return lang === 'fr' ? `${num('fr', hours)} h` : `${num('en', hours)} ${hoursUnit(hours)}`;
}

function startWords(lang: Lang, f: Pick<HeadlineFacts, 'hoursPerWeek' | 'pay'>, bar: boolean) {
  return bar && f.pay.kind !== 'none'
    ? headlineWords[lang].barHours(f.pay.kind, hoursText(lang, f.hoursPerWeek))
    : activityWords(lang, f);
}

function activityWords(lang: Lang, f: Pick<HeadlineFacts, 'hoursPerWeek' | 'pay'>): string {
  const h = hoursText(lang, f.hoursPerWeek);
  const w = headlineWords[lang];
  switch (f.pay.kind) {
    case 'wage':
      return f.pay.minimum ? w.minimumWage(h) : w.wage(h, cents(lang, f.pay.hourlyWage));
    case 'allowance':
      return w.allowance(h, f.pay.amountPerHour === null ? null : cents(lang, f.pay.amountPerHour));
    case 'both':
      return w.both(h);
    case 'none':
      return w.none;
  }
}

/**
 * The headline as said on the card: past the exit point it goes on with what leaving cost and the
 * year (`sinceExitWords`). `short`: only the month lost, for the answer kept on screen. `bar`: the
 * answer bar's form on a phone, « Salaire 25 h : 347 $ de plus par mois, mais 187 $ de moins
 * qu’à 22,5 h : votre chèque d’aide s’arrête. ». `plain`: « Facile à lire », the same facts past
 * the exit point in short sentences (before it, the headline is already one short sentence).
 */
export function headline(
  f: HeadlineFacts,
  {
    short = false,
    bar = false,
    plain = false,
  }: { short?: boolean; bar?: boolean; plain?: boolean } = {},
): Localized {
  const say = (lang: Lang): string => {
    const w = headlineWords[lang];
    const start = startWords(lang, f, bar);
    if (f.pay.kind === 'none' || f.hoursPerWeek === 0)
      return `${start}${w.colon}${w.perMonth(wholeDollars(lang, f.amount))}`;
    const d = shownDifference(f.amount, f.amount - f.difference);
    const change =
      d === 0 ? w.noMore : d > 0 ? w.more(wholeDollars(lang, d)) : w.less(wholeDollars(lang, d));
    if (plain && f.sinceExit)
      return `${start}${w.colon}${change}${plainSinceExitWords(lang, f.sinceExit, f.amount, d, bar)}`;
    if (bar)
      return `${start}${w.colon}${change}${sinceExitWords(lang, f, d, true)}${f.sinceExit ? w.barChequeStops : ''}`;
    return `${start}${w.colon}${change}${sinceExitWords(lang, f, d, short)}`;
  };
  return { fr: say('fr'), en: say('en') };
}

/**
 * Past the exit point, the headline itself says what leaving costs a month, why, and the year:
 * « …, mais 306 $ de moins qu’à 22,5 h : votre chèque d’aide s’arrête. Sur un an, en comptant le
 * printemps : environ 2 650 $ de moins. »
 */
function sinceExitWords(lang: Lang, f: HeadlineFacts, difference: number, short: boolean): string {
  const s = f.sinceExit;
  if (!s) return '';
  const w = headlineWords[lang];
  const { h, less } = monthLost(lang, s, f.amount);
  const lost = `${difference > 0 ? w.but : w.and} ${w.lessThanAt(less, h)}`;
  if (short) return lost;
  return `${lost}${w.chequeStops(yearWords(lang, s, h))}`;
}

type SinceExit = NonNullable<HeadlineFacts['sinceExit']>;

/**
 * The hours compared with and the month lost, as the two headlines' whole dollars give it (at the
 * hours before, and now): « 22,5 h », « 187 $ ».
 */
function monthLost(lang: Lang, s: SinceExit, amount: number): { h: string; less: string } {
  const less = shownDifference(amount + s.lessPerMonth, amount);
  return { h: spokenHours(lang, s.hoursBefore), less: wholeDollars(lang, less) };
}

/** `sinceExitWords` in plain words: « . Mais c’est 187 $ de moins qu’à 22,5 h : … »; no year in the bar. */
function plainSinceExitWords(
  lang: Lang,
  s: SinceExit,
  amount: number,
  difference: number,
  bar: boolean,
): string {
  const w = headlineWords[lang];
  const { h, less } = monthLost(lang, s, amount);
  const lost = w.plainSinceExit(difference > 0, less, h);
  return bar ? lost : `${lost}${w.plainYear(yearWords(lang, s, h))}`;
}

function yearWords(lang: Lang, s: SinceExit, h: string): string {
  const w = headlineWords[lang];
  return Math.abs(s.yearChange) < 0.5
    ? w.sameYear(h)
    : w.yearChange(roughMoney(lang, s.yearChange), s.yearChange > 0, h);
}

/**
 * « Je ne sais pas » for an allowance: the headline says the range of its outcomes (not
 * recognized, recognized as a support allowance or as an employment assistance allowance), in the
 * same words as `headline`: « Avec 10 h par semaine payées en allocation (3,00 $ l’heure) : de 0 $
 * à 133 $ de plus par mois, selon la réponse du ministère ».
 */
export function rangeHeadline(
  f: Pick<HeadlineFacts, 'hoursPerWeek' | 'pay'>,
  difference: readonly [number, number],
  { bar = false }: { bar?: boolean } = {},
): Localized {
  // A loss keeps its sign (« de -20 $ à 133 $ »): the range is read from low to high.
  const signed = (lang: Lang, d: number) => wholeMoney(lang, Math.round(d));
  const say = (lang: Lang): string => {
    const w = headlineWords[lang];
    const start = startWords(lang, f, bar);
    const [low, high] = difference.map((d) => signed(lang, d));
    return `${start}${w.colon}${bar ? w.barRange(low!, high!) : w.range(low!, high!)}`;
  };
  return { fr: say('fr'), en: say('en') };
}
