/**
 * « Mythes et réalités », for participants: each myth, the reality in two or three plain sentences
 * with its live figure (computed by the library from its case, never typed), and its sources. The
 * same texts feed the documentation site (its « Mythes et réalités » page shows this sheet).
 */
import {
  bookletConditionInGeneral,
  simulate,
  spokenHours,
  type Outcome,
  type SimulationInput,
  type SimulationResult,
} from '@passerelle/rules';

export interface MythFigures {
  readonly results: readonly SimulationResult[];
  readonly money: (n: number) => string;
}

type Say = (f: MythFigures) => string;

export interface Myth {
  readonly id: string;
  readonly myth: { fr: string; en: string };
  readonly reality: { fr: Say; en: Say; frSimple: Say; enSimple: Say };
  /** The cases whose figures the reality states (the first one is « the » case). */
  readonly cases: readonly SimulationInput[];
  readonly sources: readonly { title: { fr: string; en: string }; url: string }[];
}

const marc = (activity: object): SimulationInput => ({
  period: { year: 2026, month: 6 },
  household: { adults: [{ age: 34, program: 'socialSolidarity', activity }] },
});

const mpm = (f: MythFigures, i = 0) => f.results[i]!.moneyPerMonth;

/**
 * Where Marc's assistance stops, as the library computes it from his 25 h case (the second): the
 * same number as the simulator's callout, chart and details.
 */
const exitHours = (f: MythFigures, lang: 'fr' | 'en') => {
  const exit = f.results[1]!.exit.hoursPerWeekAtExit;
  return exit === null ? '' : spokenHours(lang, exit);
};
/** The tax year's money, spring included (the library's `taxYear.disposableIncome`). */
const year = (f: MythFigures, i = 0) => f.results[i]!.taxYear.disposableIncome;
/** The last half hour before Marc's exit point, where he still receives assistance. */
const beforeExit = 22.5;

