/**
 * Personas 1–5 of docs/personas.md, hand-calculated line by line against the rules
 * cited in the parameter files. Amounts are monthly, in dollars; rounding to the cent, half up.
 */
import { describe, expect, it } from 'vitest';
import { line, ok } from './helpers.js';
import { karimAndJulie, line as linePersona, sophie } from './persona-cases.js';

describe('Persona 1 — Marc, 34, solidarité sociale, June 2026', () => {
  const base = { period: { year: 2026, month: 6 } };

  it('no activity: allocation de solidarité sociale 1 215 $ + ajustement 103 $', () => {
    const r = ok({ ...base, household: { adults: [{ age: 34, program: 'socialSolidarity' }] } });
    expect(r.monthly.benefit).toBe(1318);
    expect(r.monthly.disposableIncome).toBe(1318);
  });

  it('10 hours a week at the minimum wage (16,60 $ from 2026-05-01)', () => {
    const r = ok({
      ...base,
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
    });
    // 10 × 16,60 × 4,34821 = 721,80286 → 721,80 ; annualized 8 661,60
    expect(r.monthly.grossEarnings).toBe(721.8);
    // RRQ (8 661,60 − 3 500) × 6,3 % = 325,18 / 12 = 27,10 ; AE 8 661,60 × 1,30 % = 112,60 / 12 = 9,38 ;
    // RQAP 8 661,60 × 0,43 % = 37,24 / 12 = 3,10
    expect(line(r, 'payroll.qpp')).toBe(27.1);
    expect(line(r, 'payroll.ei')).toBe(9.38);
    expect(line(r, 'payroll.qpip')).toBe(3.1);
    // net 682,22 − exclusion 200 = 482,22 counted ; 1 318 − 482,22 = 835,78
    expect(line(r, 'lastResort.workIncomeCounted')).toBe(482.22);
    expect(r.monthly.benefitBeforeSupplement).toBe(835.78);
    // supplement 25 % × 482,22 = 120,555 → 120,56 ; benefit 956,34
    expect(r.monthly.workIncomeSupplement).toBe(120.56);
    expect(r.monthly.benefit).toBe(956.34);
    // 721,80 − 39,58 + 956,34 = 1 638,56 ; +320,56 vs 1 318 ; per hour 320,56 / (10 × 4,34821) = 7,37
    expect(r.monthly.disposableIncome).toBe(1638.56);
    expect(r.comparison.differenceVsNoActivity.monthly).toBe(320.56);
    expect(r.comparison.netGainPerHour).toBe(7.37);
    expect(r.exit.leavesAssistance).toBe(false);
    expect(r.coverage.claimBooklet.status).toBe('held');
  });

  it('10 hours a week with a 3 $/h allowance not recognized: counted in full, no gain', () => {
    const r = ok({
      ...base,
      household: {
        adults: [
          {
            age: 34,
            program: 'socialSolidarity',
            activity: { allowance: { hoursPerWeek: 10, amountPerHour: 3 } },
          },
        ],
      },
    });
    // 10 × 3 × 4,34821 = 130,45 ; benefit 1 318 − 130,45 = 1 187,55
    expect(r.monthly.allowances).toBe(130.45);
    expect(r.monthly.benefit).toBe(1187.55);
    expect(r.comparison.differenceVsNoActivity.monthly).toBe(0);
    expect(r.notices.map((n) => n.code)).toContain('allowanceTreatment');
  });

  it('the same allowance recognized as an allocation de soutien keeps up to 130 $', () => {
    const r = ok({
      ...base,
      household: {
        adults: [
          {
            age: 34,
            program: 'socialSolidarity',
            activity: { allowance: { hoursPerWeek: 10, amountPerHour: 3 } },
          },
        ],
      },
      options: { allowanceTreatment: 'recognizedSupportAllowance' },
    });
    // 130,45 − 130 excluded = 0,45 counted ; benefit 1 317,55 ; in hand 1 448,00
    expect(r.monthly.benefit).toBe(1317.55);
    expect(r.monthly.disposableIncome).toBe(1448);
  });

  it('20 hours a week at the minimum wage', () => {
    const r = ok({
      ...base,
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 20 } } },
        ],
      },
    });
    // 20 × 16,60 × 4,34821 = 1 443,61 ; contributions 97,55 ; net 1 346,06 ; counted 1 146,06
    // deficit 171,94 ; supplement 286,515 → 286,52 ; benefit 458,46 ; in hand 1 804,52
    expect(r.monthly.payrollDeductions).toBe(97.55);
    expect(r.monthly.benefit).toBe(458.46);
    expect(r.monthly.disposableIncome).toBe(1804.52);
  });
});

describe('Persona 2 — Sophie, 27, aide sociale with temporary constraints, 15 h at the minimum wage, June 2026', () => {
  it('keeps part of each hour and stays on assistance', () => {
    const r = ok(sophie());
    // needs 800 + 45 + 169 = 1 014 ; gross 15 × 16,60 × 4,34821 = 1 082,70 ; annual 12 992,40
    // RRQ 598,02/12 = 49,84 ; AE 168,90/12 = 14,08 ; RQAP 55,87/12 = 4,66 ; net 1 014,12
    // counted 814,12 ; deficit 199,88 ; supplement 203,53 ; benefit 403,41
    expect(r.monthly.benefitBeforeIncome).toBe(1014);
    expect(r.monthly.payrollDeductions).toBe(68.58);
    expect(r.monthly.benefitBeforeSupplement).toBe(199.88);
    expect(r.monthly.workIncomeSupplement).toBe(203.53);
    expect(r.monthly.benefit).toBe(403.41);
    expect(r.monthly.disposableIncome).toBe(1417.53);
    expect(r.exit.hoursPerWeekAtExit).toBeGreaterThan(15);
  });
});

