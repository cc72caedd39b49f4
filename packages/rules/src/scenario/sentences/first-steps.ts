/**
 * « Ce que je fais cette semaine »: the dated actions that keep a person's protections when an
 * activity starts, then the questions only the agent can answer. The handout prints them; a
 * question whose answer the rules know is said as an action instead (the job declared to the
 * ministry by the end of the month after it starts, ADEL sujet 47000; the recognition letter of an
 * allowance, ADEL 42608; the supplement's advance payments, Revenu Québec form TPZ-1029.8.PS).
 */
import type { Localized } from '../../i18n/localized.js';
import { lastDayOfMonth, monthName, type Period } from '../../i18n/months.js';
import { declarationDeadline } from '../../programs/claim-booklet.js';

export interface FirstStepsFacts {
  /** The month the activity starts. */
  readonly start: Period;
  readonly activity: 'wage' | 'allowance' | 'none';
  /**
   * What the person receives before the activity: aide sociale or solidarité sociale
   * (`lastResort`), the revenu de base, or neither.
   */
  readonly program: 'lastResort' | 'basicIncome' | 'none';
  /** Assistance is nil at the activity's hours. */
  readonly leavesAssistance: boolean;
  /** For an allowance: nobody knows yet whether the ministry recognizes it. */
  readonly recognitionUnknown: boolean;
  /** 36 of the last 42 months on assistance: the work premium supplement on leaving. */
  readonly longTermRecipient: boolean;
}

/** A step in standard words, with its plain-language version (« Facile à lire »). */
export interface Step extends Localized {
  readonly simple: Localized;
}

export interface FirstSteps {
  /** What to do, in order, with its date when it has one. */
  readonly actions: readonly Step[];
  /** What only the agent can answer. */
  readonly questions: readonly Step[];
}

