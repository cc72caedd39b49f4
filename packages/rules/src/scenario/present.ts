/** Turns a computed scenario into the public result: rounding, explanations, notices. */
import { annualOf, type Computed } from '../explain/computed.js';
import { money, num, wholeMoney, hoursUnit } from '../i18n/localized.js';
import type { ValidSimulationInput } from '../input/schema.js';
import { max0, sum, toCents, TWELVE } from '../money.js';
import type { ReadParameter } from '../parameters/parameter-set.js';
import { programNames, singlePersonAdjustmentApplies } from '../programs/last-resort/needs.js';
import {
  allowanceTreatmentLabel,
  recognitionExclusions,
} from '../programs/third-party-allowance.js';
import { param, type RuleContext } from '../rule-context.js';
import type { ScenarioCore } from './core.js';
import { cashByMonth, firstHalfCredits, premiumWithoutBooklet, type AnnualCore } from './annual.js';
import type { ExitPoint } from './exit.js';
import { comparisonFigures, taxYearFigures, totals } from './figures.js';
import {
  creditPeriodLabel,
  moneyPerMonth,
  paymentPeriodDifference,
  moneyPerMonthDefinition,
  springAmount,
} from './money-per-month.js';
import { headline, shownDifference, type HeadlineFacts } from './sentences/headline.js';
import { coverageSentence, simpleCoverageSentence } from './sentences/coverage.js';
import { admissionCount } from '../programs/basic-income/admission-count.js';
import { sicknessCover } from '../programs/ei-sickness.js';
import { costsOfWorking } from './costs-of-working.js';
import { uncertaintyOf } from './sentences/uncertainty.js';
import type { MarginalRates } from './marginal.js';
import type { YearRun } from './run-year.js';
import { resultAssumptions as assumptions } from './assumptions.js';
import type { AmountLine, Notice, ParameterReference, SimulationResult } from './result.js';

export function parameterReference(p: ReadParameter): ParameterReference {
  return {
    id: p.id,
    label: p.definition.label,
    // A scale reads « threshold→rate » per bracket: « 0→0.14; 53255→0.19; … ».
    value: p.entry.brackets?.map((b) => `${b.threshold}→${b.rate}`).join('; ') ?? p.entry.value!,
    ...(p.entry.brackets === undefined
      ? {}
      : {
          brackets: p.entry.brackets.map((b) => ({
            threshold: Number(b.threshold),
            rate: Number(b.rate),
          })),
        }),
    unit: p.definition.unit,
    effectiveFrom: p.entry.effectiveFrom,
    status: p.entry.status,
    verified: p.entry.verified,
    source: p.entry.source,
    ...(p.entry.method === undefined ? {} : { method: p.entry.method }),
    ...(p.entry.note === undefined ? {} : { note: p.entry.note }),
  };
}

const noText = { fr: '', en: '' };

function line(c: Computed, explain: boolean): AmountLine {
  if (!explain) {
    return {
      id: c.ruleId,
      label: c.label,
      monthly: toCents(c.value),
      annual: toCents(annualOf(c)),
      explanation: { ruleId: c.ruleId, text: noText, inputs: {}, parameters: [] },
    };
  }
  return {
    id: c.ruleId,
    label: c.label,
    monthly: toCents(c.value),
    annual: toCents(annualOf(c)),
    explanation: {
      ruleId: c.ruleId,
      text: { fr: c.sentence('fr'), en: c.sentence('en') },
      inputs: Object.fromEntries(
        Object.entries(c.inputs).map(([k, v]) => [k, typeof v === 'object' ? toCents(v) : v]),
      ),
      parameters: c.parameters.map(parameterReference),
    },
  };
}

/** The year's lines; the GST, child benefit and solidarity credits as paid in the month's period. */
function annualLines(a: AnnualCore): Computed[] {
  return [
    ...a.federal,
    ...a.quebec,
    a.workPremium,
    a.workPremiumSupplement,
    a.canadaWorkersBenefit,
    a.paidThisMonth.gstCredit,
    a.paidThisMonth.canadaChildBenefit,
    a.familyAllowance,
    a.paidThisMonth.solidarityCredit,
    a.drugInsurancePremium,
    a.claimBookletValue,
  ];
}

