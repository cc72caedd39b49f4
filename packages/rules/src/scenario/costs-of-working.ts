/**
 * The money left after what working costs: a 328 $ gain that costs 100 $ of bus passes is a
 * 228 $ gain. The costs are the person's own amounts a month (transport; childcare, what is left
 * to pay), counted only in a scenario with an activity (no activity, no cost of going to work).
 * Nothing here changes a benefit, a tax or a credit: commuting is not deductible for an employee,
 * and assistance counts earnings before such costs. What is not computed is said: the Québec
 * refundable credit for childcare expenses (a non-subsidized place; Loi sur les impôts, s.
 * 1029.8.79) and the federal child care expense deduction (ITA s. 63) would give part of the
 * childcare back; the note gives the credit's range of rates from Revenu Québec's table (its
 * per-child expense limits were not found at an official page, so the credit is not computed).
 */
import { shownDifference } from './sentences/headline.js';
import { percent, wholeMoney, type Lang, type Localized } from '../i18n/localized.js';
import { dec, toCents } from '../money.js';
import { scaleParam, type RuleContext } from '../rule-context.js';

export interface CostsOfWorking {
  readonly transportPerMonth: number;
  readonly childcarePerMonth: number;
  readonly totalPerMonth: number;
  /** Money per month less the costs. */
  readonly amountAfterCosts: number;
  /** The change against no activity, less the costs (negative: less than without activity). */
  readonly differenceAfterCosts: number;
  /**
   * « Après vos frais pour travailler (transport 100 $ par mois) : 311 $ de plus par mois que sans
   * activité, au lieu de 411 $. »: whole dollars that add up (the gain said as the headline says
   * it, less each cost said).
   */
  readonly sentence: Localized;
  /** The same in plain words (« Facile à lire »). */
  readonly simpleSentence: Localized;
  /**
   * One line under the answer bar's headline, which says « par mois »: « Après vos frais : 311 $ de
   * plus. » (on a 360 px phone the longer line took two).
   */
  readonly shortSentence: Localized;
  /** An activity paid as an allowance only: ask whether the costs can be reimbursed; else null. */
  readonly allowanceNote: Localized | null;
  /** With childcare: the credit and the deduction not computed, said; null otherwise. */
  readonly childcareNote: Localized | null;
}

/** The credit's rates as the note says them: the highest (lowest incomes) and the lowest. */
interface ChildcareRates {
  readonly highest: number;
  readonly lowest: number;
  /** The highest rate applies up to this family income. */
  readonly upTo: number;
  /** The year of the table read (a later year reads the last one published). */
  readonly year: number;
}

interface Facts {
  /** Each cost and the gain as the sentence says them, in whole dollars. */
  readonly transport: number;
  readonly childcare: number;
  readonly before: number;
  /** The gain less the costs as said: the sentence's three figures add up. */
  readonly after: number;
  /** A wage in the scenario (« pour travailler »), or an allowance only (« pour votre activité »). */
  readonly work: boolean;
}

const whole = (lang: Lang, amount: number) => wholeMoney(lang, Math.abs(amount));

