/**
 * The net public cost line by line, each with its payer and a sentence in French and English
 * saying what it is and where it comes from: what an analyst shows beside a cost figure.
 */
import { money, type Lang, type Localized } from '../i18n/localized.js';
import type { PublicCost } from './public-cost.js';

export type Payer = 'quebec' | 'federal' | 'programFunder';

export interface PublicCostLine {
  readonly id: keyof Omit<PublicCost, 'quebecTotal' | 'federalTotal' | 'total'>;
  readonly payer: Payer;
  readonly label: Localized;
  /** Dollars for the tax year: positive when public money goes to the household. */
  readonly amount: number;
  /** What the line is, whatever the amount. */
  readonly description: Localized;
  /** The amount and what it is. */
  readonly explanation: Localized;
}

type LineText = { payer: Payer; label: Localized; what: Localized };

const lines: Record<PublicCostLine['id'], LineText> = {
  assistance: {
    payer: 'quebec',
    label: { fr: 'Aide financière de dernier recours', en: 'Last-resort assistance' },
    what: {
      fr: 'versée par le ministère de l’Emploi et de la Solidarité sociale (aide sociale, solidarité sociale ou revenu de base, supplément de 25 % compris) : 12 fois la prestation du mois',
      en: 'paid by the ministère de l’Emploi et de la Solidarité sociale (social assistance, social solidarity or basic income, 25 % supplement included): 12 times the monthly benefit',
    },
  },
  allowances: {
    payer: 'programFunder',
    label: { fr: 'Allocations de participation', en: 'Participation allowances' },
    what: {
      fr: 'versées par l’organisme qui offre le programme RPST, avec l’argent de son bailleur de fonds : 12 fois l’allocation du mois',
      en: 'paid by the organization running the RPST program, with its funder’s money: 12 times the monthly allowance',
    },
  },
  quebecCredits: {
    payer: 'quebec',
    label: { fr: 'Crédits remboursables du Québec', en: 'Québec refundable credits' },
    what: {
      fr: 'prime au travail (et son supplément) et crédit d’impôt pour solidarité, versés par Revenu Québec',
      en: 'work premium (and its supplement) and solidarity tax credit, paid by Revenu Québec',
    },
  },
  federalCredits: {
    payer: 'federal',
    label: { fr: 'Crédits remboursables fédéraux', en: 'Federal refundable credits' },
    what: {
      fr: 'Allocation canadienne pour les travailleurs et crédit pour la TPS, versés par l’Agence du revenu du Canada',
      en: 'Canada Workers Benefit and GST/HST credit, paid by the Canada Revenue Agency',
    },
  },
  quebecIncomeTax: {
    payer: 'quebec',
    label: { fr: 'Impôt du Québec perçu', en: 'Québec income tax collected' },
    what: {
      fr: 'impôt sur le revenu du Québec des adultes du ménage (une recette : montant négatif)',
      en: 'Québec income tax of the household’s adults (revenue: a negative amount)',
    },
  },
  federalIncomeTax: {
    payer: 'federal',
    label: { fr: 'Impôt fédéral perçu', en: 'Federal income tax collected' },
    what: {
      fr: 'impôt fédéral après l’abattement du Québec (une recette : montant négatif)',
      en: 'federal income tax after the Québec abatement (revenue: a negative amount)',
    },
  },
  quebecContributions: {
    payer: 'quebec',
    label: { fr: 'Cotisations RRQ et RQAP', en: 'QPP and QPIP contributions' },
    what: {
      fr: 'cotisations des salariés au Régime de rentes du Québec et au Régime québécois d’assurance parentale (recettes ; celles des employeurs sont hors champ)',
      en: 'employee contributions to the Québec Pension Plan and the Québec Parental Insurance Plan (revenue; employer contributions are out of scope)',
    },
  },
  federalContributions: {
    payer: 'federal',
    label: { fr: 'Cotisations d’assurance-emploi', en: 'EI premiums' },
    what: {
      fr: 'cotisations des salariés à l’assurance-emploi, au taux du Québec (recette)',
      en: 'employee employment insurance premiums at the Québec rate (revenue)',
    },
  },
  drugInsurancePremium: {
    payer: 'quebec',
    label: { fr: 'Prime d’assurance médicaments', en: 'Drug insurance premium' },
    what: {
      fr: 'prime du régime public (RAMQ) payée avec la déclaration par qui n’a ni carnet de réclamation ni régime collectif (recette)',
      en: 'public plan (RAMQ) premium paid with the return by someone with neither a claim booklet nor a group plan (revenue)',
    },
  },
};

/** « 1 234,00 $ : … » / « $1,234.00: … ». */
const colon: Record<Lang, string> = { fr: ' : ', en: ': ' };

/** The lines of a public cost, in the order of `PublicCost`, each explained in French and English. */
export function publicCostLines(cost: PublicCost): PublicCostLine[] {
  return (Object.keys(lines) as PublicCostLine['id'][]).map((id) => {
    const text = lines[id];
    const sentence = (lang: Lang) => `${money(lang, cost[id])}${colon[lang]}${text.what[lang]}.`;
    return {
      id,
      payer: text.payer,
      label: text.label,
      amount: cost[id],
      description: text.what,
      explanation: { fr: sentence('fr'), en: sentence('en') },
    };
  });
}
