/**
 * The parameters' documentation (descriptions, sources, methods, notes), apart from their values:
 * Node, the command line and the docs load it with the values (package.json `imports`, condition
 * `default`); a browser's first visit does not (condition `browser`: `none.ts`), and a page that
 * shows sources imports `@passerelle/rules/parameter-docs` when a person opens them.
 */
import lastResort from '../../../params/docs/last-resort-assistance.json' with { type: 'json' };
import basicIncome from '../../../params/docs/basic-income.json' with { type: 'json' };
import labour from '../../../params/docs/labour.json' with { type: 'json' };
import payroll from '../../../params/docs/payroll.json' with { type: 'json' };
import federalTax from '../../../params/docs/federal-tax.json' with { type: 'json' };
import quebecTax from '../../../params/docs/quebec-tax.json' with { type: 'json' };
import refundableCredits from '../../../params/docs/refundable-credits.json' with { type: 'json' };
import familyBenefits from '../../../params/docs/family-benefits.json' with { type: 'json' };
import employer from '../../../params/docs/employer.json' with { type: 'json' };

/** Every documentation file, the employer's (analyst tools) included. */
export const parameterDocFiles: readonly unknown[] | null = [
  lastResort,
  basicIncome,
  labour,
  payroll,
  federalTax,
  quebecTax,
  refundableCredits,
  familyBenefits,
  employer,
];