describe('Persona 3 — Jonathan, 19, aide sociale, 5 hours a week of RPST, September 2025', () => {
  const adult = (allowance: object) => ({
    period: { year: 2025, month: 9 },
    household: {
      adults: [
        {
          age: 19,
          program: 'socialAssistance' as const,
          activity: { allowance: { hoursPerWeek: 5, amountPerHour: 2 } },
        },
      ],
    },
    ...allowance,
  });
  it('allowance counted in full by default', () => {
    const r = ok(adult({}));
    // needs 784 + 45 + 50 (single-person adjustment, RAPF s. 67.3: on assistance 6 months or
    // more by default) = 879 ; allowance 5 × 2 × 4,34821 = 43,48 ; benefit 835,52
    expect(r.monthly.benefitBeforeIncome).toBe(879);
    expect(r.monthly.benefit).toBe(835.52);
    expect(r.monthly.disposableIncome).toBe(879);
  });
  it('recognized as an allocation d’aide à l’emploi: fully excluded below 222 $', () => {
    const r = ok(adult({ options: { allowanceTreatment: 'recognizedEmploymentAssistance' } }));
    expect(r.monthly.benefit).toBe(879);
    expect(r.comparison.differenceVsNoActivity.monthly).toBe(43.48);
  });
  it('new on assistance (3 months) or in subsidized housing: no single-person adjustment, and said', () => {
    for (const options of [{ monthsOnAssistance: 3 }, { subsidizedHousing: true }]) {
      const r = ok(adult({ options }));
      expect(r.monthly.benefitBeforeIncome, JSON.stringify(options)).toBe(829);
      expect(r.monthly.benefit).toBe(785.52);
    }
    const later = ok(adult({ options: { monthsOnAssistance: 3 } }));
    expect(
      later.notices.find((n) => n.code === 'singlePersonAdjustmentLater')?.message.fr,
    ).toContain('après 6 mois consécutifs');
    const assumed = ok(adult({}));
    expect(assumed.notices.find((n) => n.code === 'singlePersonAdjustment')?.message.fr).toContain(
      'on suppose que vous recevez de l’aide depuis au moins 6 mois',
    );
  });
});

describe('Persona 4 — Line, 52, revenu de base, 25 h at 17 $, March 2026', () => {
  it('keeps the basic income up to the annual exclusion, then 55 % of the excess reduces it', () => {
    const r = ok(linePersona());
    // RAPF s. 177.79 (https://www.legisquebec.gouv.qc.ca/en/document/cr/A-13.1.1,%20r.%201):
    // needs 1 336 + 371 = 1 707 ; gross 25 × 17 × 4,34821 = 1 847,99 ; annual 22 175,88
    // net income = 22 175,88 − deduction for workers 6 % (1 330,55) − enhanced QPP
    //   (6,30 % × (22 175,88 − 3 500) = 1 176,58, of which 1/6,3 = 186,76) = 20 658,57
    // excess over 16 032 = 4 626,57 × 55 % / 12 = 212,05 ; benefit 1 707 − 212,05 = 1 494,95
    // contributions 98,05 + 24,02 + 7,95 = 130,02 ; in hand 1 847,99 − 130,02 + 1 494,95 = 3 212,92
    expect(r.monthly.benefitBeforeIncome).toBe(1707);
    expect(line(r, 'basicIncome.workIncomeReduction')).toBe(212.05);
    expect(r.monthly.benefit).toBe(1494.95);
    expect(r.monthly.payrollDeductions).toBe(130.02);
    expect(r.monthly.disposableIncome).toBe(3212.92);
    // The rate is read at the regulation; the single adjustment stays derived (flagged).
    const unverified = r.unverifiedParameters.map((p) => p.id);
    expect(unverified).not.toContain('basicIncome.excessWorkIncomeReductionRate');
    expect(unverified).toContain('basicIncome.singleAdjustment');
    // Her wage does not reduce next month's payment (that is aide sociale's rule): the notice
    // says when it does.
    const codes = r.notices.map((n) => n.code);
    expect(codes).toContain('basicIncomeYearLag');
    expect(codes).not.toContain('nextMonthEffect');
    const lag = r.notices.find((n) => n.code === 'basicIncomeYearLag')!;
    expect(lag.message.fr).toMatch(/55 cents par dollar au-delà de 16\s032\s\$/u);
    expect(lag.message.fr).toContain('à partir de juillet de l’année suivante');
  });
});

describe('Persona 5 — Karim (severe constraints, 12 h RPST) and Julie (30 h at the minimum wage), June 2026', () => {
  it('the family is in the Social Solidarity Program and shares one 300 $ exclusion', () => {
    const r = ok(karimAndJulie());
    // needs 1 816 + 118 = 1 934 ; Julie gross 2 165,41, contributions 155,51, net 2 009,90
    // counted work 1 709,90 ; Karim allowance 156,54 counted ; deficit 67,56 ; supplement 427,48
    expect(r.program).toBe('socialSolidarity');
    expect(r.monthly.benefitBeforeIncome).toBe(1934);
    expect(r.monthly.payrollDeductions).toBe(155.51);
    expect(r.monthly.allowances).toBe(156.54);
    expect(r.monthly.benefitBeforeSupplement).toBe(67.56);
    expect(r.monthly.workIncomeSupplement).toBe(427.48);
    expect(r.monthly.benefit).toBe(495.04);
    expect(r.monthly.disposableIncome).toBe(2661.48);
  });
});
