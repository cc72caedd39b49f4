/**
 * The catalogue of rules, in the order a result explains them. Each rule is defined once, next to
 * its formula (`defineRule`); the documentation is generated from this list, and tests check that
 * every rule a result can carry is listed here and reads exactly the parameters it declares.
 */
import {
  activityWageGrossMonthlyRule,
  activityWageGrossMonthlyRuleDoc,
  activityAllowanceMonthlyRule,
  activityAllowanceMonthlyRuleDoc,
} from './activity/earnings.js';
import {
  payrollQppRule,
  payrollQppRuleDoc,
  payrollEiRule,
  payrollEiRuleDoc,
  payrollQpipRule,
  payrollQpipRuleDoc,
} from './payroll/contributions.js';
import { lastResortNeedsRule, lastResortNeedsRuleDoc } from './programs/last-resort/needs.js';
import {
  lastResortWorkIncomeExclusionRule,
  lastResortWorkIncomeExclusionRuleDoc,
  lastResortWorkIncomeCountedRule,
  lastResortWorkIncomeCountedRuleDoc,
  lastResortDeficitRule,
  lastResortDeficitRuleDoc,
  lastResortWorkIncomeSupplementRule,
  lastResortWorkIncomeSupplementRuleDoc,
  lastResortBenefitRule,
  lastResortBenefitRuleDoc,
} from './programs/last-resort/benefit.js';
import {
  lastResortThirdPartyAllowanceCountedRule,
  lastResortThirdPartyAllowanceCountedRuleDoc,
} from './programs/third-party-allowance.js';
import {
  basicIncomeNeedsRule,
  basicIncomeNeedsRuleDoc,
  basicIncomeWorkIncomeExclusionRule,
  basicIncomeWorkIncomeExclusionRuleDoc,
  basicIncomeWorkIncomeReductionRule,
  basicIncomeWorkIncomeReductionRuleDoc,
  basicIncomeBenefitRule,
  basicIncomeBenefitRuleDoc,
} from './programs/basic-income/benefit.js';
import { taxFederalRule, taxFederalRuleDoc } from './tax/federal.js';
import { taxQuebecRule, taxQuebecRuleDoc } from './tax/quebec.js';
import { creditsWorkPremiumRule, creditsWorkPremiumRuleDoc } from './credits/work-premium.js';
import {
  creditsWorkPremiumSupplementRule,
  creditsWorkPremiumSupplementRuleDoc,
} from './scenario/annual.js';
import {
  creditsCanadaWorkersBenefitRule,
  creditsCanadaWorkersBenefitRuleDoc,
} from './credits/canada-workers-benefit.js';
import { creditsGstCreditRule, creditsGstCreditRuleDoc } from './credits/gst-credit.js';
import {
  creditsCanadaChildBenefitRule,
  creditsCanadaChildBenefitRuleDoc,
  creditsFamilyAllowanceRule,
  creditsFamilyAllowanceRuleDoc,
} from './credits/child-benefits.js';
import {
  creditsSolidarityCreditRule,
  creditsSolidarityCreditRuleDoc,
} from './credits/solidarity-credit.js';
import {
  creditsDrugInsurancePremiumRule,
  creditsDrugInsurancePremiumRuleDoc,
  creditsClaimBookletValueRule,
  creditsClaimBookletValueRuleDoc,
} from './credits/drug-insurance.js';
import { scenarioExitPointRule, scenarioExitPointRuleDoc } from './scenario/exit.js';
import { documented, type DocumentedRule } from './explain/rule.js';

/** @deprecated Use `RuleDefinition`; kept for callers of the 0.x API. */
export type RuleDoc = DocumentedRule;

export const rulesCatalog: readonly DocumentedRule[] = [
  documented(activityWageGrossMonthlyRule, activityWageGrossMonthlyRuleDoc),
  documented(activityAllowanceMonthlyRule, activityAllowanceMonthlyRuleDoc),
  documented(payrollQppRule, payrollQppRuleDoc),
  documented(payrollEiRule, payrollEiRuleDoc),
  documented(payrollQpipRule, payrollQpipRuleDoc),
  documented(lastResortNeedsRule, lastResortNeedsRuleDoc),
  documented(lastResortWorkIncomeExclusionRule, lastResortWorkIncomeExclusionRuleDoc),
  documented(lastResortWorkIncomeCountedRule, lastResortWorkIncomeCountedRuleDoc),
  documented(lastResortThirdPartyAllowanceCountedRule, lastResortThirdPartyAllowanceCountedRuleDoc),
  documented(lastResortDeficitRule, lastResortDeficitRuleDoc),
  documented(lastResortWorkIncomeSupplementRule, lastResortWorkIncomeSupplementRuleDoc),
  documented(lastResortBenefitRule, lastResortBenefitRuleDoc),
  documented(basicIncomeNeedsRule, basicIncomeNeedsRuleDoc),
  documented(basicIncomeWorkIncomeExclusionRule, basicIncomeWorkIncomeExclusionRuleDoc),
  documented(basicIncomeWorkIncomeReductionRule, basicIncomeWorkIncomeReductionRuleDoc),
  documented(basicIncomeBenefitRule, basicIncomeBenefitRuleDoc),
  documented(taxFederalRule, taxFederalRuleDoc),
  documented(taxQuebecRule, taxQuebecRuleDoc),
  documented(creditsWorkPremiumRule, creditsWorkPremiumRuleDoc),
  documented(creditsWorkPremiumSupplementRule, creditsWorkPremiumSupplementRuleDoc),
  documented(creditsCanadaWorkersBenefitRule, creditsCanadaWorkersBenefitRuleDoc),
  documented(creditsGstCreditRule, creditsGstCreditRuleDoc),
  documented(creditsCanadaChildBenefitRule, creditsCanadaChildBenefitRuleDoc),
  documented(creditsFamilyAllowanceRule, creditsFamilyAllowanceRuleDoc),
  documented(creditsSolidarityCreditRule, creditsSolidarityCreditRuleDoc),
  documented(creditsDrugInsurancePremiumRule, creditsDrugInsurancePremiumRuleDoc),
  documented(creditsClaimBookletValueRule, creditsClaimBookletValueRuleDoc),
  documented(scenarioExitPointRule, scenarioExitPointRuleDoc),
];