export const myths: readonly Myth[] = [
  {
    id: 'lose-everything',
    myth: { fr: 'Si je travaille, je perds tout.', en: 'If I work, I lose everything.' },
    reality: {
      fr: (f) =>
        `Les premiers 200 $ gagnés par mois ne réduisent pas le chèque, et 25 % de ce qui dépasse s’ajoute à l’aide. Marc, à la solidarité sociale, travaille 10 h par semaine au salaire minimum : il a ${f.money(mpm(f).wholeDifference)} de plus par mois que sans activité.`,
      en: (f) =>
        `The first $200 earned each month does not reduce the cheque, and 25% of the rest is added to assistance. Marc, on social solidarity, works 10 hours a week at the minimum wage: he has ${f.money(mpm(f).wholeDifference)} more a month than with no activity.`,
      frSimple: (f) =>
        `Non. Vous gardez les premiers 200 $ de votre paie. Marc travaille 10 h par semaine. Il a ${f.money(mpm(f).wholeDifference)} de plus par mois.`,
      enSimple: (f) =>
        `No. You keep the first $200 of your pay. Marc works 10 hours a week. He has ${f.money(mpm(f).wholeDifference)} more a month.`,
    },
    cases: [marc({ wage: { hoursPerWeek: 10 } })],
    sources: [
      {
        title: { fr: 'Québec.ca : montants de l’aide', en: 'Québec.ca: benefit amounts' },
        url: 'https://www.quebec.ca/en/family-and-support-for-individuals/social-assistance-social-solidarity/information-financial-assistance/monthly-benefit-amounts-social-solidarity-program',
      },
      {
        title: {
          fr: 'Manuel du ministère : supplément aux revenus de travail',
          en: 'Ministry manual: work income supplement',
        },
        url: 'https://mani.mess.gouv.qc.ca/?sujet=228445',
      },
    ],
  },
  {
    id: 'lose-drugs',
    myth: { fr: 'Je vais perdre mes médicaments.', en: 'I will lose my prescription drugs.' },
    reality: {
      fr: (f) =>
        `Le carnet de réclamation (médicaments, soins dentaires et de la vue) reste tant que l’aide est versée. Si vous quittez l’aide parce que vous travaillez, vous le gardez 6 mois (aide sociale) ou ${mpmMonths(f)} mois (solidarité sociale), ${bookletConditionInGeneral.fr}. À 25 h par semaine, Marc quitte l’aide et a ${f.money(mpm(f).amount)} par mois.`,
      en: (f) =>
        `The claim booklet (drugs, dental and eye care) stays as long as assistance is paid. If you leave assistance because you work, you keep it 6 months (social assistance) or ${mpmMonths(f)} months (social solidarity), ${bookletConditionInGeneral.en}. At 25 hours a week, Marc leaves assistance and has ${f.money(mpm(f).amount)} a month.`,
      frSimple: (f) =>
        `Pas tout de suite. Si vous quittez l’aide pour travailler, vous gardez votre carnet ${mpmMonths(f)} mois (solidarité sociale) ou 6 mois (aide sociale). ${bookletConditionInGeneral.frSimple}`,
      enSimple: (f) =>
        `Not right away. If you leave assistance to work, you keep your booklet ${mpmMonths(f)} months (social solidarity) or 6 months (social assistance). ${bookletConditionInGeneral.enSimple}`,
    },
    cases: [marc({ wage: { hoursPerWeek: 25 } })],
    sources: [
      {
        title: {
          fr: 'Manuel ADEL : le carnet de réclamation après la sortie pour un emploi (déclaration de l’emploi)',
          en: 'ADEL manual: the claim booklet after leaving for a job (declaring the job)',
        },
        url: 'https://mani.mess.gouv.qc.ca/?sujet=47000',
      },
      {
        title: {
          fr: 'Québec.ca : cesser d’être prestataire',
          en: 'Québec.ca: no longer receiving assistance',
        },
        url: 'https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale-et-solidarite-sociale/cesser-etre-prestataire-programme-aide-sociale-programme-solidarite-sociale',
      },
    ],
  },
  {
    id: 'more-hours',
    myth: {
      fr: 'Plus d’heures, c’est toujours plus d’argent.',
      en: 'More hours always means more money.',
    },
    reality: {
      fr: (f) =>
        `Presque toujours, mais pas juste après que l’aide s’arrête vers ${exitHours(f, 'fr')} par semaine. À ${spokenHours('fr', beforeExit)}, Marc a ${f.money(mpm(f).amount)} par mois ; à 25 h, il a ${f.money(mpm(f, 1).amount)}. Sur un an, en comptant ce qui arrive au printemps : ${f.money(year(f))} à ${spokenHours('fr', beforeExit)} et ${f.money(year(f, 1))} à 25 h. Parlez-en avant d’accepter des heures de plus.`,
      en: (f) =>
        `Almost always, but not right after assistance stops, near ${exitHours(f, 'en')} a week. At ${spokenHours('en', beforeExit)}, Marc has ${f.money(mpm(f).amount)} a month; at 25 hours, ${f.money(mpm(f, 1).amount)}. Over a year, counting what comes in spring: ${f.money(year(f))} at ${spokenHours('en', beforeExit)} and ${f.money(year(f, 1))} at 25 hours. Talk about it before taking more hours.`,
      frSimple: (f) =>
        `Pas toujours. À ${spokenHours('fr', beforeExit)}, Marc a ${f.money(mpm(f).amount)} par mois. À 25 h, il a ${f.money(mpm(f, 1).amount)}. Son chèque s’arrête vers ${exitHours(f, 'fr')}. Sur un an, avec l’argent du printemps : ${f.money(year(f))} et ${f.money(year(f, 1))}.`,
      enSimple: (f) =>
        `Not always. At ${spokenHours('en', beforeExit)}, Marc has ${f.money(mpm(f).amount)} a month. At 25 hours, he has ${f.money(mpm(f, 1).amount)}. His cheque stops near ${exitHours(f, 'en')}. Over a year, with the spring money: ${f.money(year(f))} and ${f.money(year(f, 1))}.`,
    },
    cases: [marc({ wage: { hoursPerWeek: beforeExit } }), marc({ wage: { hoursPerWeek: 25 } })],
    sources: [
      {
        title: {
          fr: 'Manuel du ministère : supplément aux revenus de travail',
          en: 'Ministry manual: work income supplement',
        },
        url: 'https://mani.mess.gouv.qc.ca/?sujet=228445',
      },
    ],
  },
  {
    id: 'allowance-wage',
    myth: {
      fr: 'Une allocation, c’est comme un salaire.',
      en: 'An allowance is like a wage.',
    },
    reality: {
      fr: (f) =>
        `Non. Une allocation versée par un organisme est enlevée du chèque, dollar pour dollar, sauf si le ministère la reconnaît. Avec 10 h à 3 $ l’heure, Marc a ${f.money(mpm(f, 1).wholeDifference)} de plus si elle n’est pas reconnue, et ${f.money(mpm(f).wholeDifference)} de plus si elle est reconnue comme allocation de soutien.`,
      en: (f) =>
        `No. An allowance paid by an organization is taken off the cheque dollar for dollar, unless the ministry recognizes it. With 10 hours at $3 an hour, Marc has ${f.money(mpm(f, 1).wholeDifference)} more if it is not recognized, and ${f.money(mpm(f).wholeDifference)} more if it is recognized as a support allowance.`,
      frSimple: (f) =>
        `Non. Le ministère enlève l’allocation de votre chèque, sauf s’il la reconnaît. Reconnue, elle peut vous donner ${f.money(mpm(f).wholeDifference)} de plus par mois.`,
      enSimple: (f) =>
        `No. The ministry takes the allowance off your cheque, unless it recognizes it. Recognized, it can give you ${f.money(mpm(f).wholeDifference)} more a month.`,
    },
    cases: [
      {
        ...marc({ allowance: { hoursPerWeek: 10, amountPerHour: 3 } }),
        options: { allowanceTreatment: 'recognizedSupportAllowance' },
      },
      marc({ allowance: { hoursPerWeek: 10, amountPerHour: 3 } }),
    ],
    sources: [
      {
        title: {
          fr: 'Manuel du ministère : allocation versée par un tiers',
          en: 'Ministry manual: allowance paid by a third party',
        },
        url: 'https://www.mani.mess.gouv.qc.ca/?sujet=42776',
      },
    ],
  },
  {
    id: 'basic-income',
    myth: {
      fr: 'Au revenu de base, je ne peux pas travailler.',
      en: 'On basic income, I cannot work.',
    },
    reality: {
      fr: (f) =>
        `Au Programme de revenu de base, vos revenus d’une année ne changent rien jusqu’à une grande exclusion (environ 16 000 $). Au-delà, chaque dollar enlève 55 cents, et seulement à partir de juillet de l’année suivante (notre lecture du règlement : à confirmer avec votre agente ou agent). Line travaille 20 h par semaine à 17 $ l’heure : elle a ${f.money(mpm(f).wholeDifference)} de plus par mois que sans activité.`,
      en: (f) =>
        `On the basic income program, your income of a year changes nothing up to a large exclusion (about $16,000). Above it, each dollar takes away 55 cents, and only from July of the following year (our reading of the regulation: confirm it with your agent). Line works 20 hours a week at $17 an hour: she has ${f.money(mpm(f).wholeDifference)} more a month than with no activity.`,
      frSimple: (f) =>
        `Vous pouvez travailler. Line travaille 20 h par semaine. Elle a ${f.money(mpm(f).wholeDifference)} de plus par mois.`,
      enSimple: (f) =>
        `You can work. Line works 20 hours a week. She has ${f.money(mpm(f).wholeDifference)} more a month.`,
    },
    cases: [
      {
        period: { year: 2026, month: 6 },
        household: {
          adults: [
            {
              age: 52,
              program: 'basicIncome',
              activity: { wage: { hoursPerWeek: 20, hourlyWage: 17 } },
            },
          ],
        },
      },
    ],
    sources: [
      {
        title: {
          fr: 'Québec.ca : Programme de revenu de base',
          en: 'Québec.ca: Basic Income Program',
        },
        url: 'https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale-et-solidarite-sociale/programme-revenu-base',
      },
    ],
  },
];

function mpmMonths(f: MythFigures): number {
  return f.results[0]!.coverage.claimBooklet.monthsAfterLeaving ?? 48;
}

/** The results of a myth's cases, computed now by the library for the month shown. */
export function mythResults(
  m: Myth,
  period: { year: number; month: number },
): Outcome<SimulationResult>[] {
  return m.cases.map((c) => simulate({ ...c, period }));
}
