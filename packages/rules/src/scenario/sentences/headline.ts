/**
 * The one sentence a person reads first for a scenario: « Avec 15 h par semaine au salaire
 * minimum : 413 $ de plus par mois ». Said on the headline figure (money per month, see
 * `scenario/money-per-month.ts`), in whole dollars: the exact amount stays beside it.
 */
import {
  money,
  num,
  roughMoney,
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

function activityWords(lang: Lang, f: HeadlineFacts): string {
  const h = num(lang, f.hoursPerWeek);
  const fr = lang === 'fr';
  switch (f.pay.kind) {
    case 'wage':
      if (f.pay.minimum)
        return fr
          ? `Avec ${h} h par semaine au salaire minimum`
          : `With ${h} h a week at the minimum wage`;
      return fr
        ? `Avec ${h} h par semaine à ${cents(lang, f.pay.hourlyWage)} l’heure`
        : `With ${h} h a week at ${cents(lang, f.pay.hourlyWage)} an hour`;
    case 'allowance':
      return fr
        ? `Avec ${h} h par semaine payées en allocation${f.pay.amountPerHour === null ? '' : ` (${cents(lang, f.pay.amountPerHour)} l’heure)`}`
        : `With ${h} h a week paid as an allowance${f.pay.amountPerHour === null ? '' : ` (${cents(lang, f.pay.amountPerHour)} an hour)`}`;
    case 'both':
      return fr ? `Avec ${h} h d’activité par semaine` : `With ${h} h of activity a week`;
    case 'none':
      return fr ? 'Sans activité' : 'With no activity';
  }
}

/**
 * The headline as said on the card: past the exit point it goes on with what leaving cost and the
 * year (`sinceExitWords`). `short`: only the month lost, for the answer kept on screen.
 */
export function headline(f: HeadlineFacts, { short = false }: { short?: boolean } = {}): Localized {
  const say = (lang: Lang): string => {
    const fr = lang === 'fr';
    const start = activityWords(lang, f);
    if (f.pay.kind === 'none' || f.hoursPerWeek === 0)
      return fr
        ? `${start} : ${wholeDollars(lang, f.amount)} par mois`
        : `${start}: ${wholeDollars(lang, f.amount)} a month`;
    const d = Math.round(f.difference);
    const change =
      d === 0
        ? fr
          ? 'pas plus d’argent par mois'
          : 'no more money a month'
        : d > 0
          ? fr
            ? `${wholeDollars(lang, d)} de plus par mois`
            : `${wholeDollars(lang, d)} more a month`
          : fr
            ? `${wholeDollars(lang, d)} de moins par mois`
            : `${wholeDollars(lang, d)} less a month`;
    const since = sinceExitWords(lang, f, d, short);
    return fr ? `${start} : ${change}${since}` : `${start}: ${change}${since}`;
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
  const fr = lang === 'fr';
  const h = `${num(lang, s.hoursBefore)} h`;
  const less = wholeDollars(lang, s.lessPerMonth);
  const joint = difference > 0 ? (fr ? ', mais' : ', but') : fr ? ', et' : ', and';
  if (short)
    return fr ? `${joint} ${less} de moins qu’à ${h}` : `${joint} ${less} less than at ${h}`;
  const yearAmount = roughMoney(lang, s.yearChange);
  const year =
    Math.abs(s.yearChange) < 0.5
      ? fr
        ? `pas de différence avec ${h}`
        : `no difference from ${h}`
      : fr
        ? `environ ${yearAmount} de ${s.yearChange > 0 ? 'plus' : 'moins'} qu’à ${h}`
        : `about ${yearAmount} ${s.yearChange > 0 ? 'more' : 'less'} than at ${h}`;
  return fr
    ? `${joint} ${less} de moins qu’à ${h} : votre chèque d’aide s’arrête. Sur un an, en comptant le printemps : ${year}.`
    : `${joint} ${less} less than at ${h}: your assistance cheque stops. Over a year, counting spring: ${year}.`;
}

/**
 * « Je ne sais pas » for an allowance: the headline says the range of its outcomes (not
 * recognized, recognized as a support allowance or as an employment assistance allowance), in the
 * same words as `headline`: « Avec 10 h par semaine payées en allocation (3,00 $ l’heure) : de 0 $
 * à 133 $ de plus par mois, selon la réponse du Ministère ».
 */
export function rangeHeadline(
  f: Pick<HeadlineFacts, 'hoursPerWeek' | 'pay'>,
  difference: readonly [number, number],
): Localized {
  // A loss keeps its sign (« de -20 $ à 133 $ »): the range is read from low to high.
  const signed = (lang: Lang, d: number) => wholeMoney(lang, Math.round(d));
  const say = (lang: Lang): string => {
    const start = activityWords(lang, { ...f, amount: 0, difference: 0 });
    const [low, high] = difference.map((d) => signed(lang, d));
    return lang === 'fr'
      ? `${start} : de ${low} à ${high} de plus par mois, selon la réponse du Ministère`
      : `${start}: ${low} to ${high} more a month, depending on the ministry’s answer`;
  };
  return { fr: say('fr'), en: say('en') };
}
