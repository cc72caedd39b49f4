/**
 * Cliffs and plateaus of a sweep, said in words: the ranges of weekly hours where more work gives
 * less money per month (a cliff: leaving assistance, losing the 25 % work income supplement, a
 * credit phased out faster than pay rises) or almost nothing (a plateau: an allowance counted in
 * full against the cheque, earnings above the exclusion reduced dollar for dollar). Measured on
 * the headline figure (`moneyPerMonth`), so that the sentences agree with the amounts a person
 * reads for each number of hours. Pure: a sweep in, ranges with fr/en sentences out.
 */
import {
  roughMoney,
  spokenHours,
  wholeMoney,
  type Localized,
  type Lang,
} from '../i18n/localized.js';
import type { Sweep, SweepPoint } from '../scenario/api.js';
import { shownDifference } from '../scenario/sentences/headline.js';
import { cliffWords, type TrapCause } from './cliff-sentences.js';

export { roughMoney };

export type { TrapCause };

export interface IncomeTrap {
  readonly kind: 'cliff' | 'plateau';
  /** Hours a week where the range starts (for a cliff: the last point before money falls). */
  readonly fromHours: number;
  /**
   * Hours a week where it ends: for a cliff, where money is back at its level of `fromHours`
   * (`recovered` false: not within the sweep, then the sweep's last point).
   */
  readonly toHours: number;
  readonly recovered: boolean;
  /** Cliff: hours of the lowest point; plateau: equals `toHours`. */
  readonly lowestHours: number;
  /** Cliff: money per month lost at the lowest point compared with `fromHours` (> 0); plateau: 0. */
  readonly lossPerMonth: number;
  /** Plateau: money per month gained over the whole range (small); cliff: 0. */
  readonly gainPerMonth: number;
  /**
   * Cliff: the change over a year, spring included (the tax return's credits and supplements),
   * at the first point off assistance inside the range (else the lowest point) compared with
   * `fromHours` (negative: less); plateau: over the range. A
   * month lost can be partly or wholly won back in spring: both are said.
   */
  readonly yearChange: number;
  /** Where assistance stops, when the range is caused by leaving it. */
  readonly exitHours: number | null;
  readonly cause: TrapCause;
  readonly explanation: Localized;
  /** The same in plain words (« Facile à lire »): short sentences, amounts to the ten dollars. */
  readonly simpleExplanation: Localized;
  /**
   * A cliff's sentences without their year: where the card's headline already says the year at
   * the person's own hours against the same `fromHours` (`moneyPerMonth.sinceExit`), a second
   * year read at other hours (« à 23 h ») would be two figures for one question. Plateaus: as
   * `explanation` and `simpleExplanation`.
   */
  readonly withoutYear: { readonly explanation: Localized; readonly simpleExplanation: Localized };
  /** A few words for the answer kept on screen (« l’aide s’arrête vers 22,6 h par semaine. »). */
  readonly brief: Localized;
  /** The same in plain words. */
  readonly simpleBrief: Localized;
}

/**
 * A trap's sentences said beside a headline: without its own year when a sentence beside it
 * already says the year from the same hours. One year figure for one question:
 * - past the exit, the headline (`moneyPerMonth.sinceExit`; a range headline passes null):
 *   « 1 710 $ de moins qu’à 22,5 h » at 25 h, not also « 2 650 $ … à 23 h »;
 * - when one more hour crosses where the cliff starts, the next hour's line when it says its year:
 *   at 22,5 h, « une heure de plus … environ 2 420 $ de moins » sur un an, not also « 2 650 $ … à
 *   23 h »; at 22 h, « … environ 2 610 $ de moins ». A page that does not show the next hour (a
 *   printout) passes null and keeps the cliff's year.
 */
