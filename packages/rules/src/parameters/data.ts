/** The parameter files shipped with the library. Adding a year is a change to these JSON files only. */
import lastResort from '../../params/last-resort-assistance.json' with { type: 'json' };
import basicIncome from '../../params/basic-income.json' with { type: 'json' };
import labour from '../../params/labour.json' with { type: 'json' };
import payroll from '../../params/payroll.json' with { type: 'json' };
import federalTax from '../../params/federal-tax.json' with { type: 'json' };
import quebecTax from '../../params/quebec-tax.json' with { type: 'json' };
import refundableCredits from '../../params/refundable-credits.json' with { type: 'json' };
import familyBenefits from '../../params/family-benefits.json' with { type: 'json' };
import coverage from '../../params/coverage.json' with { type: 'json' };

export const parameterFiles = {
  'last-resort-assistance': lastResort,
  'basic-income': basicIncome,
  labour,
  payroll,
  'federal-tax': federalTax,
  'quebec-tax': quebecTax,
  'refundable-credits': refundableCredits,
  'family-benefits': familyBenefits,
} as const;

export const coverageFile = coverage;
