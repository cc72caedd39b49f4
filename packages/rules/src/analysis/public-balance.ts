/**
 * The whole public balance of a participant's year, by payer, once the wage is no longer treated
 * as private money: in RPST a wage is most often paid by an organization the health network
 * funds, and it costs its payer the wage and the employer's contributions.
 *
 * - the program funder: the wage and the employer's contributions when a publicly funded
 *   organization pays them (less any wage subsidy), or the allowances and the administration the
 *   analyst enters;
 * - the ministry paying assistance (MESS): assistance or basic income, and a wage subsidy
 *   (Services Québec's Contrat d'intégration au travail, the adapted enterprises' program);
 * - Québec: its refundable credits, less its income tax, the employee's and the employer's QPP
 *   and QPIP contributions, the Health Services Fund, the labour standards contribution, the
 *   CNESST premium and the RAMQ premium;
 * - the federal government: its credits, less its income tax and both EI premiums.
 *
 * Accounting identity (tested to the cent): disposable income after taxes = total public balance
 * + the private employer's money + other wages of the household − the administration (a private
 * employer pays the wage and its charges with its own money, a spouse's wage comes from elsewhere;
 * administration is public money that does not reach the person).
 * Sales taxes, services and the value of the work done stay outside.
 */
import type { HouseholdYear } from '../scenario/result.js';
import type { EmployerCost } from './employer-cost.js';

/** Who pays the wage. */
export interface WagePayer {
  /** `publicFunded`: an organization funded by the health network; `private`: any other employer. */
  readonly kind: 'publicFunded' | 'private';
  /** Share of the wage a wage-subsidy program pays (0 to 1), paid by the employment ministry. */
  readonly subsidyRate: number;
}

export interface PublicBalance {
  /** The program funder (health network): wages and charges of a funded employer, or allowances and administration. */
  readonly funder: number;
  /** The ministry paying assistance (MESS): assistance or basic income, and any wage subsidy. */
  readonly assistanceMinistry: number;
  /** Québec (Revenu Québec, Retraite Québec, RQAP, CNESST, RAMQ): credits less what it collects. */
  readonly quebec: number;
  /** The federal government: credits less income tax and EI premiums. */
  readonly federal: number;
  readonly total: number;
  /** What a private employer pays from its own money (wage and charges, less the subsidy). */
  readonly privateEmployer: number;
  /** Wages of the household other than the participant's (a spouse's): private money. */
  readonly otherWages: number;
  /** The wage subsidy (included in `assistanceMinistry`). */
  readonly wageSubsidy: number;
  /** Employer contributions collected: by Québec and by the federal government (included above). */
  readonly employerContributionsQuebec: number;
  readonly employerContributionsFederal: number;
}

const cents = (n: number) => Math.round(n * 100);
const dollars = (c: number) => (c === 0 ? 0 : c / 100);

/**
 * The balance of a household-year. `employer`: the employer's cost of the participant's wage (or
 * null without a wage); `administration`: the funder's yearly cost of running an allowance.
 */
export function publicBalanceOf(
  year: HouseholdYear,
  employer: EmployerCost | null,
  payer: WagePayer,
  administration = 0,
): PublicBalance {
  const c = year.publicCost;
  const wage = cents(employer?.wage ?? 0);
  const charges = employer?.charges ?? [];
  const chargesQuebec = charges
    .filter((l) => l.collector === 'quebec')
    .reduce((s, l) => s + cents(l.amount), 0);
  const chargesFederal = charges
    .filter((l) => l.collector === 'federal')
    .reduce((s, l) => s + cents(l.amount), 0);
  const employerTotal = wage + chargesQuebec + chargesFederal;
  const subsidy = Math.round(wage * payer.subsidyRate);
  const employerShare = employerTotal - subsidy;
  const funder =
    cents(c.allowances) +
    cents(administration) +
    (payer.kind === 'publicFunded' ? employerShare : 0);
  const privateEmployer = payer.kind === 'private' ? employerShare : 0;
  const assistanceMinistry = cents(c.assistance) + subsidy;
  const quebec =
    cents(c.quebecCredits) +
    cents(c.quebecIncomeTax) +
    cents(c.quebecContributions) +
    cents(c.drugInsurancePremium) -
    chargesQuebec;
  const federal =
    cents(c.federalCredits) +
    cents(c.federalIncomeTax) +
    cents(c.federalContributions) -
    chargesFederal;
  return {
    funder: dollars(funder),
    assistanceMinistry: dollars(assistanceMinistry),
    quebec: dollars(quebec),
    federal: dollars(federal),
    total: dollars(funder + assistanceMinistry + quebec + federal),
    privateEmployer: dollars(privateEmployer),
    otherWages: dollars(cents(year.annual.grossEarnings) - wage),
    wageSubsidy: dollars(subsidy),
    employerContributionsQuebec: dollars(chargesQuebec),
    employerContributionsFederal: dollars(chargesFederal),
  };
}