export function trapWordsBeside(
  trap: IncomeTrap,
  sinceExit: { readonly hoursBefore: number } | null | undefined,
  next: Pick<NextHour, 'hoursPerWeek' | 'saysYear'> | null = null,
): Pick<IncomeTrap, 'explanation' | 'simpleExplanation'> {
  const headlineSaysYear = sinceExit != null && trap.fromHours === sinceExit.hoursBefore;
  // The next hour's step (h → h + 1) crosses where the cliff starts: it compares the same drop.
  const nextHourSaysYear =
    next !== null &&
    next.saysYear &&
    trap.fromHours >= next.hoursPerWeek &&
    trap.fromHours < next.hoursPerWeek + 1;
  return headlineSaysYear || nextHourSaysYear ? trap.withoutYear : trap;
}

export interface FindCliffsOptions {
  /** A drop smaller than this (dollars a month) is not a cliff: rounding, not a trap. Default 1. */
  readonly minimumLoss?: number;
  /** A plateau keeps less than this share of each extra dollar earned. Default 0.05 (5 cents). */
  readonly plateauKeepRate?: number;
  /** A plateau lasts at least this many hours a week. Default 1. */
  readonly minimumPlateauHours?: number;
  /**
   * Where assistance stops (`SimulationResult.exit.hoursPerWeekAtExit`), said as that number;
   * without it, the first point of the sweep off assistance.
   */
  readonly exitHoursPerWeek?: number | null;
}

const earned = (p: SweepPoint) => p.grossEarnings + p.allowances;

/** Money over a year at a point, spring included: the tax year's disposable income. */
const yearOf = (p: SweepPoint) => p.disposableIncomeAfterTaxes * 12;
const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * « Sur un an, en comptant le printemps, environ 2 650 $ de moins à 23 h qu’à 22,5 h. »: the year
 * beside the month, since the spring return can turn a monthly loss into a yearly gain.
 */
function yearSentence(
  lang: Lang,
  change: number,
  at: number,
  from: number,
  plain: boolean,
): string {
  const h = (x: number) => spokenHours(lang, x);
  const say = cliffWords[lang].year;
  if (Math.abs(change) < 0.5) return plain ? say.samePlain : say.same(h(at), h(from));
  const m = roughMoney(lang, change);
  const more = change > 0;
  return plain ? say.changePlain(m, more, h(at), h(from)) : say.change(m, more, h(at), h(from));
}

/**
 * The hours every participant surface sweeps to find cliffs and plateaus (the simulator's chart,
 * the comparison table): one range, so that a cliff's extent (« Entre 22,5 h et 29 h ») is the
 * same wherever it is said, even where the rows shown stop at 25 h.
 */
export const cliffSearchHours = { from: 0, to: 40, step: 0.5 } as const;

/** Every cliff and plateau of a sweep, in order of hours. */
export function findCliffs(sweep: Sweep, options: FindCliffsOptions = {}): IncomeTrap[] {
  const minimumLoss = options.minimumLoss ?? 1;
  const keep = options.plateauKeepRate ?? 0.05;
  const minimumPlateau = options.minimumPlateauHours ?? 1;
  const p = sweep.points;
  const traps: IncomeTrap[] = [];
  let plateauStart: number | null = null;
  const closePlateau = (end: number) => {
    if (plateauStart === null) return;
    const from = p[plateauStart]!;
    const to = p[end]!;
    if (to.hoursPerWeek - from.hoursPerWeek >= minimumPlateau) {
      traps.push(plateau(sweep, from, to));
    }
    plateauStart = null;
  };
  let i = 0;
  while (i + 1 < p.length) {
    const here = p[i]!;
    const next = p[i + 1]!;
    if (next.moneyPerMonth < here.moneyPerMonth - minimumLoss) {
      closePlateau(i);
      let end = i + 1;
      while (end < p.length - 1 && p[end]!.moneyPerMonth < here.moneyPerMonth) end++;
      let lowest = i + 1;
      for (let k = i + 1; k <= end; k++)
        if (p[k]!.moneyPerMonth < p[lowest]!.moneyPerMonth) lowest = k;
      traps.push(
        cliff(
          sweep,
          here,
          p[lowest]!,
          p[end]!,
          p[end]!.moneyPerMonth >= here.moneyPerMonth,
          options.exitHoursPerWeek ?? null,
        ),
      );
      i = end;
      continue;
    }
    const extra = earned(next) - earned(here);
    const kept = next.moneyPerMonth - here.moneyPerMonth;
    if (extra > 0 && kept < extra * keep) {
      if (plateauStart === null) plateauStart = i;
    } else {
      closePlateau(i);
    }
    i++;
  }
  closePlateau(p.length - 1);
  return traps;
}

