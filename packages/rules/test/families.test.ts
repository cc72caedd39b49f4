/**
 * Families with children (issue 15): golden cases from official tables, and the hand-computed
 * persona of a single parent with a 4-year-old on aide sociale at 0, 10 and 20 hours a week (June
 * 2026, minimum wage), each figure worked out below from the parameters' sources.
 */
import { describe, expect, it } from 'vitest';
import {
  applyReform,
  contextFor,
  defaultParameters,
  simulate,
  timeline,
  type SimulationInput,
} from '../src/index.js';
import { canadaChildBenefit, familyAllowance } from '../src/credits/child-benefits.js';
import { gstCredit } from '../src/credits/gst-credit.js';
import { annualOf } from '../src/explain/computed.js';
import { dec } from '../src/money.js';
import { line, ok } from './helpers.js';

const y2025 = contextFor({ year: 2025, month: 9 }, defaultParameters);
const d = (n: number) => dec(n);
const yearly = (c: Parameters<typeof annualOf>[0]) => annualOf(c).toNumber();

describe('Allocation famille — Retraite Québec, « 2025 amounts of Family Allowance payments based on family income »', () => {
  // http://rrq.gouv.qc.ca/en/programmes/soutien_enfants/paiement/Pages/montant-selon-revenu-familial.aspx
  // The table gives whole dollars; the rule pays the exact amount (within 1 $ of the table).
  const af = (children: number, single: boolean, income: number) =>
    yearly(
      familyAllowance(
        Array.from({ length: children }, () => ({ age: 2 })),
        single,
        d(income),
        y2025,
      ),
    );
  it.each([
    [1, false, 59000, 3006],
    [1, false, 60000, 2981],
    [2, false, 60000, 5987],
    [1, true, 43000, 4061],
    [1, true, 44000, 4032],
    [1, true, 105000, 1617],
  ])('%i child(ren), single parent %s, family income %i $ → %i $', (n, single, income, table) => {
    expect(Math.abs(af(n, single, income) - table)).toBeLessThanOrEqual(0.5);
  });
  it('2026: the threshold is where the family work premium ends (Taxation Act s. 1029.8.61.22)', () => {
    // https://www.legisquebec.gouv.qc.ca/fr/version/lc/I-3?code=se:1029_8_61_22
    // Single parent: 12 880 + 30 % ÷ 10 % × (12 880 − 2 400) = 44 320 $; couple: 19 935 + 25 % ÷
    // 10 % × (19 935 − 3 600) = 60 772.50 $. 1 000 $ above: 40 $ less than the maximum.
    const y2026 = contextFor({ year: 2026, month: 9 }, defaultParameters);
    const at = (single: boolean, income: number) =>
      yearly(familyAllowance([{ age: 2 }], single, d(income), y2026));
    expect(at(true, 44320)).toBe(3068 + 1077);
    expect(at(true, 45320)).toBe(3068 + 1077 - 40);
    expect(at(false, 60772.5)).toBe(3068);
    expect(at(false, 61772.5)).toBe(3068 - 40);
  });
  it('school supplies for a child of 4 to 16, the handicapped child supplement as a flag', () => {
    const a = familyAllowance([{ age: 4 }, { age: 10, disability: true }], false, d(30000), y2025);
    // 2 × 3 006 + 2 × 124 + 2 832 (releve.retraitequebec.gouv.qc.ca, montants-prestations.php)
    expect(yearly(a)).toBe(2 * 3006 + 2 * 124 + 2832);
  });
});

describe('GST credit — canada.ca payments chart, July 2025 – June 2026', () => {
  // https://www.canada.ca/en/revenue-agency/services/child-family-benefits/goods-services-tax-harmonized-sales-tax-gst-hst-credit/goods-services-tax-harmonised-sales-tax-credit-payments-chart.html
  // « Under $11,337.00 | $349.00 | $882.00 | $1,066.00 » (single: no child, 1, 2 children);
  // « Under $45,521 | $698.00 | $882.00 | $1,066.00 » (married or common-law).
  const gst = (adults: number, children: number, income: number) =>
    yearly(gstCredit(adults, d(income), y2025, children));
  it.each([
    [1, 0, 11000, 349],
    [1, 1, 11000, 882],
    [1, 2, 11000, 1066],
    [2, 0, 40000, 698],
    [2, 1, 40000, 882],
    [2, 2, 40000, 1066],
  ])('%i adult(s), %i child(ren), %i $ → %i $', (adults, children, income, chart) => {
    expect(gst(adults, children, income)).toBe(chart);
  });
});