function computedLines(core: ScenarioCore): Computed[] {
  const lines: Computed[] = [];
  for (const adult of core.adults) {
    if (adult.wage) lines.push(adult.wage.grossMonthly);
    if (adult.payroll) lines.push(adult.payroll.qpp, adult.payroll.ei, adult.payroll.qpip);
    if (adult.allowance) lines.push(adult.allowance.monthly);
    if (adult.countedAllowance) lines.push(adult.countedAllowance);
  }
  const a = core.assistance;
  if (a.kind === 'lastResort') {
    lines.push(
      a.needs.total,
      a.result.workIncomeExcluded,
      a.result.workIncomeCounted,
      a.result.benefitBeforeSupplement,
      a.result.workIncomeSupplement,
      a.result.benefit,
    );
  } else if (a.kind === 'basicIncome') {
    lines.push(
      a.result.needs,
      a.result.workIncomeExcluded,
      a.result.workIncomeReduction,
      a.result.benefit,
    );
  }
  return lines;
}

/**
 * What protects a person who starts working, and what can change for them, said where it applies
 * (not computed): the temporary-constraints allowance rests on a health condition (Loi sur l'aide
 * aux personnes et aux familles, s. 53); working on solidarité sociale can lead to a review of the
 * severe constraints (ADEL ?sujet=42488); HLM rent follows the household's income of the year
 * before the lease (an estimate is given).
 */
function safetyNetNotices(
  input: ValidSimulationInput,
  core: ScenarioCore,
  baseline: ScenarioCore,
): Notice[] {
  const out: Notice[] = [];
  const works = core.grossEarnings.greaterThan(0) || core.allowances.greaterThan(0);
  if (!works) return out;
  if (
    input.household.adults.some((a) => a.temporaryConstraints) &&
    core.program === 'socialAssistance'
  )
    out.push({
      code: 'temporaryConstraintsCheck',
      severity: 'warning',
      message: {
        fr: 'Allocation pour contraintes temporaires : elle repose sur un état de santé qui empêche de se préparer à un emploi, d’en trouver un ou de le garder (Loi sur l’aide aux personnes et aux familles, art. 53). Avant de commencer à travailler, vérifiez avec votre agente ou agent et votre médecin si vous la gardez : les montants ici la comptent encore. Une loi adoptée le 21 novembre 2024 met fin à cette allocation ; aucune date n’est encore publiée.',
        en: 'Temporary constraints allowance: it rests on a health condition that prevents preparing for, finding or keeping a job (Individual and Family Assistance Act, s. 53). Before you start working, check with your agent and your doctor whether you keep it: the amounts here still count it. A law adopted on November 21, 2024 ends this allowance; no date is published yet.',
      },
    });
  if (
    input.household.adults.some((a) => a.program === 'socialSolidarity') &&
    core.grossEarnings.greaterThan(0)
  )
    out.push({
      code: 'severeConstraintsReview',
      severity: 'info',
      message: {
        fr: 'Solidarité sociale : travailler ne retire pas les contraintes sévères, mais le ministère peut les réévaluer s’il constate une amélioration de votre situation socioprofessionnelle, ou après plus de 48 mois sans aide (manuel ADEL, sujet 42488).',
        en: 'Social solidarity: working does not remove your severe constraints, but the ministry may review them if it notes an improvement in your socio-professional situation, or after more than 48 months off assistance (ADEL manual, topic 42488).',
      },
    });
  if (input.options.subsidizedHousing) {
    const income = (c: ScenarioCore) => c.grossEarnings.plus(c.allowances).plus(c.benefit);
    // HLM rent: 25 % of the household's income of the year before the lease; a month's change
    // of income held for a year moves the rent by a quarter of it.
    const rent = toCents(max0(income(core).minus(income(baseline))).times('0.25'));
    if (rent >= 1)
      out.push({
        code: 'subsidizedRent',
        severity: 'info',
        message: {
          fr: `Logement subventionné (HLM) : le loyer est de 25 % des revenus du ménage de l’année avant le bail. Avec ces revenus toute l’année, il monterait d’environ ${money('fr', rent)} par mois au bail suivant (estimation ; l’office d’habitation fait le calcul).`,
          en: `Subsidized housing (low-rent): the rent is 25% of the household’s income of the year before the lease. With this income all year, it would rise by about ${money('en', rent)} a month at the next lease (an estimate; the housing office does the calculation).`,
        },
      });
  }
  return out;
}

/**
 * Living with one's father or mother: on the Programme d'aide sociale the basic benefit is then
 * reduced (RAPF s. 57: « Malgré l'article 56, la prestation de base est de … si l'adulte seul ou
 * un adulte membre de la famille habite la même unité de logement … que son père ou sa mère »),
 * except when the parent is on last-resort assistance or the revenu de base, for a single parent
 * with a dependent child, or when the cohabitation gives or receives constant care; solidarité
 * sociale is not reduced (ADEL sujet 42379). The reduced amounts are not read for each year, so
 * the figures do not count it: said as a warning, with whom to ask.
 */