function causeOf(sweep: Sweep, from: SweepPoint, to: SweepPoint): TrapCause {
  if (from.onAssistance && !to.onAssistance) return 'leavingAssistance';
  if (from.workIncomeSupplement > to.workIncomeSupplement && to.onAssistance)
    return 'workIncomeSupplement';
  if (from.onAssistance && to.benefit < from.benefit)
    return sweep.activity === 'allowance' ? 'allowanceCounted' : 'assistanceReduction';
  return 'creditsAndTaxes';
}

/** The first point off assistance after `from`, for « l'aide s'arrête vers … ». */
function exitBetween(sweep: Sweep, from: SweepPoint, to: SweepPoint): number | null {
  const off = sweep.points.find(
    (q) =>
      q.hoursPerWeek > from.hoursPerWeek && q.hoursPerWeek <= to.hoursPerWeek && !q.onAssistance,
  );
  return off ? off.hoursPerWeek : null;
}

function cliff(
  sweep: Sweep,
  from: SweepPoint,
  lowest: SweepPoint,
  end: SweepPoint,
  recovered: boolean,
  exactExit: number | null,
): IncomeTrap {
  const cause = causeOf(sweep, from, lowest);
  // Where the cheque stops inside this cliff, whatever the first cause of the drop (for a single
  // parent the 25 % supplement ends first, then the cheque): said once, as `simulate` computes it
  // (exit.ts rounds it up to the tenth of an hour, so that at the hours said assistance is nil).
  const exactInside =
    exactExit !== null &&
    exactExit > from.hoursPerWeek - 0.5 &&
    exactExit <= lowest.hoursPerWeek + 0.5;
  const exitHours = exactInside
    ? exactExit
    : cause === 'leavingAssistance'
      ? exitBetween(sweep, from, lowest)
      : null;
  // Said with its cheque: a sentence that begins « l'aide s'arrête » and gives « le supplément
  // diminue » as the reason read as two stories (a single parent's warning did). When the cheque
  // stops inside the range, leaving assistance is the cause said, the supplement with it.
  const causeSaid: TrapCause = exitHours !== null ? 'leavingAssistance' : cause;
  const loss = Math.round((from.moneyPerMonth - lowest.moneyPerMonth) * 100) / 100;
  // Said in the whole dollars the two headlines show (at `from` and at the lowest point): the
  // card's « 306 $ de moins qu'à 22,5 h » at 23 h and this « jusqu'à 306 $ » are one number.
  const shownLoss = shownDifference(from.moneyPerMonth, lowest.moneyPerMonth);
  // The year is read where the cheque has stopped when it stops inside the range: at the lowest
  // month a few cents of assistance can remain, and with them no work premium supplement yet
  // (it comes with leaving), which would show a yearly loss the next half hour does not have.
  const offAssistance =
    exitHours !== null
      ? sweep.points.find(
          (q) =>
            q.hoursPerWeek > from.hoursPerWeek &&
            q.hoursPerWeek <= end.hoursPerWeek &&
            !q.onAssistance,
        )
      : undefined;
  const yearPoint = offAssistance ?? lowest;
  const yearChange = cents(yearOf(yearPoint) - yearOf(from));
  const a = from.hoursPerWeek;
  const b = end.hoursPerWeek;
  const sentence = (lang: Lang, withYear = true): string => {
    const h = (x: number) => spokenHours(lang, x);
    const lost = wholeMoney(lang, shownLoss);
    const say = cliffWords[lang];
    // The exit between two half hours (22,6 h) and the last one with a cheque (22,5 h), which the
    // range and the headline compare with: both named, so a reader sees why two numbers.
    const lastWith = exitHours !== null && exitHours !== a ? h(a) : null;
    const start = exitHours !== null ? say.cliff.exit(h(exitHours), lastWith) : '';
    const range = recovered ? say.cliff.recovered(h(a), h(b), lost) : say.cliff.beyond(h(a), lost);
    const why = say.cliff.because(say.causes[causeSaid]);
    const year = withYear ? yearSentence(lang, yearChange, yearPoint.hoursPerWeek, a, false) : '';
    return `${start}${range}${why}${year}`;
  };
  return {
    kind: 'cliff',
    fromHours: a,
    toHours: b,
    recovered,
    lowestHours: lowest.hoursPerWeek,
    lossPerMonth: loss,
    gainPerMonth: 0,
    yearChange,
    exitHours,
    cause,
    explanation: { fr: sentence('fr'), en: sentence('en') },
    withoutYear: {
      explanation: { fr: sentence('fr', false), en: sentence('en', false) },
      simpleExplanation: plainWords(
        'cliff',
        a,
        b,
        recovered,
        shownLoss,
        0,
        exitHours,
        null,
        yearPoint.hoursPerWeek,
      ).simpleExplanation,
    },
    ...plainWords(
      'cliff',
      a,
      b,
      recovered,
      shownLoss,
      0,
      exitHours,
      yearChange,
      yearPoint.hoursPerWeek,
    ),
  };
}

