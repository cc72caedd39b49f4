/**
 * Months toward the Programme de revenu de base. A person with severe employment constraints is
 * admitted after 66 months of the last 72 in the Programme de solidarité sociale; since January
 * 2023 a month counts when the person is entitled to a solidarity benefit *or to the ASM-2 claim
 * booklet* (ADEL, sujet 168216) — the booklet kept after leaving assistance because of work
 * income (ADEL, sujet 177701). So leaving for work does not stop the count while the booklet is
 * kept (48 months, on the condition of declaring the job in time, see `claim-booklet.ts`); once it
 * ends, the months stop counting. The count assumes the months are consecutive: the ministry's own
 * count decides.
 */
import type { Lang, Localized } from '../../i18n/localized.js';
import { lastDayOfMonth, monthName, monthsAfter, type Period } from '../../i18n/months.js';
import type { ReadParameter } from '../../parameters/parameter-set.js';
import { param, type RuleContext } from '../../rule-context.js';
import { declarationDeadline, type ClaimBooklet } from '../claim-booklet.js';

export const admissionCountSource = {
  title:
    'MESS, manuel ADEL — Prestataire du Programme de solidarité sociale depuis 66 mois au cours des 72 mois précédents',
  url: 'https://mani.mess.gouv.qc.ca/?sujet=168216',
};

/**
 * What the simulated month does to the count: it goes on while a solidarity benefit is paid
 * (`onSolidarity`) or while the ASM-2 booklet is kept after leaving for work (`whileBookletHeld`);
 * otherwise the ministry must say (`toCheck`).
 */
export type CountCourse = 'onSolidarity' | 'whileBookletHeld' | 'toCheck';

export interface AdmissionCount {
  /** Months already counted before the simulated month (as the person gave them), or null. */
  readonly monthsCounted: number | null;
  readonly monthsRequired: number;
  readonly windowMonths: number;
  readonly course: CountCourse;
  /** Months still needed, the simulated month included (null when the count is not known). */
  readonly monthsLeft: number | null;
  /** The month the 66th month would be, if every month from the simulated one counts; else null. */
  readonly reachedIn: Period | null;
  /**
   * With the booklet only, when it ends before the 66th month: the first month without it (as the
   * timeline's « Fin du carnet »), the count then stopped at `monthsAtStop`; else null.
   */
  readonly stopsIn: Period | null;
  readonly monthsAtStop: number | null;
  readonly sentence: Localized;
  readonly simpleSentence: Localized;
  /**
   * One line for a page that already says the booklet's condition (the meeting's handout), when
   * the months are given; null otherwise.
   */
  readonly briefSentence: Localized | null;
  readonly source: { readonly title: string; readonly url: string };
  readonly parameters: readonly ReadParameter[];
}

interface Facts {
  readonly counted: number | null;
  readonly required: number;
  readonly window: number;
  readonly course: CountCourse;
  readonly bookletMonths: number | null;
  readonly reachedIn: Period | null;
  readonly stopsIn: Period | null;
  readonly monthsAtStop: number | null;
  readonly period: Period;
}

/** The last day to declare the job (the booklet's condition, ADEL sujet 47000), in words. */
const declareBy = (lang: Lang, f: Facts) =>
  lastDayOfMonth(lang, declarationDeadline(f.period).period);