function livingWithParentNotice(input: ValidSimulationInput): Notice | null {
  const { adults, children } = input.household;
  if (!input.options.livesWithParent) return null;
  if (!adults.some((a) => a.program === 'socialAssistance')) return null;
  // RAPF s. 57, 3°: a family of one adult and at least one dependent child is not reduced.
  if (adults.length === 1 && children.length > 0) return null;
  return {
    code: 'livingWithParent',
    severity: 'warning',
    message: {
      fr: 'Vous habitez avec votre père ou votre mère : à l’aide sociale, la prestation de base est alors plus basse, sauf exceptions (par exemple si votre parent reçoit lui-même de l’aide, ou si vous vivez ensemble pour des soins). Les montants ici n’en tiennent pas compte : demandez à votre agente ou agent (Règlement sur l’aide aux personnes et aux familles, art. 57 ; manuel ADEL, sujet 42379).',
      en: 'You live with your father or mother: on social assistance the basic benefit is then lower, with exceptions (for instance if your parent is on assistance too, or you live together for care). The amounts here do not count it: ask your agent (Individual and Family Assistance Regulation, s. 57; ADEL manual, topic 42379).',
    },
    simpleMessage: {
      fr: 'Vous habitez avec votre père ou votre mère : à l’aide sociale, votre chèque peut être plus bas. Les montants ici n’en tiennent pas compte. Demandez à votre agente ou agent.',
      en: 'You live with your father or mother: on social assistance your cheque can be lower. The amounts here do not count it. Ask your agent.',
    },
  };
}

/**
 * The single-person adjustment (RAPF s. 67.3) rests on facts the person may not have given: said
 * when it is counted on an assumption, and when a short stay on assistance leaves it out.
 */
function singlePersonNotice(input: ValidSimulationInput): Notice | null {
  const o = input.options;
  const { adults, children } = input.household;
  const asIfSix = singlePersonAdjustmentApplies(
    adults,
    children.length,
    undefined,
    o.subsidizedHousing,
  );
  if (!asIfSix) return null;
  if (o.monthsOnAssistance !== undefined && o.monthsOnAssistance < 6)
    return {
      code: 'singlePersonAdjustmentLater',
      severity: 'info',
      message: {
        fr: 'Ajustement pour personne seule (50 $ par mois) : pas encore ; il commence après 6 mois consécutifs à l’aide.',
        en: 'Single-person adjustment ($50 a month): not yet; it starts after 6 consecutive months on assistance.',
      },
    };
  return {
    code: 'singlePersonAdjustment',
    severity: 'info',
    message: {
      fr: `Ajustement pour personne seule compté (50 $ par mois) : ${o.monthsOnAssistance === undefined ? 'on suppose que vous recevez de l’aide depuis au moins 6 mois de suite et que' : 'vous recevez de l’aide depuis au moins 6 mois de suite et'} vous n’habitez pas un logement subventionné (HLM, coopérative, supplément au loyer). L’allocation-logement de Revenu Québec, si vous la recevez, le réduit d’autant ; elle n’est pas comptée ici.`,
      en: `Single-person adjustment counted ($50 a month): ${o.monthsOnAssistance === undefined ? 'assuming you have received assistance for at least 6 months in a row and' : 'you have received assistance for at least 6 months in a row and'} do not live in subsidized housing (low-rent housing, co-op, rent supplement). Revenu Québec’s allocation-logement, if you receive it, reduces it by as much; it is not counted here.`,
    },
  };
}