/**
 * A trap in plain words (« Facile à lire ») and in a few words for the answer bar: the rule says
 * them, the pages show them.
 */
function plainWords(
  kind: 'cliff' | 'plateau',
  from: number,
  to: number,
  recovered: boolean,
  /** The month lost, in the whole dollars the headlines show. */
  loss: number,
  gain: number,
  exitHours: number | null,
  /** Null: the year is not said (`IncomeTrap.withoutYear`). */
  yearChange: number | null,
  /** Where the year is read (the standard sentence's « à 23 h »): the plain one names it too. */
  yearAt: number,
): Pick<IncomeTrap, 'simpleExplanation' | 'brief' | 'simpleBrief'> {
  const simple = (lang: Lang): string => {
    const h = (x: number) => spokenHours(lang, x);
    const say = cliffWords[lang].simple;
    if (kind === 'plateau') return say.plateau(h(from), h(to), Math.abs(gain) < 0.5);
    const lost = wholeMoney(lang, loss);
    const stop =
      exitHours === null ? '' : say.stop(h(exitHours), exitHours !== from ? h(from) : null);
    const year = yearChange === null ? '' : yearSentence(lang, yearChange, yearAt, from, true);
    return `${say.cliff(stop, h(from), lost, year)}${recovered ? say.recovered(h(to), h(from)) : ''}`;
  };
  const brief = (lang: Lang, plain: boolean): string => {
    const h = (x: number) => spokenHours(lang, x);
    const say = cliffWords[lang].brief;
    if (exitHours !== null) return plain ? say.exitPlain(h(exitHours)) : say.exit(h(exitHours));
    return plain ? say.lessPlain(h(from)) : say.less(h(from));
  };
  return {
    simpleExplanation: { fr: simple('fr'), en: simple('en') },
    brief: { fr: brief('fr', false), en: brief('en', false) },
    simpleBrief: { fr: brief('fr', true), en: brief('en', true) },
  };
}

