/**
 * Income taxes and refundable credits: cross-checks against published maxima and thresholds,
 * personas end to end (hand-calculated line by line), and invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canadaWorkersBenefit } from '../src/credits/canada-workers-benefit.js';
import { gstCredit } from '../src/credits/gst-credit.js';
import { solidarityCredit } from '../src/credits/solidarity-credit.js';
import { workPremium } from '../src/credits/work-premium.js';
import { Dec } from '../src/money.js';
import { defaultParameters } from '../src/parameters/default-set.js';
import { simulate, type SimulationInput, type SimulationResult } from '../src/index.js';
import { ok } from './helpers.js';
import { jonathan, karimAndJulie, line, marc, nadia, sophie } from './persona-cases.js';

const ctx = (year: number) => ({ date: `${year}-06-01`, parameters: defaultParameters });
const annual = (c: { value: Dec }) => c.value.times(12).toDecimalPlaces(2).toNumber();

describe('work premium: the 2025 maxima published by Revenu Québec (via TaxTips.ca) — https://www.taxtips.ca/qctax/workpremium.htm', () => {
  const at = (programs: string[], w: number) =>
    annual(workPremium(programs as never, new Dec(w), new Dec(w), ctx(2025)).amount);
  it('general: 1 185,52 $ single, 1 848,34 $ couple without children', () => {
    expect(at(['socialAssistance'], 12620)).toBe(1185.52);
    expect(at(['socialAssistance', 'socialAssistance'], 19534)).toBe(1848.34);
  });
  it('adapted (severe constraints): 2 257,33 $ single, 3 501,46 $ couple', () => {
    expect(at(['socialSolidarity'], 17798)).toBe(2257.33);
    expect(at(['socialSolidarity', 'socialAssistance'], 26946)).toBe(3501.46);
  });
  it('nothing without work income; reduced by 10 % of family income above the threshold', () => {
    expect(workPremium(['socialAssistance'], new Dec(0), new Dec(15000), ctx(2025)).kind).toBe(
      null,
    );
    const r = workPremium(['socialAssistance'], new Dec(12620), new Dec(13620), ctx(2025));
    expect(annual(r.amount)).toBe(1085.52);
  });
});

describe('Canada Workers Benefit, Québec 2025 — https://www.taxtips.ca/filing/canada-workers-benefit/cwb-2025-quebec.htm', () => {
  const cwb = (couple: boolean, wi: number, ani: number) =>
    annual(canadaWorkersBenefit(couple, 40, new Dec(wi), new Dec(ani), ctx(2025)));
  it('maximum 3 812,06 $ single and 5 943,38 $ couple', () => {
    expect(cwb(false, 12620, 12620)).toBe(3812.06);
    expect(cwb(true, 19534, 19534)).toBe(5943.38);
  });
  it('zero at the published net income levels: 33 230,35 $ single, 51 504,09 $ couple', () => {
    expect(cwb(false, 20000, 33230.35)).toBe(0);
    expect(cwb(false, 20000, 33180)).toBeGreaterThan(0);
    expect(cwb(true, 30000, 51504.09)).toBe(0);
  });
});

describe('GST credit, July 2025 – June 2026 — https://www.canada.ca/en/revenue-agency/services/child-family-benefits/goods-services-tax-harmonized-sales-tax-gst-hst-credit.html', () => {
  const gst = (adults: number, income: number) =>
    annual(gstCredit(adults, new Dec(income), ctx(2025)));
  it('349 $ per adult; a single person reaches 533 $ with the full 184 $ supplement', () => {
    expect(gst(1, 5000)).toBe(349);
    expect(gst(1, 25000)).toBe(533);
    expect(gst(2, 25000)).toBe(698);
  });
  it('reduced by 5 % above 45 521 $', () => {
    expect(gst(1, 46521)).toBe(483);
  });
});

describe('solidarity credit (derived July 2025 amounts)', () => {
  it('single living alone with housing: 356 + 169 + 731 = 1 256 $; 3 % reduction with one component', () => {
    expect(annual(solidarityCredit(1, true, true, new Dec(20000), ctx(2025)))).toBe(1256);
    expect(annual(solidarityCredit(1, true, false, new Dec(52325), ctx(2025)))).toBe(225);
  });
});

describe('Persona 1 — Marc, 10 h at the minimum wage, tax year 2026 (hand-calculated)', () => {
  const r = ok(marc({ wage: { hoursPerWeek: 10 } }));
  it('pays no income tax and gets the adapted work premium, the CWB, the GST and solidarity credits', () => {
    // Employment 721,80 × 12 = 8 661,60 ; assistance 956,34 × 12 = 11 476,08.
    // QPP 325,18 of which 51,62 enhanced (deducted) and 273,56 base (credited); EI 112,60; QPIP 37,24.
    // Federal net income 20 086,06; taxable 8 609,98 × 14 % = 1 205,40 < credits 14 % × 18 376,40: 0.
    // Québec net income 20 086,06 − 519,70 (6 %) = 19 566,36; taxable 8 090,28 × 14 % < credits: 0.
    expect(r.taxYear.federalIncomeTax).toBe(0);
    expect(r.taxYear.quebecIncomeTax).toBe(0);
    // Adapted premium: 13,6 % × (8 661,60 − 1 200) = 1 014,78 − 10 % × (19 566,36 − 18 163) = 874,44.
    expect(r.taxYear.workPremiumKind).toBe('adapted');
    expect(r.taxYear.workPremium).toBe(874.44);
    // CWB: 37,3 % × (8 661,60 − 2 400) = 2 335,58 − 20 % × (20 086,06 − 14 453,45) = 1 209,05.
    expect(r.taxYear.canadaWorkersBenefit).toBe(1209.05);
    // GST: 445 + 2 % × (20 086,06 − 11 564) = 615,44. Solidarity: 363 + 172 + 746 = 1 281.
    expect(r.taxYear.gstCredit).toBe(615.44);
    expect(r.taxYear.solidarityCredit).toBe(1281);
    expect(r.taxYear.drugInsurancePremium).toBe(0);
    // 1 638,56 × 12 + 874,44 + 1 209,05 + 615,44 + 1 281 = 23 642,65.
    expect(r.taxYear.disposableIncome).toBe(23642.65);
    // No activity: 15 816 + GST 445 + 2 % × (15 816 − 11 564) + 1 281 = 17 627,04; difference 6 015,61.
    expect(r.comparison.differenceAfterTaxesVsNoActivity.annual).toBe(6015.61);
  });
});

describe('Persona 2 — Sophie, 15 h at the minimum wage, tax year 2026 (hand-calculated)', () => {
  it('gets the general work premium', () => {
    const r = ok(sophie());
    // Employment 12 992,40; assistance 4 840,92; QPP 598,02 (94,92 enhanced); federal net 17 738,40.
    // Québec net 17 738,40 − 779,54 = 16 958,86.
    // General premium: 11,6 % × (12 880 − 2 400) = 1 215,68 − 10 % × (16 958,86 − 12 880) = 807,79.
    expect(r.taxYear.workPremiumKind).toBe('general');
    expect(r.taxYear.workPremium).toBe(807.79);
    // CWB: min(3 909,04; 37,3 % × 10 592,40) − 20 % × (17 738,40 − 14 453,45) = 3 252,05.
    expect(r.taxYear.canadaWorkersBenefit).toBe(3252.05);
    expect(r.taxYear.gstCredit).toBe(568.49);
    expect(r.taxYear.disposableIncome).toBe(22919.69);
  });
});

describe('timing and marginal rates', () => {
  const input: SimulationInput = {
    period: { year: 2025, month: 9 },
    household: {
      adults: [{ age: 30, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 20 } } }],
    },
  };
  it('the cash view adds up to the calendar year, averaged or at the payment schedule', () => {
    // January to June are paid the period begun the July before: the credits a June month is
    // paid (its lines), against the tax year's (this July's period), half a year each.
    const june = ok({ ...input, period: { year: 2025, month: 6 } });
    const periodic = [
      'credits.gstCredit',
      'credits.canadaChildBenefit',
      'credits.solidarityCredit',
    ];
    const firstHalf = periodic
      .map((id) => june.lines.find((l) => l.id === id)?.annual ?? 0)
      .reduce((a, b) => a + b, 0);
    for (const creditTiming of ['averaged', 'schedule'] as const) {
      const r = ok({ ...input, options: { creditTiming } });
      const year = r.taxYear.gstCredit + r.taxYear.canadaChildBenefit + r.taxYear.solidarityCredit;
      expect(firstHalf).not.toBe(year);
      const calendarYear = r.taxYear.disposableIncome + (firstHalf - year) / 2;
      const total = r.cashByMonth.reduce((s, m) => s + Math.round(m.amount * 100), 0);
      expect(Math.abs(total - Math.round(calendarYear * 100))).toBeLessThanOrEqual(12);
    }
    // January is paid the July 2024 period's GST credit (a quarter of it), October this July's.
    const scheduled = ok({ ...input, options: { creditTiming: 'schedule' } });
    const gst = (r: typeof june) => r.lines.find((l) => l.id === 'credits.gstCredit')!.annual;
    expect(scheduled.cashByMonth[0]!.credits - scheduled.cashByMonth[1]!.credits).toBeCloseTo(
      gst(june) / 4,
      1,
    );
    const schedule = ok({ ...input, options: { creditTiming: 'schedule' } }).cashByMonth;
    // The work premium and the CWB arrive with the spring refund.
    expect(schedule[3]!.credits).toBeGreaterThan(schedule[2]!.credits);
  });
  it('a participant with a wage faces an EMTR that adds up from its causes', () => {
    const r = ok(input);
    const m = r.marginalRates.oneMoreHour!;
    const sum = Object.values(m.components).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - m.rate)).toBeLessThan(0.002);
    expect(r.marginalRates.participationTaxRate).toBeGreaterThan(0);
  });
  it('no activity: no participation rate, but the first hour has a rate', () => {
    const r = ok({ ...input, household: { adults: [{ age: 30, program: 'socialAssistance' }] } });
    expect(r.marginalRates.participationTaxRate).toBe(null);
    expect(r.marginalRates.oneMoreHour).not.toBe(null);
  });
});

describe('properties of the tax year (1 000 random households each)', () => {
  const household = fc.record({
    program: fc.constantFrom(
      'socialAssistance' as const,
      'socialSolidarity' as const,
      'basicIncome' as const,
      'none' as const,
    ),
    hours: fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
    wage: fc.integer({ min: 1600, max: 6000 }).map((c) => c / 100),
    year: fc.constantFrom(2025, 2026),
    month: fc.integer({ min: 1, max: 12 }),
    couple: fc.boolean(),
  });
  const run = (h: {
    program: string;
    hours: number;
    wage: number;
    year: number;
    month: number;
    couple: boolean;
  }): SimulationResult => {
    const couple = h.couple && h.program !== 'basicIncome';
    const adult = {
      age: 40,
      program: h.program,
      activity: { wage: { hoursPerWeek: h.hours, hourlyWage: h.wage } },
    };
    const r = simulate({
      period: { year: h.year, month: h.month },
      household: { adults: couple ? [adult, { age: 40, program: h.program }] : [adult] },
    });
    if (!r.ok) throw new Error(r.error.message.en);
    return r.value;
  };
  it('disposable income after taxes equals the sum of its parts; taxes and credits are never negative', () => {
    fc.assert(
      fc.property(household, (h) => {
        const r = run(h);
        const t = r.taxYear;
        const c = (n: number) => Math.round(n * 100);
        const parts =
          12 * c(r.monthly.disposableIncome) -
          c(t.federalIncomeTax) -
          c(t.quebecIncomeTax) +
          c(t.workPremium) +
          c(t.workPremiumSupplement) +
          c(t.canadaWorkersBenefit) +
          c(t.gstCredit) +
          c(t.solidarityCredit) +
          c(t.drugInsurancePremium);
        expect(Math.abs(parts - c(t.disposableIncome))).toBeLessThanOrEqual(2);
        for (const v of [
          t.federalIncomeTax,
          t.quebecIncomeTax,
          t.workPremium,
          t.canadaWorkersBenefit,
          t.gstCredit,
          t.solidarityCredit,
        ]) {
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(t.drugInsurancePremium).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
  it('the EMTR by finite difference equals the sum of its analytic components', () => {
    fc.assert(
      fc.property(household, (h) => {
        const m = run(h).marginalRates.oneMoreHour;
        if (!m) return;
        const sum = Object.values(m.components).reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - m.rate)).toBeLessThan(0.003);
      }),
      { numRuns: 1000 },
    );
  });
  it('credits are zero above their exit thresholds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200000 }),
        fc.boolean(),
        fc.constantFrom(2025, 2026),
        (income, couple, year) => {
          const c = ctx(year);
          const p = (id: string) => defaultParameters.at(id, c.date).value;
          const who = couple ? 'couple' : 'single';
          const cwbZero = p(`credits.cwb.quebec.phaseOutThreshold.${who}`).plus(
            p(`credits.cwb.quebec.maximum.${who}`).dividedBy(p('credits.cwb.quebec.phaseOutRate')),
          );
          const ani = cwbZero.plus(income);
          expect(annual(canadaWorkersBenefit(couple, 40, new Dec(income), ani, c))).toBe(0);
          const adults = couple ? 2 : 1;
          const gstZero = p('credits.gst.reductionThreshold').plus(
            p('credits.gst.adultAmount')
              .times(adults)
              .plus(p('credits.gst.singleSupplement.maximum'))
              .dividedBy(p('credits.gst.reductionRate')),
          );
          expect(annual(gstCredit(adults, gstZero.plus(income), c))).toBe(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('Persona 3 — Jonathan, 19, 5 h of RPST at 2 $/h, tax year 2025 (hand-calculated)', () => {
  it('no work income: only the GST and solidarity credits', () => {
    const r = ok(jonathan());
    // Net income 10 026,24 (assistance, 835,52 × 12, single-person adjustment included) + 521,76
    // (allowance, reported then deducted) = 10 548: below the GST supplement threshold (11 337 $):
    // 349 $. Solidarity 356 + 169 + 731 = 1 256 $.
    expect(r.taxYear.workPremiumKind).toBe(null);
    expect(r.taxYear.canadaWorkersBenefit).toBe(0);
    expect(r.taxYear.gstCredit).toBe(349);
    expect(r.taxYear.solidarityCredit).toBe(1256);
    // 879 × 12 + 349 + 1 256 = 12 153.
    expect(r.taxYear.disposableIncome).toBe(12153);
  });
});

describe('Persona 4 — Line, revenu de base, 25 h at 17 $, tax year 2026 (hand-calculated)', () => {
  it('pays some federal tax and keeps most of the adapted work premium', () => {
    const r = ok(line());
    // Employment 22 175,88; basic income 1 494,95 × 12 = 17 939,40; QPP 1 176,58 (186,76 enhanced,
    // 989,82 base); EI 288,29; QPIP 95,36. Federal net 39 928,52, taxable 21 989,12:
    // 14 % × 21 989,12 − 14 % × (16 452 + 1 501 + 989,82 + 288,29 + 95,36) = 372,77, less 16,5 % = 311,26.
    expect(r.taxYear.federalIncomeTax).toBe(311.26);
    // Québec: taxable 20 658,57 × 14 % = 2 892,20 < 14 % × (18 952 + 2 172): 0.
    expect(r.taxYear.quebecIncomeTax).toBe(0);
    // Family income 20 658,57 + 17 939,40 = 38 597,97.
    // Adapted premium: 13,6 % × (18 163 − 1 200) − 10 % × (38 597,97 − 18 163) = 263,47.
    expect(r.taxYear.workPremium).toBe(263.47);
    // CWB: 3 909,04 − 20 % × (39 928,52 − 14 453,45) < 0: 0. GST: 445 + 234 = 679.
    expect(r.taxYear.canadaWorkersBenefit).toBe(0);
    expect(r.taxYear.gstCredit).toBe(679);
    // 3 212,92 × 12 − 311,26 + 263,47 + 679 + 1 281 = 40 467,25.
    expect(r.taxYear.disposableIncome).toBe(40467.25);
  });
});

describe('Persona 5 — Karim (12 h RPST) and Julie (30 h), tax year 2026 (hand-calculated)', () => {
  it('Julie pays no income tax (spouse amount, Karim’s unused credits); adapted premium and CWB', () => {
    const r = ok(karimAndJulie());
    // Julie: employment 25 984,92; QPP 1 416,55 (224,85 enhanced); federal taxable 25 760,07.
    // She reports the couple's assistance (higher net income without it, CRA line 14500) and
    // claims the spouse amount: 16 452 − Karim's allowance 1 878,48 = 14 573,52 (ITA 118(1)(a)).
    // 14 % × 25 760,07 = 3 606,41 < 14 % × (16 452 + 14 573,52 + 1 501 + 1 191,70 + EI + QPIP): 0.
    expect(r.taxYear.federalIncomeTax).toBe(0);
    // Québec: (25 760,07 − 1 450) × 14 % − 18 952 × 14 % = 750,13, less Karim's unused credits
    // (14 % × 18 952 = 2 653,28; his taxable income is nil) transferred at line 431: 0.
    expect(r.taxYear.quebecIncomeTax).toBe(0);
    // Family Québec net income 24 310,07 + 7 818,96 (Karim: assistance and allowance) = 32 129,03.
    // Adapted premium (couple): 13,6 % × (25 984,92 − 1 200) − 10 % × (32 129,03 − 27 498) = 2 907,65.
    expect(r.taxYear.workPremium).toBe(2907.65);
    // CWB (couple): 6 092,96 − 20 % × (33 579,03 − 22 222,93) = 3 821,74.
    expect(r.taxYear.canadaWorkersBenefit).toBe(3821.74);
    expect(r.taxYear.gstCredit).toBe(890);
    expect(r.taxYear.solidarityCredit).toBe(1632);
    // 2 661,48 × 12 + 2 907,65 + 3 821,74 + 890 + 1 632 = 41 189,15.
    expect(r.taxYear.disposableIncome).toBe(41189.15);
  });
});

describe('Persona 6 — Nadia, single parent: what a family’s figures count is said', () => {
  it('names the family amounts', () => {
    const r = ok(nadia());
    const notice = r.notices.find((n) => n.code === 'familyAmounts');
    expect(notice?.message.fr).toContain('crédits pour la TPS et pour solidarité');
    expect(notice?.message.en).toContain('Canada child benefit');
  });
});