/** The rule's words, one table per language. */
const words = {
  fr: {
    rule: (f: Facts) =>
      `Revenu de base : il faut ${f.required} mois de solidarité sociale au cours des ${f.window} derniers mois.`,
    counted: (f: Facts) =>
      `Revenu de base : ${f.counted === 0 ? `vous n’avez encore aucun des ${f.required} mois` : `vous avez ${f.counted} des ${f.required} mois`} de solidarité sociale qu’il faut (au cours des ${f.window} derniers mois).`,
    reached: (f: Facts) =>
      `Revenu de base : vous avez déjà les ${f.required} mois de solidarité sociale qu’il faut (au cours des ${f.window} derniers mois) : vérifiez avec le ministère la date de votre admission ; les montants ici sont ceux de la solidarité sociale.`,
    course: (f: Facts) =>
      f.course === 'onSolidarity'
        ? 'Avec ce scénario, vous restez à la solidarité sociale et vos mois continuent de compter'
        : f.course === 'whileBookletHeld'
          ? `Avec ce scénario, l’aide tombe à zéro, mais vos mois comptent encore avec le carnet de réclamation (${f.bookletMonths} mois au plus), si vous déclarez votre emploi au ministère au plus tard le ${declareBy('fr', f)}`
          : 'Avec ce scénario, l’aide tombe à zéro : demandez au ministère si vos mois comptent encore',
    when: (f: Facts) =>
      f.reachedIn
        ? ` : vous auriez vos ${f.required} mois en ${monthName('fr', f.reachedIn)}, si vos mois se suivent (sinon, le compte du ministère décide).`
        : f.stopsIn
          ? `. Le carnet se terminerait en ${monthName('fr', f.stopsIn)}, à ${f.monthsAtStop} mois sur ${f.required} : ensuite, vos mois ne compteraient plus, sauf si vous revenez à la solidarité sociale.`
          : '.',
    unknown:
      ' Indiquez vos mois de solidarité sociale dans votre situation pour voir quand vous y arriveriez.',
    brief: (f: Facts) =>
      f.counted === null
        ? null
        : f.counted >= f.required
          ? `Revenu de base : vous avez déjà vos ${f.required} mois ; vérifiez avec le ministère la date de votre admission.`
          : `Revenu de base : ${f.counted} des ${f.required} mois comptés${f.reachedIn ? ',' : ' ;'} ${
              f.reachedIn
                ? `le ${f.required}e en ${monthName('fr', f.reachedIn)}${f.course === 'whileBookletHeld' ? ' (les mois avec le carnet comptent aussi)' : ''}.`
                : f.stopsIn
                  ? `le carnet de réclamation se terminerait en ${monthName('fr', f.stopsIn)}, à ${f.monthsAtStop} mois : ensuite, vos mois ne compteraient plus.`
                  : 'demandez au ministère si vos mois comptent encore.'
            }`,
    simple: (f: Facts) =>
      f.counted !== null && f.counted >= f.required
        ? `Vous avez déjà ${f.required} mois de solidarité sociale : demandez au ministère quand vous passez au revenu de base.`
        : `Après ${f.required} mois de solidarité sociale, on passe en général au revenu de base, qui paie plus. ${
            f.course === 'onSolidarity'
              ? 'Avec ce choix, vos mois continuent de compter.'
              : f.course === 'whileBookletHeld'
                ? `Avec ce choix, vos mois comptent encore tant que vous gardez votre carnet. Pour le garder, dites au ministère que vous travaillez, au plus tard le ${declareBy('fr', f)}.`
                : 'Avec ce choix, demandez au ministère si vos mois comptent encore.'
          }${
            f.reachedIn
              ? ` Vous auriez vos ${f.required} mois en ${monthName('fr', f.reachedIn)}.`
              : f.stopsIn
                ? ` Votre carnet se terminerait avant, en ${monthName('fr', f.stopsIn)} : ensuite, vos mois ne comptent plus.`
                : ''
          }`,
  },
  en: {
    rule: (f: Facts) =>
      `Basic income: it takes ${f.required} months of social solidarity within the last ${f.window} months.`,
    counted: (f: Facts) =>
      `Basic income: you have ${f.counted === 0 ? 'none' : f.counted} of the ${f.required} months of social solidarity it takes (within the last ${f.window} months).`,
    reached: (f: Facts) =>
      `Basic income: you already have the ${f.required} months of social solidarity it takes (within the last ${f.window} months): check with the ministry when you are admitted; the amounts here are social solidarity’s.`,
    course: (f: Facts) =>
      f.course === 'onSolidarity'
        ? 'With this scenario you stay on social solidarity and your months keep counting'
        : f.course === 'whileBookletHeld'
          ? `With this scenario assistance falls to zero, but your months still count with the claim booklet (${f.bookletMonths} months at most), if you declare your job to the ministry by ${declareBy('en', f)}`
          : 'With this scenario assistance falls to zero: ask the ministry whether your months still count',
    when: (f: Facts) =>
      f.reachedIn
        ? `: you would reach ${f.required} months in ${monthName('en', f.reachedIn)}, if your months follow one another (otherwise the ministry’s count decides).`
        : f.stopsIn
          ? `. The booklet would end in ${monthName('en', f.stopsIn)}, at ${f.monthsAtStop} months of ${f.required}: after that your months would no longer count, unless you return to social solidarity.`
          : '.',
    unknown:
      ' Give your months of social solidarity in your situation to see when you would get there.',
    brief: (f: Facts) =>
      f.counted === null
        ? null
        : f.counted >= f.required
          ? `Basic income: you already have your ${f.required} months; check with the ministry when you are admitted.`
          : `Basic income: ${f.counted} of ${f.required} months counted${f.reachedIn ? ',' : ';'} ${
              f.reachedIn
                ? `the ${f.required}th in ${monthName('en', f.reachedIn)}${f.course === 'whileBookletHeld' ? ' (months with the booklet count too)' : ''}.`
                : f.stopsIn
                  ? `the claim booklet would end in ${monthName('en', f.stopsIn)}, at ${f.monthsAtStop} months: after that your months would no longer count.`
                  : 'ask the ministry whether your months still count.'
            }`,
    simple: (f: Facts) =>
      f.counted !== null && f.counted >= f.required
        ? `You already have ${f.required} months of social solidarity: ask the ministry when you move to the basic income.`
        : `After ${f.required} months of social solidarity you usually move to the basic income, which pays more. ${
            f.course === 'onSolidarity'
              ? 'With this choice your months keep counting.'
              : f.course === 'whileBookletHeld'
                ? `With this choice your months still count while you keep your booklet. To keep it, tell the ministry you work, by ${declareBy('en', f)} at the latest.`
                : 'With this choice, ask the ministry whether your months still count.'
          }${
            f.reachedIn
              ? ` You would reach ${f.required} months in ${monthName('en', f.reachedIn)}.`
              : f.stopsIn
                ? ` Your booklet would end first, in ${monthName('en', f.stopsIn)}: after that your months no longer count.`
                : ''
          }`,
  },
} as const;

