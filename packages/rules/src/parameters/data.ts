/** The parameter files shipped with the library. Adding a year is a change to these JSON files only. */
import lastResort from '../../params/last-resort-assistance.json' with { type: 'json' };
import basicIncome from '../../params/basic-income.json' with { type: 'json' };
import labour from '../../params/labour.json' with { type: 'json' };
import payroll from '../../params/payroll.json' with { type: 'json' };
import coverage from '../../params/coverage.json' with { type: 'json' };

export const parameterFiles = {
  'last-resort-assistance': lastResort,
  'basic-income': basicIncome,
  labour,
  payroll,
} as const;

export const coverageFile = coverage;