export function firstSteps(f: FirstStepsFacts): FirstSteps {
  const actions: Step[] = [];
  const questions: Step[] = [];
  if (f.activity === 'none' || f.program === 'none') return { actions, questions };
  if (f.program === 'basicIncome') {
    // The revenu de base counts a year's income, later: no monthly declaration, no booklet rule.
    actions.push({
      fr: 'Gardez vos talons de paie et vos relevés : votre revenu de l’année sera comparé à l’exclusion annuelle du revenu de base.',
      en: 'Keep your pay stubs and statements: your income of the year will be compared with the basic income’s annual exclusion.',
      simple: {
        fr: 'Gardez vos talons de paie. Vos revenus de l’année comptent pour votre revenu de base.',
        en: 'Keep your pay stubs. Your income of the year counts for your basic income.',
      },
    });
    questions.push({
      fr: 'À partir de quel mois mes revenus de cette année changeront-ils mon revenu de base ?',
      en: 'From which month will this year’s income change my basic income?',
      simple: {
        fr: 'À partir de quel mois mes revenus changent-ils mon revenu de base ?',
        en: 'From which month does my income change my basic income?',
      },
    });
    return { actions, questions };
  }
  const by = declarationDeadline(f.start).period;
  // The supplement needs 36 of the last 42 months on assistance (Revenu Québec): said only then.
  const supplement = f.longTermRecipient;
  if (f.activity === 'wage')
    actions.push({
      fr: `Au plus tard le ${lastDayOfMonth('fr', by)}, déclarez votre emploi au ministère (emploi commencé en ${monthName('fr', f.start)}) : c’est la condition pour garder votre carnet de réclamation${supplement ? ', et le supplément à la prime au travail,' : ''} si vous quittez l’aide.`,
      en: `By ${lastDayOfMonth('en', by)}, declare your job to the ministry (a job starting in ${monthName('en', f.start)}): it is the condition for keeping your claim booklet${supplement ? ', and the work premium supplement,' : ''} if you leave assistance.`,
      simple: {
        fr: `Au plus tard le ${lastDayOfMonth('fr', by)}, dites au ministère que vous travaillez. Sinon, si vous quittez l’aide, vous perdez votre carnet de réclamation${supplement ? ' et le supplément à la prime au travail' : ''}.`,
        en: `By ${lastDayOfMonth('en', by)}, tell the ministry you work. If not, when you leave assistance, you lose your claim booklet${supplement ? ' and the work premium supplement' : ''}.`,
      },
    });
  else
    actions.push({
      fr: `Dès ${monthName('fr', f.start)}, déclarez votre allocation à votre agente ou agent d’aide : elle compte dans le chèque du mois suivant.`,
      en: `From ${monthName('en', f.start)}, declare your allowance to your assistance agent: it counts in the next month’s cheque.`,
      simple: {
        fr: `Dès ${monthName('fr', f.start)}, parlez de votre allocation à votre agente ou agent. Elle compte dans le chèque du mois suivant.`,
        en: `From ${monthName('en', f.start)}, tell your agent about your allowance. It counts in the next month’s cheque.`,
      },
    });
  actions.push(
    f.activity === 'wage'
      ? {
          fr: 'Gardez vos talons de paie : chaque mois, vous déclarez ce que vous avez reçu.',
          en: 'Keep your pay stubs: each month you declare what you received.',
          simple: {
            fr: 'Gardez vos talons de paie. Chaque mois, vous dites ce que vous avez reçu.',
            en: 'Keep your pay stubs. Each month, you say what you got.',
          },
        }
      : {
          fr: 'Gardez vos relevés d’allocation : chaque mois, vous déclarez ce que vous avez reçu.',
          en: 'Keep your allowance statements: each month you declare what you received.',
          simple: {
            fr: 'Gardez vos relevés d’allocation. Chaque mois, vous dites ce que vous avez reçu.',
            en: 'Keep your allowance statements. Each month, you say what you got.',
          },
        },
  );
  if (f.activity === 'allowance' && f.recognitionUnknown) {
    actions.push({
      fr: 'Demandez à votre organisme s’il a une lettre du ministère qui reconnaît son allocation (allocation de soutien ou d’aide à l’emploi), et remettez-en une copie à votre agente ou agent.',
      en: 'Ask your organization whether it has a letter from the ministry recognizing its allowance (support or employment assistance allowance), and give a copy to your agent.',
      simple: {
        fr: 'Demandez à votre organisme la lettre du ministère qui reconnaît votre allocation. Donnez-en une copie à votre agente ou agent.',
        en: 'Ask your organization for the ministry’s letter that recognizes your allowance. Give a copy to your agent.',
      },
    });
    questions.push({
      fr: 'Mon allocation est-elle reconnue par le ministère, et à quel titre ?',
      en: 'Does the ministry recognize my allowance, and as what?',
      simple: {
        fr: 'Le ministère reconnaît-il mon allocation ?',
        en: 'Does the ministry recognize my allowance?',
      },
    });
  }
  // The supplement is for leaving because of work income (ADEL 47000): not for an allowance.
  if (f.leavesAssistance && f.longTermRecipient && f.activity === 'wage')
    actions.push({
      fr: 'Pour recevoir le supplément à la prime au travail chaque mois plutôt qu’au printemps, remplissez le formulaire TPZ-1029.8.PS de Revenu Québec (versements anticipés) et remettez-le à un bureau de Services Québec.',
      en: 'To receive the work premium supplement each month rather than in spring, fill in Revenu Québec form TPZ-1029.8.PS (advance payments) and hand it in at a Services Québec office.',
      simple: {
        fr: 'Vous pouvez recevoir le supplément chaque mois. Remplissez le formulaire TPZ-1029.8.PS de Revenu Québec. Apportez-le à un bureau de Services Québec.',
        en: 'You can get the supplement each month. Fill in Revenu Québec form TPZ-1029.8.PS. Bring it to a Services Québec office.',
      },
    });
  if (f.leavesAssistance)
    questions.push({
      fr: 'Jusqu’à quand exactement vais-je garder mon carnet de réclamation ?',
      en: 'Until when exactly will I keep my claim booklet?',
      simple: {
        fr: 'Jusqu’à quand je garde mon carnet de réclamation ?',
        en: 'Until when do I keep my claim booklet?',
      },
    });
  questions.push({
    fr: 'Si je dois arrêter ou réduire mon activité, comment revenir à l’aide, et en combien de temps ?',
    en: 'If I have to stop or reduce my activity, how do I return to assistance, and how long does it take?',
    simple: {
      fr: 'Si je dois arrêter ou travailler moins, comment revenir à l’aide ? Combien de temps ça prend ?',
      en: 'If I must stop or work less, how do I come back to assistance? How long does it take?',
    },
  });
  return { actions, questions };
}
