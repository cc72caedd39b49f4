/**
 * The money left after what working costs: a 328 $ gain that costs 100 $ of bus passes is a
 * 228 $ gain. The costs are the person's own amounts a month (transport; childcare, what is left
 * to pay), counted only in a scenario with an activity (no activity, no cost of going to work).
 * Nothing here changes a benefit, a tax or a credit: commuting is not deductible for an employee,
 * and assistance counts earnings before such costs. What is not computed is said: the Québec
 * refundable credit for childcare expenses (a non-subsidized place; Loi sur les impôts, s.
 * 1029.8.79) and the federal child care expense deduction (ITA s. 63) would give part of the
 * childcare back.
 */
import { wholeMoney, type Lang, type Localized } from '../i18n/localized.js';
import { dec, toCents } from '../money.js';

export interface CostsOfWorking {
  readonly transportPerMonth: number;
  readonly childcarePerMonth: number;
  readonly totalPerMonth: number;
  /** Money per month less the costs. */
  readonly amountAfterCosts: number;
  /** The change against no activity, less the costs (negative: less than without activity). */
  readonly differenceAfterCosts: number;
  /** « Après vos frais pour travailler (transport 100 $ par mois) : 228 $ de plus par mois… ». */
  readonly sentence: Localized;
  /** With childcare: the credit and the deduction not computed, said; null otherwise. */
  readonly childcareNote: Localized | null;
}

interface Facts {
  readonly transport: number;
  readonly childcare: number;
  readonly before: number;
  readonly after: number;
}

const whole = (lang: Lang, amount: number) => wholeMoney(lang, Math.abs(Math.round(amount)));

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
      `Après vos frais pour travailler (${list} par mois) : ${
        Math.round(f.after) > 0
          ? `${whole('fr', f.after)} de plus par mois que sans activité, au lieu de ${whole('fr', f.before)}.`
          : Math.round(f.after) < 0
            ? `${whole('fr', f.after)} de moins par mois que sans activité.`
            : 'autant que sans activité.'
      }`,
    childcareNote:
      'Frais de garde : le crédit d’impôt de Revenu Québec pour frais de garde (place non subventionnée) et la déduction fédérale ne sont pas comptés ici ; ils vous en rendraient une partie.',
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
      `After your costs of working (${list} a month): ${
        Math.round(f.after) > 0
          ? `${whole('en', f.after)} more a month than without activity, instead of ${whole('en', f.before)}.`
          : Math.round(f.after) < 0
            ? `${whole('en', f.after)} less a month than without activity.`
            : 'the same as without activity.'
      }`,
    childcareNote:
      'Childcare: Revenu Québec’s tax credit for childcare expenses (a non-subsidized place) and the federal child care expense deduction are not counted here; they would give you back part of these costs.',
  },
} as const;

/**
 * The costs in a scenario with an activity (`works`), given its money per month and its change
 * against no activity (dollars and cents); null without costs or without activity.
 */
export function costsOfWorking(
  costs: { readonly transportPerMonth: number; readonly childcarePerMonth: number } | undefined,
  works: boolean,
  amount: number,
  difference: number,
): CostsOfWorking | null {
  if (!costs || !works) return null;
  const total = dec(costs.transportPerMonth).plus(costs.childcarePerMonth);
  if (total.isZero()) return null;
  const facts: Facts = {
    transport: costs.transportPerMonth,
    childcare: costs.childcarePerMonth,
    before: difference,
    after: toCents(dec(difference).minus(total)),
  };
  return {
    transportPerMonth: costs.transportPerMonth,
    childcarePerMonth: costs.childcarePerMonth,
    totalPerMonth: toCents(total),
    amountAfterCosts: toCents(dec(amount).minus(total)),
    differenceAfterCosts: facts.after,
    sentence: {
      fr: words.fr.sentence(facts, words.fr.list(facts)),
      en: words.en.sentence(facts, words.en.list(facts)),
    },
    childcareNote:
      costs.childcarePerMonth > 0
        ? { fr: words.fr.childcareNote, en: words.en.childcareNote }
        : null,
  };
}
