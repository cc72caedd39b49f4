/**
 * Net public cost of a scenario for a tax year, split by payer. Accounting identity (tested):
 *   disposable income after taxes = gross wages + net public cost
 * (the claim booklet's value left out), so the household's gain from an activity equals the
 * change in wages plus the change in net public cost. Employer contributions, sales taxes and
 * the cost of services are outside this accounting.
 */
import type {
  ContributionFigures,
  PublicCost,
  SimulationResult,
  TaxYear,
  Totals,
} from '../scenario/result.js';

export type { PublicCost } from '../scenario/result.js';

const cents = (n: number) => Math.round(n * 100);
// A zero is a zero: never "-0" (a tax of nothing collected is written -0 otherwise).
const dollars = (c: number) => (c === 0 ? 0 : c / 100);

export type { ContributionFigures } from '../scenario/result.js';

/** Public cost from a result's plain figures (integer cents, so the parts add up exactly). */
export function publicCost(r: SimulationResult): PublicCost {
  const payroll = (id: string) =>
    r.lines.filter((l) => l.id === id).reduce((s, l) => s + cents(l.annual), 0) / 100;
  return publicCostOf(r.annual, r.taxYear, {
    qpp: payroll('payroll.qpp'),
    ei: payroll('payroll.ei'),
    qpip: payroll('payroll.qpip'),
  });
}

/** Public cost from the annual totals, the tax year and the contributions by kind. */
export function publicCostOf(
  annual: Totals,
  y: TaxYear,
  contributions: ContributionFigures,
): PublicCost {
  const parts = {
    assistance: cents(annual.benefit),
    allowances: cents(annual.allowances),
    quebecCredits:
      cents(y.workPremium) +
      cents(y.workPremiumSupplement) +
      cents(y.solidarityCredit) +
      cents(y.familyAllowance),
    federalCredits:
      cents(y.canadaWorkersBenefit) + cents(y.gstCredit) + cents(y.canadaChildBenefit),
    quebecIncomeTax: -cents(y.quebecIncomeTax),
    federalIncomeTax: -cents(y.federalIncomeTax),
    quebecContributions: -(cents(contributions.qpp) + cents(contributions.qpip)),
    federalContributions: -cents(contributions.ei),
    drugInsurancePremium: cents(y.drugInsurancePremium),
  };
  // Contributions are paid monthly and rounded per month: reconcile with the annual total shown.
  const shown = -cents(annual.payrollDeductions);
  parts.quebecContributions += shown - (parts.quebecContributions + parts.federalContributions);
  const quebec =
    parts.assistance +
    parts.quebecCredits +
    parts.quebecIncomeTax +
    parts.quebecContributions +
    parts.drugInsurancePremium;
  const federal = parts.federalCredits + parts.federalIncomeTax + parts.federalContributions;
  return {
    assistance: dollars(parts.assistance),
    allowances: dollars(parts.allowances),
    quebecCredits: dollars(parts.quebecCredits),
    federalCredits: dollars(parts.federalCredits),
    quebecIncomeTax: dollars(parts.quebecIncomeTax),
    federalIncomeTax: dollars(parts.federalIncomeTax),
    quebecContributions: dollars(parts.quebecContributions),
    federalContributions: dollars(parts.federalContributions),
    drugInsurancePremium: dollars(parts.drugInsurancePremium),
    quebecTotal: dollars(quebec),
    federalTotal: dollars(federal),
    total: dollars(quebec + federal + parts.allowances),
  };
}