describe('Canada child benefit — canada.ca « how much », July 2025 – June 2026', () => {
  // https://www.canada.ca/en/revenue-agency/services/child-family-benefits/canada-child-benefit/how-much.html
  // « Less than $37,487 You get the maximum benefit amount for each eligible child. »
  it('the maximum below the first threshold, by age', () => {
    const c = canadaChildBenefit([{ age: 3 }, { age: 8 }], d(30000), y2025);
    expect(yearly(c)).toBe(7997 + 6748);
  });
  it('two children at 50 000 $: 13.5 % of the income above 37 487 $', () => {
    const c = canadaChildBenefit([{ age: 3 }, { age: 8 }], d(50000), y2025);
    // 14 745 − 13.5 % × 12 513 (= 1 689.255) = 13 055.745 → 13 055.75 $ (to the cent, half up).
    expect(yearly(c)).toBe(13055.75);
  });
  it('nothing without a child under 18, and no parameter read', () => {
    const c = canadaChildBenefit([{ age: 19 }], d(10000), y2025);
    expect(yearly(c)).toBe(0);
    expect(c.parameters).toHaveLength(0);
  });
});

/** Persona 8 — Amélie, 30, single parent of a 4-year-old, aide sociale, June 2026. */
const amelie = (hours: number): SimulationInput => ({
  period: { year: 2026, month: 6 },
  household: {
    adults: [
      {
        age: 30,
        program: 'socialAssistance',
        activity: hours > 0 ? { wage: { hoursPerWeek: hours } } : {},
      },
    ],
    children: [{ age: 4 }],
  },
});