/** The rule's words, one table per language. */
const words = {
  fr: {
    list: (f: Facts) =>
      [
        f.transport > 0 ? `transport ${whole('fr', f.transport)}` : '',
        f.childcare > 0 ? `garde d’enfants ${whole('fr', f.childcare)}` : '',
      ]
        .filter(Boolean)
        .join(' et '),
    sentence: (f: Facts, list: string) =>
      `Après vos frais pour ${f.work ? 'travailler' : 'votre activité'} (${list} par mois) : ${
        f.after > 0
          ? `${whole('fr', f.after)} de plus par mois que sans activité, au lieu de ${whole('fr', f.before)}.`
          : f.after < 0
            ? `${whole('fr', f.after)} de moins par mois que sans activité.`
            : 'autant que sans activité.'
      }`,
    simple: (f: Facts) =>
      `Après vos frais (${whole('fr', f.transport + f.childcare)} par mois), ${
        f.after > 0
          ? `il vous reste ${whole('fr', f.after)} de plus par mois.`
          : f.after < 0
            ? `vous avez ${whole('fr', f.after)} de moins par mois que sans activité.`
            : 'vous avez autant que sans activité.'
      }`,
    short: (f: Facts) =>
      `Après vos frais : ${
        f.after > 0
          ? `${whole('fr', f.after)} de plus.`
          : f.after < 0
            ? `${whole('fr', f.after)} de moins.`
            : 'autant que sans activité.'
      }`,
    allowanceNote:
      'Pour une activité payée en allocation, demandez à votre agente ou agent et à l’organisme si ces frais peuvent vous être remboursés.',
    childcareNote: (r: ChildcareRates) =>
      `Frais de garde : si la place n’est pas subventionnée, le crédit d’impôt de Revenu Québec pour frais de garde d’enfants en rembourse de ${percent('fr', r.lowest)} à ${percent('fr', r.highest)} selon le revenu familial (${percent('fr', r.highest)} jusqu’à ${wholeMoney('fr', r.upTo)} ; taux de ${r.year}), au printemps ou chaque mois par versements anticipés. Ce crédit n’est pas compté ici, ni la déduction fédérale pour frais de garde.`,
  },
  en: {
    list: (f: Facts) =>
      [
        f.transport > 0 ? `transport ${whole('en', f.transport)}` : '',
        f.childcare > 0 ? `childcare ${whole('en', f.childcare)}` : '',
      ]
        .filter(Boolean)
        .join(' and '),
    sentence: (f: Facts, list: string) =>
      `After your costs of ${f.work ? 'working' : 'your activity'} (${list} a month): ${
        f.after > 0
          ? `${whole('en', f.after)} more a month than without activity, instead of ${whole('en', f.before)}.`
          : f.after < 0
            ? `${whole('en', f.after)} less a month than without activity.`
            : 'the same as without activity.'
      }`,
    simple: (f: Facts) =>
      `After your costs (${whole('en', f.transport + f.childcare)} a month), ${
        f.after > 0
          ? `you have ${whole('en', f.after)} more a month left.`
          : f.after < 0
            ? `you have ${whole('en', f.after)} less a month than without activity.`
            : 'you have the same as without activity.'
      }`,
    short: (f: Facts) =>
      `After your costs: ${
        f.after > 0
          ? `${whole('en', f.after)} more.`
          : f.after < 0
            ? `${whole('en', f.after)} less.`
            : 'the same as without activity.'
      }`,
    allowanceNote:
      'For an activity paid as an allowance, ask your agent and the organization whether these costs can be reimbursed.',
    childcareNote: (r: ChildcareRates) =>
      `Childcare: if the place is not subsidized, Revenu Québec’s tax credit for childcare expenses refunds ${percent('en', r.lowest)} to ${percent('en', r.highest)} of it depending on family income (${percent('en', r.highest)} up to ${wholeMoney('en', r.upTo)}; ${r.year} rates), in spring or each month through advance payments. This credit is not counted here, nor is the federal child care expense deduction.`,
  },
} as const;

/**
 * The costs in a scenario with hours of activity (`work` with a wage, `allowance` with an
 * allowance only), given its money per month and its change against no activity (dollars and
 * cents); null without costs or without activity.
 */
export function costsOfWorking(
  costs: { readonly transportPerMonth: number; readonly childcarePerMonth: number } | undefined,
  activity: 'work' | 'allowance' | null,
  amount: number,
  difference: number,
  ctx: RuleContext,
): CostsOfWorking | null {
  if (!costs || !activity) return null;
  const total = dec(costs.transportPerMonth).plus(costs.childcarePerMonth);
  if (total.isZero()) return null;
  const transport = Math.round(costs.transportPerMonth);
  const childcare = Math.round(costs.childcarePerMonth);
  // The gain a reader finds from the dollars shown, as the headline says it.
  const before = shownDifference(amount, amount - difference);
  const facts: Facts = {
    transport,
    childcare,
    before,
    after: before - transport - childcare,
    work: activity === 'work',
  };
  return {
    transportPerMonth: costs.transportPerMonth,
    childcarePerMonth: costs.childcarePerMonth,
    totalPerMonth: toCents(total),
    amountAfterCosts: toCents(dec(amount).minus(total)),
    differenceAfterCosts: toCents(dec(difference).minus(total)),
    sentence: {
      fr: words.fr.sentence(facts, words.fr.list(facts)),
      en: words.en.sentence(facts, words.en.list(facts)),
    },
    simpleSentence: { fr: words.fr.simple(facts), en: words.en.simple(facts) },
    shortSentence: { fr: words.fr.short(facts), en: words.en.short(facts) },
    allowanceNote:
      activity === 'allowance' ? { fr: words.fr.allowanceNote, en: words.en.allowanceNote } : null,
    childcareNote:
      costs.childcarePerMonth > 0
        ? ((r) => ({ fr: words.fr.childcareNote(r), en: words.en.childcareNote(r) }))(
            childcareRates(ctx),
          )
        : null,
  };
}

/** The range of the credit's rates in Revenu Québec's table in force (LI s. 1029.8.79). */
function childcareRates(ctx: RuleContext): ChildcareRates {
  const table = scaleParam(ctx, 'credits.childcareExpenses.rates');
  const rates = table.brackets.map((b) => b.rate.toNumber());
  return {
    highest: Math.max(...rates),
    lowest: Math.min(...rates),
    upTo: table.brackets[1]?.threshold.toNumber() ?? 0,
    year: Number(table.entry.effectiveFrom.slice(0, 4)),
  };
}