function plateau(sweep: Sweep, from: SweepPoint, to: SweepPoint): IncomeTrap {
  const cause = causeOf(sweep, from, to);
  const gain = Math.round((to.moneyPerMonth - from.moneyPerMonth) * 100) / 100;
  const yearChange = cents(yearOf(to) - yearOf(from));
  const a = from.hoursPerWeek;
  const b = to.hoursPerWeek;
  // Nothing at all (an allowance counted in full) or almost nothing: said as it is.
  const nothingAtAll = Math.abs(gain) < 0.5;
  const sentence = (lang: Lang): string => {
    const h = (x: number) => spokenHours(lang, x);
    const say = cliffWords[lang];
    return say.plateau.sentence(h(a), h(b), say.plateau.what(nothingAtAll), say.causes[cause]);
  };
  // A plateau's sentences say no year: the same with or without it.
  const plateauWords = {
    explanation: { fr: sentence('fr'), en: sentence('en') },
    ...plainWords('plateau', a, b, false, 0, gain, null, yearChange, b),
  };
  return {
    kind: 'plateau',
    fromHours: a,
    toHours: b,
    recovered: false,
    lowestHours: b,
    lossPerMonth: 0,
    gainPerMonth: gain,
    yearChange,
    exitHours: null,
    cause,
    ...plateauWords,
    withoutYear: {
      explanation: plateauWords.explanation,
      simpleExplanation: plateauWords.simpleExplanation,
    },
  };
}

export interface NextHour {
  readonly hoursPerWeek: number;
  /** Change of money per month for one more hour a week (negative: a loss). */
  readonly changePerMonth: number;
  /** Change over a year, spring included (the tax return's credits and supplements). */
  readonly changePerYear: number;
  /** Whether the sentences say the year too (when it disagrees with the month, or the month changes by 50 $ or more). */
  readonly saysYear: boolean;
  readonly explanation: Localized;
  /** The same in plain words. */
  readonly simpleExplanation: Localized;
}

/**
 * What one more hour a week changes to the money per month, read in the sweep (null when the
 * sweep has no point at `hours` or at `hours + 1`).
 */
export function nextHour(sweep: Sweep, hours: number): NextHour | null {
  const at = (h: number) => sweep.points.find((q) => Math.abs(q.hoursPerWeek - h) < 1e-9);
  const here = at(hours);
  const next = at(hours + 1);
  if (!here || !next) return null;
  const change = Math.round((next.moneyPerMonth - here.moneyPerMonth) * 100) / 100;
  const changePerYear = cents(yearOf(next) - yearOf(here));
  // The year beside the month when they disagree, or when the month changes by much: a loss a
  // month can be a gain over the year once spring is counted, and the reverse.
  const yearToo =
    Math.sign(Math.round(change)) !== Math.sign(Math.round(changePerYear)) ||
    Math.abs(change) >= 50;
  const year = (lang: Lang, plain: boolean) => {
    if (!yearToo) return '';
    const say = cliffWords[lang].nextHour;
    const m = roughMoney(lang, changePerYear);
    const more = changePerYear >= 0;
    if (Math.abs(changePerYear) < 0.5) return plain ? say.yearSamePlain : say.yearSame;
    return plain ? say.yearChangePlain(m, more) : say.yearChange(m, more);
  };
  const say = (lang: Lang) => `${sayMonth(lang)}${year(lang, false)}`;
  const plain = (lang: Lang) => `${plainMonth(lang)}${year(lang, true)}`;
  const sayMonth = (lang: Lang) => {
    const words = cliffWords[lang].nextHour;
    const m = wholeMoney(lang, Math.abs(Math.round(change)));
    if (Math.abs(change) < 0.5) return words.nothing;
    return change >= 0 ? words.gain(m) : words.loss(m);
  };
  const plainMonth = (lang: Lang) => {
    const words = cliffWords[lang].nextHour;
    const m = wholeMoney(lang, Math.abs(Math.round(change)));
    if (Math.abs(change) < 0.5) return words.nothingPlain;
    return change > 0 ? words.gainPlain(m) : words.lossPlain(m);
  };
  return {
    hoursPerWeek: hours,
    changePerMonth: change,
    changePerYear,
    saysYear: yearToo,
    explanation: { fr: say('fr'), en: say('en') },
    simpleExplanation: { fr: plain('fr'), en: plain('en') },
  };
}
