/**
 * @passerelle/rules — how much money a Québec household has each month with no activity, an
 * RPST participation allowance or a wage, under last-resort assistance; every amount explained.
 */
export { simulate, compare, sweep, validate } from './scenario/api.js';
export {
  caseSchema,
  checkCase,
  valueAt,
  type CaseLine,
  type CaseOutcome,
  type GoldenCase,
} from './cases/case.js';
export { monthName, monthNames, lastDayOfMonth, nextMonth } from './i18n/months.js';
export {
  cliffSearchHours,
  findCliffs,
  nextHour,
  trapWordsBeside,
  roughMoney,
  type IncomeTrap,
  type TrapCause,
  type FindCliffsOptions,
  type NextHour,
} from './insight/cliffs.js';
export {
  timeline,
  type Timeline,
  type TimelineMonth,
  type TimelineYear,
  type TimelineOptions,
  type BookletStatus,
} from './timeline/timeline.js';
export { timelineInputSchema, type TimelineInput } from './timeline/schema.js';
export {
  changesOverWindow,
  monthChanges,
  type ChangesOverWindow,
  type MonthChange,
} from './timeline/month-changes.js';
export {
  comparisonTable,
  comparisonInput,
  comparisonPrograms,
  comparisonColumns,
  comparisonTableForWhom,
  type ComparisonHousehold,
  type ComparisonTable,
  type ComparisonCell,
  type ComparisonProgram,
  type ComparisonColumn,
  type ComparisonTableOptions,
} from './insight/comparison-table.js';
export { moneyPerMonthDefinition } from './scenario/money-per-month.js';
export { headline, rangeHeadline, type HeadlineFacts } from './scenario/sentences/headline.js';
export {
  firstSteps,
  type FirstSteps,
  type FirstStepsFacts,
} from './scenario/sentences/first-steps.js';
export { allowanceOutcomeRange, type AllowanceOutcomeRange } from './scenario/allowance-range.js';
export {
  coverageSentence,
  simpleCoverageSentence,
  type CoverageFacts,
} from './scenario/sentences/coverage.js';
export {
  bookletCondition,
  bookletConditionSimple,
  bookletConditionInGeneral,
  bookletConditionSource,
  declarationDeadline,
} from './programs/claim-booklet.js';
export {
  workIncomeSupplementWords,
  type WorkIncomeSupplementWords,
} from './programs/last-resort/benefit.js';
export {
  recognitionWords,
  type RecognitionAnswer,
  type RecognitionWords,
} from './programs/third-party-allowance.js';
export { costsOfWorking, type CostsOfWorking } from './scenario/costs-of-working.js';
export {
  admissionCountSource,
  type AdmissionCount,
  type CountCourse,
} from './programs/basic-income/admission-count.js';
export { uncertaintyOf, type Uncertainty } from './scenario/sentences/uncertainty.js';
export { applyReform, reformSchema, type Reform } from './reform/reform.js';
export { inValidRange, validRange, type ValidRange } from './parameters/valid-range.js';
export { publicCost, publicCostOf, type PublicCost } from './analysis/public-cost.js';
export {
  employerCost,
  type EmployerCost,
  type EmployerCostLine,
  type EmployerCostOptions,
} from './analysis/employer-cost.js';
export { publicBalanceOf, type PublicBalance, type WagePayer } from './analysis/public-balance.js';
export { analystParameters, employerParameterFile } from './parameters/analyst-set.js';
export { contextFor, type RuleContext } from './rule-context.js';
export { publicCostLines, type Payer, type PublicCostLine } from './analysis/public-cost-lines.js';
export {
  createFiguresSimulator,
  type FiguresSimulator,
  type FiguresSimulatorOptions,
} from './analysis/figures-simulator.js';
export { csvCell, csvRows } from './export/csv.js';
export {
  runStudy,
  studyCsv,
  studyCsvColumns,
  studySchema,
  validateStudy,
  type Study,
  type StudyResult,
  type StudyScenario,
} from './analysis/study.js';
export {
  compareModels,
  modelComparisonSchema,
  type ModelComparison,
  type ModelComparisonInput,
  type ModelRow,
} from './analysis/models.js';
export type { ApiOptions, Comparison, Sweep, SweepOptions, SweepPoint } from './scenario/api.js';
export type {
  AmountLine,
  Explanation,
  Notice,
  ParameterReference,
  SimulationResult,
  Totals,
  TaxYear,
  HouseholdYear,
  MarginalRate,
  TowardBasicIncome,
} from './scenario/result.js';
export { inputFields, type InputFields } from './input/fields.js';
export {
  simulationInputSchema,
  inputLimits,
  programs,
  allowanceTreatments,
  type SimulationInput,
  type ValidSimulationInput,
  type Program,
  type AllowanceTreatment,
} from './input/schema.js';
export {
  PasserelleError,
  isPasserelleError,
  type Outcome,
  type PasserelleFailure,
  type PasserelleErrorName,
  type InputIssue,
} from './errors.js';
export {
  ParameterSet,
  type ResolvedParameter,
  type ResolvedScale,
  type ResolvedBracket,
  type ReadParameter,
  type IsoDate,
} from './parameters/parameter-set.js';
export type { ClaimBookletStatus } from './programs/claim-booklet.js';
export type { Computed } from './explain/computed.js';
export { defaultParameters } from './parameters/default-set.js';
export { parameterFiles } from './parameters/data.js';
export {
  parameterSchema,
  parameterFileSchema,
  type ParameterDefinition,
  type ParameterValue,
  type ParameterSource,
} from './parameters/schema.js';
export type { Localized, Lang } from './i18n/localized.js';
export { spokenHours } from './i18n/localized.js';
export { rulesCatalog, type RuleDoc } from './rules-catalog.js';