function notices(
  input: ValidSimulationInput,
  core: ScenarioCore,
  exit: ExitPoint,
  ctx: RuleContext,
): Notice[] {
  const out: Notice[] = [];
  core.adults.forEach((adult, i) => {
    if (adult.wage?.belowMinimumWage) {
      out.push({
        code: 'wageBelowMinimum',
        severity: 'warning',
        message: {
          fr: `${i === 0 ? 'Votre salaire horaire' : 'Le salaire horaire de votre conjoint·e'} (${money('fr', adult.wage.hourlyWage.toNumber())}) est inférieur au salaire minimum en vigueur (${money('fr', adult.wage.minimumWage.toNumber())}).`,
          en: `${i === 0 ? 'Your hourly wage' : 'Your spouse’s hourly wage'} (${money('en', adult.wage.hourlyWage.toNumber())}) is below the minimum wage in force (${money('en', adult.wage.minimumWage.toNumber())}).`,
        },
      });
    }
  });
  const adjustment = singlePersonNotice(input);
  if (adjustment) out.push(adjustment);
  const withParent = livingWithParentNotice(input);
  if (withParent) out.push(withParent);
  if (core.allowances.greaterThan(0) && core.program !== 'none') {
    const t = allowanceTreatmentLabel(input.options.allowanceTreatment, recognitionExclusions(ctx));
    out.push({
      code: 'allowanceTreatment',
      severity: 'info',
      message: {
        fr: `Allocation de participation : ${t.fr}. Une allocation versée par un organisme est un revenu, sauf si le ministère la reconnaît comme allocation de soutien ou d’aide à l’emploi (manuel d’interprétation du ministère, « Comptabilisation de l’allocation versée par un tiers »). C’est le ministère qui décide : demandez à votre agente ou agent d’aide sociale.`,
        en: `Participation allowance: ${t.en}. An allowance paid by an organization is income unless the ministry recognizes it as a support or employment assistance allowance (the ministry’s interpretation manual, "Comptabilisation de l’allocation versée par un tiers"). The ministry decides: ask your assistance agent.`,
      },
    });
  }
  if (core.program !== 'none' && core.benefit.isZero()) {
    out.push({
      code: 'leavesAssistance',
      severity: 'warning',
      message: {
        fr: 'Avec ces revenus, le ménage n’a plus droit à l’aide financière : il quitte l’aide.',
        en: 'With this income the household is no longer entitled to assistance: it leaves assistance.',
      },
    });
  } else if (core.program === 'basicIncome' && core.grossEarnings.greaterThan(0)) {
    // RAPF s. 177.79: a year's net income reduces the basic income from the July after it.
    const exclusion = param(ctx, 'basicIncome.annualWorkIncomeExclusion').value.toNumber();
    const cents = param(ctx, 'basicIncome.excessWorkIncomeReductionRate')
      .value.times(100)
      .toNumber();
    out.push({
      code: 'basicIncomeYearLag',
      severity: 'info',
      message: {
        fr: `Revenu de base : votre salaire ne réduit pas le versement du mois suivant. Le revenu net d’une année réduit le revenu de base de ${cents} cents par dollar au-delà de ${wholeMoney('fr', exclusion)}, à partir de juillet de l’année suivante. Le montant affiché est celui d’un mois où vos revenus de l’année précédente étaient les mêmes qu’aujourd’hui : au début, votre versement ne baisse pas.`,
        en: `Basic income: your wage does not reduce the next month’s payment. A year’s net income reduces the basic income by ${cents} cents a dollar above ${wholeMoney('en', exclusion)}, from July of the following year. The amount shown is a month when last year’s income was the same as today’s: at first, your payment does not go down.`,
      },
    });
  }
  // The one-month rule of last-resort assistance (ADEL, « Revenus de travail »): said on the
  // participant page, and when the cheque stops too (it stops the month after the first pay).
  if (
    (core.program === 'socialAssistance' || core.program === 'socialSolidarity') &&
    core.activityHoursPerWeek.greaterThan(0)
  )
    out.push({
      code: 'nextMonthEffect',
      severity: 'info',
      message: core.benefit.isZero()
        ? {
            fr: 'Les revenus d’un mois comptent pour le chèque du mois suivant : le premier mois d’activité, vous recevez encore votre chèque ; il s’arrête le mois d’après.',
            en: 'A month’s income counts for the following month’s cheque: in the first month of activity you still get your cheque; it stops the month after.',
          }
        : {
            fr: 'Les revenus d’un mois réduisent le chèque du mois suivant : le premier mois d’activité, le chèque ne change pas encore.',
            en: 'A month’s income reduces the following month’s cheque: in the first month of activity the cheque does not change yet.',
          },
    });
  if (
    !input.options.longTermRecipient &&
    (core.program === 'socialAssistance' || core.program === 'socialSolidarity') &&
    core.benefit.isZero() &&
    core.grossEarnings.greaterThan(0)
  ) {
    // The box is named as the simulator shows it (widget fields `longTermRecipient`).
    const monthly = param(ctx, 'credits.workPremium.supplement.monthlyAmount').value.toNumber();
    const months = param(ctx, 'credits.workPremium.supplement.maximumMonths').value.toNumber();
    out.push({
      code: 'workPremiumSupplementPossible',
      severity: 'info',
      message: {
        fr: `Si vous avez reçu de l’aide au moins 36 des 42 derniers mois, quitter l’aide pour le travail peut donner droit au supplément à la prime au travail (${wholeMoney('fr', monthly)} par mois, jusqu’à ${months} mois, les mois où vous gagnez au moins 200 $), si vous déclarez votre emploi au ministère au plus tard à la fin du mois qui suit son début : cochez la case « J’ai reçu de l’aide au moins 36 des 42 derniers mois » si c’est votre cas. Il peut être versé chaque mois plutôt qu’au printemps : formulaire TPZ-1029.8.PS de Revenu Québec (versements anticipés), remis à un bureau de Services Québec.`,
        en: `If you received assistance for at least 36 of the last 42 months, leaving it for work can give the work premium supplement (${wholeMoney('en', monthly)} a month for up to ${months} months, in months you earn at least $200), provided you declare your job to the ministry by the end of the month after it starts: tick "I received assistance for at least 36 of the last 42 months" if that is your case. It can be paid every month instead of in spring: Revenu Québec form TPZ-1029.8.PS (advance payments), handed in at a Services Québec office.`,
      },
    });
  }
  const children = input.household.children;
  const lastResort = core.program === 'socialAssistance' || core.program === 'socialSolidarity';
  if (children.length > 0) {
    // What a family's figures count, and the one assumption they make about assistance.
    out.push({
      code: 'familyAmounts',
      severity: 'info',
      message: {
        fr: `Famille : l’Allocation canadienne pour enfants, l’Allocation famille, les montants pour enfants des crédits pour la TPS et pour solidarité (ce dernier estimé à partir du montant officiel de 2024-2025) et les taux de famille de la prime au travail et de l’Allocation canadienne pour les travailleurs sont calculés${lastResort ? ' ; l’aide ne compte pas ces prestations pour enfants comme un revenu (on suppose qu’elles sont versées en entier, ce qui remplace les ajustements pour enfant à charge de l’aide)' : ''}.`,
        en: `Family: the Canada child benefit, the Allocation famille, the child amounts of the GST and solidarity credits (the latter estimated from the official 2024-25 amount) and the family rates of the work premium and the Canada Workers Benefit are computed${lastResort ? '; assistance does not count these child benefits as income (they are taken as paid in full, which replaces the dependent child adjustments of assistance)' : ''}.`,
      },
    });
  }
  // The one-time GST top-up of spring 2026: half the 2025-26 credit, on the 2024 return, paid by
  // June 2026 to the recipients of the January 2026 payment (canada.ca, GST/HST credit page). It
  // does not depend on work in 2026: said, not counted.
  if (input.period.year === 2026 && input.period.month <= 6) {
    out.push({
      code: 'gstOneTimeTopUp2026',
      severity: 'info',
      message: {
        fr: 'Paiement unique de la TPS (au plus tard en juin 2026) : la moitié du crédit de 2025-2026, selon le revenu de 2024. Il ne dépend pas du travail de 2026 : il n’est pas compté ici.',
        en: 'One-time GST top-up (by June 2026): half the 2025-26 credit, on 2024 income. It does not depend on work in 2026: it is not counted here.',
      },
    });
  }
  if (children.some((c) => c.age >= 18)) {
    out.push({
      code: 'adultChildAtHome',
      severity: 'info',
      message: {
        fr: 'Enfant de 18 ans ou plus : pas de prestations pour enfants, et vous ne vivez plus seul·e (impôt, crédit pour solidarité).',
        en: 'A child aged 18 or more: no child benefits, and you no longer live alone (income tax, solidarity credit).',
      },
    });
  }
  if (children.some((c) => c.paidChildcare)) {
    out.push({
      code: 'childcareNotCounted',
      severity: 'warning',
      message: {
        fr: 'Frais de garde : ils ne sont pas déduits, et le crédit d’impôt du Québec pour frais de garde n’est pas compté. Si vous payez une garderie, le montant qui vous reste est plus bas (ou plus haut avec une place à contribution réduite) : vérifiez-le avec votre intervenante ou intervenant.',
        en: 'Childcare: costs are not deducted, and Québec’s childcare tax credit is not counted. If you pay for childcare, what you have left is lower (or higher with a reduced-contribution place): check it with your counsellor.',
      },
    });
  }
  if (children.some((c) => c.disability && c.age < 18)) {
    out.push({
      code: 'childDisabilityBenefitNotCounted',
      severity: 'info',
      message: {
        fr: 'Enfant handicapé : le supplément pour enfant handicapé de l’Allocation famille est compté ; la prestation pour enfants handicapés (fédérale, avec l’Allocation canadienne pour enfants) ne l’est pas.',
        en: 'Child with a disability: the Allocation famille supplement for handicapped children is counted; the federal Child Disability Benefit (paid with the Canada child benefit) is not.',
      },
    });
  }
  if (input.household.adults[0]?.program === 'basicIncome' && children.some((c) => c.age >= 18)) {
    out.push({
      code: 'adultStudentAdjustmentNotCounted',
      severity: 'info',
      message: {
        fr: 'Revenu de base : l’ajustement pour un enfant majeur aux études postsecondaires n’est pas compté.',
        en: 'Basic income: the adjustment for an adult child in post-secondary studies is not counted.',
      },
    });
  }
  if (
    exit.grossMonthlyWage !== null &&
    exit.hoursPerWeek !== null &&
    exit.hoursPerWeek.greaterThan(80)
  ) {
    out.push({
      code: 'exitBeyondFullTime',
      severity: 'info',
      message: {
        fr: 'Au salaire indiqué, il faudrait plus de 80 h par semaine pour quitter l’aide.',
        en: 'At this wage, leaving assistance would take more than 80 hours a week.',
      },
    });
  }
  return out;
}

