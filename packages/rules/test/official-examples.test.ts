/**
 * Golden cases from official worked examples and published maxima.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/money.js';
import { defaultParameters } from '../src/parameters/default-set.js';
import { annualContributions, payrollParameters } from '../src/payroll/contributions.js';
import { lastResortBenefit } from '../src/programs/last-resort/benefit.js';
import { lastResortNeeds } from '../src/programs/last-resort/needs.js';

const ctx = (year: number) => ({ date: `${year}-01-01`, parameters: defaultParameters });
const adult = {
  age: 40,
  program: 'socialAssistance' as const,
  temporaryConstraints: false,
  disabilityTaxCredit: false,
  activity: {},
};

describe('ADEL, « Revenu qui cesse » example — https://mani.mess.gouv.qc.ca/?sujet=43308', () => {
  it('100 $ net a week × 4,34821 = 434,82 $, of which 200 $ is excluded: 234,82 $ counted', () => {
    const factor = defaultParameters.at('lastResort.monthlyFactor.weekly', '2025-01-01').value;
    const monthly = new Dec(100).times(factor).toDecimalPlaces(2);
    expect(monthly.toNumber()).toBe(434.82);
    const needs = lastResortNeeds([adult], ctx(2025));
    const r = lastResortBenefit(needs, monthly, [], 1, ctx(2025));
    expect(r.workIncomeCounted.value.toNumber()).toBe(234.82);
    expect(r.workIncomeExcluded.value.toNumber()).toBe(200);
  });
});

describe('Work income supplement — https://mani.mess.gouv.qc.ca/?sujet=228445 (RAPF s. 154.1)', () => {
  it('adds 25 % of the work income above the exclusion while at least 1 $ of aid is due', () => {
    const needs = lastResortNeeds([adult], ctx(2025)); // 829 $
    const r = lastResortBenefit(needs, new Dec(600), [], 1, ctx(2025));
    // 600 − 200 = 400 counted ; deficit 429 ; supplement 100
    expect(r.benefitBeforeSupplement.value.toNumber()).toBe(429);
    expect(r.workIncomeSupplement.value.toNumber()).toBe(100);
    expect(r.benefit.value.toNumber()).toBe(529);
  });
  it('is not paid once income exceeds needs (no deficit)', () => {
    const needs = lastResortNeeds([adult], ctx(2025));
    const r = lastResortBenefit(needs, new Dec(1100), [], 1, ctx(2025));
    expect(r.benefit.value.toNumber()).toBe(0);
    expect(r.workIncomeSupplement.value.toNumber()).toBe(0);
  });
  it('is not paid with a deficit under 1 $', () => {
    const needs = lastResortNeeds([adult], ctx(2025)); // 829
    const r = lastResortBenefit(needs, new Dec('1028.50'), [], 1, ctx(2025)); // deficit 0,50
    expect(r.benefitBeforeSupplement.value.toNumber()).toBe(0.5);
    expect(r.workIncomeSupplement.value.toNumber()).toBe(0);
  });
});

describe('Payroll maxima published by Revenu Québec, ESDC and Retraite Québec', () => {
  const at = (year: number, earnings: number) =>
    annualContributions(new Dec(earnings), payrollParameters(ctx(year)));
  it('2025: QPP 4 339,20 + 396 ; EI 860,67 (Québec) ; QPIP 484,12', () => {
    const c = at(2025, 200000);
    expect(c.qppBase.toNumber()).toBe(4339.2);
    expect(c.qppSecond.toNumber()).toBe(396);
    expect(c.ei.toNumber()).toBe(860.67);
    expect(c.qpip.toNumber()).toBe(484.12);
  });
  it('2026: QPP 4 479,30 + 416 ; EI 895,70 (Québec) ; QPIP 442,90', () => {
    const c = at(2026, 200000);
    expect(c.qppBase.toNumber()).toBe(4479.3);
    expect(c.qppSecond.toNumber()).toBe(416);
    expect(c.ei.toNumber()).toBe(895.7);
    expect(c.qpip.toNumber()).toBe(442.9);
  });
  it('no QPP below the 3 500 $ exemption, EI and QPIP from the first dollar', () => {
    const c = at(2025, 3000);
    expect(c.qpp.toNumber()).toBe(0);
    expect(c.ei.toNumber()).toBe(39.3);
    expect(c.qpip.toNumber()).toBe(14.82);
  });
});

describe('Benefit amounts against the CSSSPNQL table as of 2025-01-01 — https://procedures-sr.cssspnql.com/en/articles/04', () => {
  const needs = (adults: object[]) =>
    lastResortNeeds(adults as never, ctx(2025)).total.value.toNumber();
  it('aide sociale: 784 + 45 ; temporary constraints 950 + 45 ; two adults 1 213 + 45', () => {
    expect(needs([adult])).toBe(829);
    expect(needs([{ ...adult, temporaryConstraints: true }])).toBe(995);
    expect(needs([adult, adult])).toBe(1258);
    expect(needs([{ ...adult, temporaryConstraints: true }, adult])).toBe(1379 + 45);
    expect(
      needs([
        { ...adult, temporaryConstraints: true },
        { ...adult, temporaryConstraints: true },
      ]),
    ).toBe(1498 + 45);
  });
  it('solidarité sociale: 1 191 + 103 ; two adults 1 780 + 118 or 1 781 + 118', () => {
    const severe = { ...adult, program: 'socialSolidarity' };
    expect(needs([severe])).toBe(1294);
    expect(needs([severe, adult])).toBe(1898);
    expect(needs([severe, severe])).toBe(1899);
  });
});