describe('Persona 8 — Amélie, single parent of a 4-year-old on aide sociale (hand-computed)', () => {
  it('0 h: the cheque with the allowance for a child under 5, and the child benefits', () => {
    const r = ok(amelie(0));
    // 800 $ + 45 $ + 169 $ (temporary constraints: a child under 5, ADEL ?sujet=42454).
    expect(line(r, 'lastResort.benefit')).toBe(1014);
    // June is paid the July 2025 – June 2026 period: CCB maximum under 6 7 997 $ a year = 666.42 $
    // a month (July 2026 brings 8 157 $ = 679.75 $).
    expect(line(r, 'credits.canadaChildBenefit')).toBe(666.42);
    // Allocation famille 2026: 3 068 + 1 077 (single parent) + 127 school supplies = 4 272 $ → 356 $.
    expect(line(r, 'credits.familyAllowance')).toBe(356);
    // GST July 2025 – June 2026: 349 (adult) + 349 (first child of a single parent) + 184
    // supplement = 882 $ → 73.50 $ (from July 2026: 1 124 $ → 93.67 $).
    expect(line(r, 'credits.gstCredit')).toBe(73.5);
    expect(r.notices.some((n) => n.code === 'familyAmounts')).toBe(true);
  });
  it('10 h: the family rates of the work premium and of the CWB', () => {
    const r = ok(amelie(10));
    const annual = (id: string) => r.lines.find((l) => l.id === id)!.annual;
    // Work income 8 661.60 $. Premium: 30 % × (8 661.60 − 2 400) = 1 878.48, less 10 % of the
    // Québec family income (15 918.40) above 12 880 = 303.84 → 1 574.64 $.
    expect(annual('credits.workPremium')).toBe(1574.64);
    // CWB: 20 % × (8 661.60 − 2 400) = 1 252.32 (≤ 2 096), less 20 % of the adjusted net
    // income (16 438.06) above 14 628.39 = 361.93 → 890.39 $.
    expect(annual('credits.canadaWorkersBenefit')).toBe(890.39);
    // The child benefits do not move with work at this income (below both reduction thresholds).
    expect(line(r, 'credits.canadaChildBenefit')).toBe(666.42);
    expect(line(r, 'credits.familyAllowance')).toBe(356);
  });
  it('each month is paid the benefit period it falls in: July to June', () => {
    const at = (year: number, month: number) => ok({ ...amelie(0), period: { year, month } });
    // July 2026 starts the July 2026 – June 2027 period: 8 157 $ and 1 124 $.
    expect(line(at(2026, 7), 'credits.canadaChildBenefit')).toBe(679.75);
    expect(line(at(2026, 7), 'credits.gstCredit')).toBe(93.67);
    // January 2025 is paid the July 2024 – June 2025 period (canada.ca and ESDC): CCB 7 787 $
    // = 648.92 $; GST 340 + 340 + 179 = 859 $ = 71.58 $.
    expect(line(at(2025, 1), 'credits.canadaChildBenefit')).toBe(648.92);
    expect(line(at(2025, 1), 'credits.gstCredit')).toBe(71.58);
    // The tax year keeps its convention (the period from its July) and says the month's period.
    const june = at(2026, 6);
    expect(june.taxYear.canadaChildBenefit).toBe(8157);
    expect(june.moneyPerMonth.creditPeriod.startYear).toBe(2025);
    expect(at(2026, 7).moneyPerMonth.creditPeriod).toMatchObject({
      startYear: 2026,
      yearDifference: 0,
    });
    const gstLine = june.lines.find((l) => l.id === 'credits.gstCredit')!;
    expect(gstLine.explanation.text.fr).toContain(
      'période de versement de juillet 2025 à juin 2026',
    );
    expect(gstLine.explanation.text.en).toContain('payment period July 2025 to June 2026');
    // A single parent's first child has an adult's amount: the sentence says so, not « par enfant ».
    const said = gstLine.explanation.text.fr.replace(/[\u00a0\u202f]/g, ' ');
    expect(said).toContain('349,00 $ par adulte et pour le premier enfant (famille monoparentale)');
    expect(said).not.toContain('par enfant');
  });
  it('a reform dated in July applies to its whole period, January to June included, as in the timeline', () => {
    const reformed = applyReform({
      name: 'GST 449 $ from July 2025',
      overrides: [{ parameter: 'credits.gst.adultAmount', from: '2025-07-01', value: 449 }],
    });
    if (!reformed.ok) throw new Error(reformed.error.message.en);
    const gstIn = (year: number, month: number) => {
      const r = simulate({ ...amelie(0), period: { year, month } }, { parameters: reformed.value });
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value.lines.find((l) => l.id === 'credits.gstCredit')!.annual;
    };
    // 449 + 449 (first child of a single parent) + 184 = 1 082 $ from September 2025 to June 2026.
    expect(gstIn(2025, 9)).toBe(1082);
    expect(gstIn(2026, 3)).toBe(1082);
    expect(gstIn(2026, 6)).toBe(1082);
    const t = timeline(
      {
        start: { year: 2026, month: 1 },
        months: 12,
        household: amelie(0).household,
        activity: [{}],
      },
      { parameters: reformed.value },
    );
    if (!t.ok) throw new Error(t.error.message.en);
    expect(t.value.months[0]!.gstCredit).toBe(1082 / 4);
  });
  it('the after-tax gain of working, month by month', () => {
    const gain = (h: number) => ok(amelie(h)).comparison.differenceAfterTaxesVsNoActivity.monthly;
    expect(gain(10)).toBe(525.98);
    expect(gain(20)).toBeGreaterThan(gain(10));
  });
  it('a single parent with a child on the revenu de base gets the minor child adjustment', () => {
    const r = ok({
      period: { year: 2026, month: 6 },
      household: { adults: [{ age: 45, program: 'basicIncome' }], children: [{ age: 12 }] },
    });
    // 1 336 $ + 371 $ + 22 $ (20 $ of 2023, indexed).
    expect(line(r, 'basicIncome.needs')).toBe(1336 + 371 + 22);
  });
});

describe('CWB disability supplement, Québec configuration (disability tax credit flag)', () => {
  // 2024 zero points at canada.ca (net-income-not-eligible): 36 495.32 − 32 356.72 = 4 138.60 $ =
  // maximum ÷ 20 %, so 827.72 $; indexed 2.85 % and 2.05 % (Québec): 868.76 $ in 2026.
  const marc = (dtc: boolean): SimulationInput => ({
    period: { year: 2026, month: 6 },
    household: {
      adults: [
        {
          age: 34,
          program: 'socialSolidarity',
          disabilityTaxCredit: dtc,
          activity: { wage: { hoursPerWeek: 10 } },
        },
      ],
    },
  });
  const cwb = (dtc: boolean) =>
    ok(marc(dtc)).lines.find((l) => l.id === 'credits.canadaWorkersBenefit')!.annual;
  it('adds the maximum at 10 h: 40 % × (8 661.60 − 1 200) is above it, income below the reduction', () => {
    expect(Number((cwb(true) - cwb(false)).toFixed(2))).toBe(868.76);
  });
  it('says so in the explanation, and no « not computed » notice is left', () => {
    const r = ok(marc(true));
    const line = r.lines.find((l) => l.id === 'credits.canadaWorkersBenefit')!;
    expect(line.explanation.text.fr).toContain('supplément pour invalidité 868,76');
    expect(r.notices.some((n) => n.code.includes('Disability'))).toBe(false);
  });
});