/** What the activity's hours are paid, for the headline sentence. */
function payOf(core: ScenarioCore): HeadlineFacts['pay'] {
  const wages = core.adults.flatMap((a) =>
    a.wage && !a.wage.hoursPerWeek.isZero() ? [a.wage] : [],
  );
  const allowances = core.adults.flatMap((a) =>
    a.allowance && !a.allowance.hoursPerWeek.isZero() ? [a.allowance] : [],
  );
  if (wages.length > 0 && allowances.length > 0) return { kind: 'both' };
  if (wages.length > 1) return { kind: 'both' };
  const w = wages[0];
  if (w)
    return { kind: 'wage', hourlyWage: w.hourlyWage.toNumber(), minimum: w.hourlyWageIsMinimum };
  if (allowances.length > 0) {
    const perHour = allowances[0]!.monthly.inputs['amountPerHour'];
    return {
      kind: 'allowance',
      amountPerHour:
        allowances.length === 1 && perHour !== undefined && typeof perHour === 'object'
          ? perHour.toNumber()
          : null,
    };
  }
  return { kind: 'none' };
}

function moneyPerMonthFigures(
  period: { readonly year: number; readonly month: number },
  core: ScenarioCore,
  annual: AnnualCore,
  baselineAnnual: AnnualCore,
  beforeExit: BeforeExit | null,
): SimulationResult['moneyPerMonth'] {
  // Each figure rounded once from the exact values, the difference from the rounded ones, so that
  // what a person reads adds up (amount − no activity = difference) to the cent.
  const amount = toCents(moneyPerMonth(annual));
  const noActivity = toCents(moneyPerMonth(baselineAnnual));
  const differenceVsNoActivity = Math.round(amount * 100 - noActivity * 100) / 100;
  const sinceExit = sinceExitFigures(amount, annual, beforeExit);
  const facts = {
    amount,
    difference: differenceVsNoActivity,
    hoursPerWeek: Number(core.activityHoursPerWeek.toString()),
    pay: payOf(core),
    sinceExit,
  };
  return {
    amount,
    noActivity,
    differenceVsNoActivity,
    wholeDifference: shownDifference(amount, noActivity),
    springAmount: toCents(springAmount(annual)),
    // What `amount` holds of them: the month's payment period for the CCB, as `amount` counts it.
    childBenefits: toCents(
      sum(
        [annual.paidThisMonth.canadaChildBenefit, annual.familyAllowance].map(annualOf),
      ).dividedBy(TWELVE),
    ),
    creditPeriod: creditPeriodFigures(period, annual),
    definition: moneyPerMonthDefinition,
    headline: headline(facts),
    shortHeadline: headline(facts, { short: true }),
    barHeadline: headline(facts, { bar: true }),
    simpleHeadline: headline(facts, { plain: true }),
    simpleBarHeadline: headline(facts, { bar: true, plain: true }),
    sinceExit,
  };
}