function sentence(lang: Lang, f: Facts): string {
  const w = words[lang];
  if (f.counted !== null && f.counted >= f.required) return w.reached(f);
  return f.counted === null
    ? `${w.rule(f)} ${w.course(f)}.${w.unknown}`
    : `${w.counted(f)} ${w.course(f)}${w.when(f)}`;
}

/**
 * The count for a household with an adult on solidarité sociale, in the simulated month; null
 * for any other household. `monthsCounted`: months already counted before that month.
 */
export function admissionCount(
  onSolidarity: boolean,
  monthsCounted: number | undefined,
  booklet: ClaimBooklet,
  period: Period,
  ctx: RuleContext,
): AdmissionCount | null {
  if (!onSolidarity) return null;
  const requiredParam = param(ctx, 'basicIncome.admission.monthsRequired');
  const windowParam = param(ctx, 'basicIncome.admission.windowMonths');
  const required = requiredParam.value.toNumber();
  const window = windowParam.value.toNumber();
  const course: CountCourse =
    booklet.status === 'held'
      ? 'onSolidarity'
      : booklet.status === 'keptAfterLeaving'
        ? 'whileBookletHeld'
        : 'toCheck';
  const counted = monthsCounted ?? null;
  const left = counted === null ? null : Math.max(0, required - counted);
  const bookletMonths = course === 'whileBookletHeld' ? booklet.monthsAfterLeaving : null;
  // The simulated month is the next one counted: the 66th is `left - 1` months after it. When
  // the job starts that month, its cheque is still paid on the month before's income (the
  // one-month lag the timeline shows), so it counts as a solidarity month; the booklet's months
  // follow it (as the timeline's « Fin du carnet », `stopsIn` is the first month without it).
  const countable = bookletMonths === null ? null : 1 + bookletMonths;
  const reaches =
    left !== null &&
    left > 0 &&
    (course === 'onSolidarity' || (countable !== null && left <= countable));
  const stops = left !== null && left > 0 && countable !== null && left > countable;
  const facts: Facts = {
    counted,
    required,
    window,
    course,
    bookletMonths,
    reachedIn: reaches ? monthsAfter(period, left - 1) : null,
    stopsIn: stops ? monthsAfter(period, countable) : null,
    monthsAtStop: stops ? counted! + countable : null,
    period,
  };
  return {
    monthsCounted: counted,
    monthsRequired: required,
    windowMonths: window,
    course,
    monthsLeft: left,
    reachedIn: facts.reachedIn,
    stopsIn: facts.stopsIn,
    monthsAtStop: facts.monthsAtStop,
    sentence: { fr: sentence('fr', facts), en: sentence('en', facts) },
    simpleSentence: { fr: words.fr.simple(facts), en: words.en.simple(facts) },
    briefSentence:
      counted === null ? null : { fr: words.fr.brief(facts)!, en: words.en.brief(facts)! },
    source: admissionCountSource,
    parameters: [requiredParam, windowParam, ...booklet.parameters],
  };
}
