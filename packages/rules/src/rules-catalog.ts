/**
 * The catalogue of rules, in the order a result explains them. Each rule is defined once, next to
 * its formula (`defineRule`); the documentation is generated from this list, and tests check that
 * every rule a result can carry is listed here and reads exactly the parameters it declares.
 */
import { activityWageGrossMonthlyRule, activityAllowanceMonthlyRule } from './activity/earnings.js';
import { payrollQppRule, payrollEiRule, payrollQpipRule } from './payroll/contributions.js';
import { lastResortNeedsRule } from './programs/last-resort/needs.js';
import {
  lastResortWorkIncomeExclusionRule,
  lastResortWorkIncomeCountedRule,
  lastResortDeficitRule,
  lastResortWorkIncomeSupplementRule,
  lastResortBenefitRule,
} from './programs/last-resort/benefit.js';
import { lastResortThirdPartyAllowanceCountedRule } from './programs/third-party-allowance.js';
import {
  basicIncomeNeedsRule,
  basicIncomeWorkIncomeExclusionRule,
  basicIncomeWorkIncomeReductionRule,
  basicIncomeBenefitRule,
} from './programs/basic-income/benefit.js';
import { taxFederalRule } from './tax/federal.js';
import { taxQuebecRule } from './tax/quebec.js';
import { creditsWorkPremiumRule } from './credits/work-premium.js';
import { creditsWorkPremiumSupplementRule } from './scenario/annual.js';
import { creditsCanadaWorkersBenefitRule } from './credits/canada-workers-benefit.js';
import { creditsGstCreditRule } from './credits/gst-credit.js';
import {
  creditsCanadaChildBenefitRule,
  creditsFamilyAllowanceRule,
} from './credits/child-benefits.js';
import { creditsSolidarityCreditRule } from './credits/solidarity-credit.js';
import {
  creditsDrugInsurancePremiumRule,
  creditsClaimBookletValueRule,
} from './credits/drug-insurance.js';
import { scenarioExitPointRule } from './scenario/exit.js';
import type { RuleDefinition } from './explain/rule.js';

/** @deprecated Use `RuleDefinition`; kept for callers of the 0.x API. */
export type RuleDoc = RuleDefinition;

export const rulesCatalog: readonly RuleDefinition[] = [
  activityWageGrossMonthlyRule,
  activityAllowanceMonthlyRule,
  payrollQppRule,
  payrollEiRule,
  payrollQpipRule,
  lastResortNeedsRule,
  lastResortWorkIncomeExclusionRule,
  lastResortWorkIncomeCountedRule,
  lastResortThirdPartyAllowanceCountedRule,
  lastResortDeficitRule,
  lastResortWorkIncomeSupplementRule,
  lastResortBenefitRule,
  basicIncomeNeedsRule,
  basicIncomeWorkIncomeExclusionRule,
  basicIncomeWorkIncomeReductionRule,
  basicIncomeBenefitRule,
  taxFederalRule,
  taxQuebecRule,
  creditsWorkPremiumRule,
  creditsWorkPremiumSupplementRule,
  creditsCanadaWorkersBenefitRule,
  creditsGstCreditRule,
  creditsCanadaChildBenefitRule,
  creditsFamilyAllowanceRule,
  creditsSolidarityCreditRule,
  creditsDrugInsurancePremiumRule,
  creditsClaimBookletValueRule,
  scenarioExitPointRule,
];