function creditPeriodFigures(
  period: { readonly year: number; readonly month: number },
  annual: AnnualCore,
): SimulationResult['moneyPerMonth']['creditPeriod'] {
  const startYear = period.month < 7 ? period.year - 1 : period.year;
  return {
    startYear,
    yearDifference: toCents(paymentPeriodDifference(annual)),
    label: { fr: creditPeriodLabel.fr(startYear), en: creditPeriodLabel.en(startYear) },
  };
}

/** The year at the last half hour before the exit point, for a result past it. */
export interface BeforeExit {
  readonly hours: number;
  readonly run: YearRun;
}

/**
 * Past the exit point, what leaving cost: said only while the money a month is below its level at
 * the last half hour before the exit (further on, more hours have won it back).
 */
function sinceExitFigures(
  amount: number,
  annual: AnnualCore,
  beforeExit: BeforeExit | null,
): SimulationResult['moneyPerMonth']['sinceExit'] {
  if (!beforeExit) return null;
  const amountBefore = toCents(moneyPerMonth(beforeExit.run.annual));
  const lessPerMonth = Math.round(amountBefore * 100 - amount * 100) / 100;
  if (lessPerMonth < 1) return null;
  return {
    hoursBefore: beforeExit.hours,
    amountBefore,
    lessPerMonth,
    // The tax year's disposable income, spring included (what a sweep's point calls
    // disposableIncomeAfterTaxes × 12).
    yearChange: toCents(annual.disposableIncome.minus(beforeExit.run.annual.disposableIncome)),
  };
}

/** Everything a result is made of: the scenario's month and year, its baseline's, the exit point. */
export interface Presented {
  readonly ctx: RuleContext;
  /** The scenario's month and tax year. */
  readonly run: YearRun;
  /** The same household without activity. */
  readonly baseline: YearRun;
  readonly exit: ExitPoint;
  /** Past the exit point: the year at the last half hour before it (else null). */
  readonly beforeExit: BeforeExit | null;
  readonly marginal: MarginalRates;
  /** Write every amount's sentences and parameters (false for figures-only batches). */
  readonly explain: boolean;
}

export function present(p: Presented): SimulationResult {
  const { ctx, exit, marginal, explain } = p;
  const { input, core, annual } = p.run;
  const { core: baseline, annual: baselineAnnual } = p.baseline;
  const lines = [...computedLines(core), ...annualLines(annual)];
  const used = new Map<string, ReadParameter>();
  for (const c of [...lines, ...(exit.explanation ? [exit.explanation] : [])]) {
    for (const p of c.parameters) used.set(`${p.id}@${p.entry.effectiveFrom}`, p);
  }
  const booklet = annual.claimBooklet;
  for (const p of booklet.parameters) used.set(`${p.id}@${p.entry.effectiveFrom}`, p);
  // If the person falls sick after working: what their own wage's hours give (the first adult).
  const ownWage = core.adults[0]?.wage;
  const sickness = ownWage
    ? sicknessCover(ownWage.hoursPerWeek.toNumber(), ownWage.hourlyWage, ctx)
    : null;
  for (const p of sickness?.parameters ?? []) used.set(`${p.id}@${p.entry.effectiveFrom}`, p);
  const count = admissionCount(
    input.household.adults.some((a) => a.program === 'socialSolidarity'),
    input.options.monthsTowardBasicIncome,
    booklet,
    input.period,
    ctx,
  );
  for (const p of count?.parameters ?? []) used.set(`${p.id}@${p.entry.effectiveFrom}`, p);

  const comparison = comparisonFigures(core, baseline, annual, baselineAnnual, ctx);
  const { diff, hours, gainPerHour } = comparison;
  const onAssistance = core.program !== 'none';
  const premiumPerMonth = toCents(premiumWithoutBooklet(input, annual, ctx).dividedBy(12));
  // What the public plan costs at the pharmacy once the booklet is gone (RAMQ, each July 1).
  const pharmacy = [
    'credits.ramq.pharmacy.monthlyDeductible',
    'credits.ramq.pharmacy.coinsurance',
    'credits.ramq.pharmacy.maximumMonthlyContribution',
  ].map((id) => param(ctx, id));
  if (booklet.status !== 'held')
    for (const p of pharmacy) used.set(`${p.id}@${p.entry.effectiveFrom}`, p);
  const coverageFacts = {
    status: booklet.status,
    monthsAfterLeaving: booklet.monthsAfterLeaving,
    premiumPerMonth,
    start: input.period,
    groupPlan: input.options.groupInsurance,
    pharmacy: {
      deductible: pharmacy[0]!.value.toNumber(),
      coinsurance: pharmacy[1]!.value.toNumber(),
      maximumPerMonth: pharmacy[2]!.value.toNumber(),
    },
  };
  const moneyPerMonth = moneyPerMonthFigures(
    input.period,
    core,
    annual,
    baselineAnnual,
    p.beforeExit,
  );
  const unverified = [...used.values()].filter((p) => !p.entry.verified).map(parameterReference);
  return {
    ...(input.label === undefined ? {} : { label: input.label }),
    period: { year: input.period.year, month: input.period.month, date: ctx.date },
    program: core.program,
    programName: programNames[core.program],
    ...totals(core, annual.disposableIncome),
    lines: lines.map((c) => line(c, explain)),
    taxYear: taxYearFigures(input, annual),
    // Figures-only results (batches) leave the month-by-month view out.
    cashByMonth: (explain
      ? cashByMonth(input, core, annual, firstHalfCredits(input, annual, ctx))
      : []
    ).map((m) => ({
      month: m.month,
      amount: m.amount.toNumber(),
      credits: m.credits.toNumber(),
    })),
    marginalRates: marginal,
    comparison: {
      ...comparison.figures,
      explanation: !explain
        ? noText
        : gainPerHour === null
          ? { fr: 'Aucune activité : rien à comparer.', en: 'No activity: nothing to compare.' }
          : {
              fr: `Par rapport à aucune activité, le ménage a ${money('fr', diff.toNumber())} de plus par mois pour ${num('fr', hours.toNumber())} h par semaine, soit ${money('fr', gainPerHour.toNumber())} par heure d’activité.`,
              en: `Compared with no activity, the household has ${money('en', diff.toNumber())} more a month for ${num('en', hours.toNumber())} ${hoursUnit(hours.toNumber())} a week, i.e. ${money('en', gainPerHour.toNumber())} per hour of activity.`,
            },
    },
    exit: {
      onAssistance,
      leavesAssistance: onAssistance && core.benefit.isZero(),
      grossMonthlyWageAtExit:
        exit.grossMonthlyWage === null ? null : exit.grossMonthlyWage.toNumber(),
      hoursPerWeekAtExit: exit.hoursPerWeek === null ? null : exit.hoursPerWeek.toNumber(),
      explanation:
        exit.explanation && explain
          ? { fr: exit.explanation.sentence('fr'), en: exit.explanation.sentence('en') }
          : null,
    },
    moneyPerMonth,
    costsOfWorking: costsOfWorking(
      input.options.costsOfWorking,
      // Hours of activity, even unpaid ones: the bus is taken all the same.
      input.household.adults.some(({ activity: a }) => (a.wage?.hoursPerWeek ?? 0) > 0)
        ? 'work'
        : input.household.adults.some(({ activity: a }) => (a.allowance?.hoursPerWeek ?? 0) > 0)
          ? 'allowance'
          : null,
      moneyPerMonth.amount,
      moneyPerMonth.differenceVsNoActivity,
      ctx,
    ),
    coverage: {
      claimBooklet: {
        status: booklet.status,
        monthsAfterLeaving: booklet.monthsAfterLeaving,
        declareBy: booklet.declareBy,
        message: booklet.message,
      },
      drugPremiumPerMonthWithoutBooklet: premiumPerMonth,
      sentence: coverageSentence(coverageFacts),
      simpleSentence: simpleCoverageSentence(coverageFacts),
    },
    sicknessCover: sickness && {
      hoursPerWeek: sickness.hoursPerWeek,
      qualifyingHours: sickness.qualifyingHours,
      weeksToQualify: sickness.weeksToQualify,
      weeklyBenefit: sickness.weeklyBenefit,
      atMaximum: sickness.atMaximum,
      maximumWeeks: sickness.maximumWeeks,
      sentence: sickness.sentence,
      simpleSentence: sickness.simpleSentence,
    },
    towardBasicIncome: count && {
      monthsCounted: count.monthsCounted,
      monthsRequired: count.monthsRequired,
      windowMonths: count.windowMonths,
      course: count.course,
      monthsLeft: count.monthsLeft,
      reachedIn: count.reachedIn,
      stopsIn: count.stopsIn,
      monthsAtStop: count.monthsAtStop,
      sentence: count.sentence,
      simpleSentence: count.simpleSentence,
      briefSentence: count.briefSentence,
      source: count.source,
    },
    notices: [...notices(input, core, exit, ctx), ...safetyNetNotices(input, core, baseline)],
    assumptions,
    unverifiedParameters: unverified,
    uncertainty: uncertaintyOf(input.period.year, unverified),
  };
}
