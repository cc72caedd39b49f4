/** The participants' comparison table: every cell is `simulate`'s figure for the same case. */
import { describe, expect, it } from 'vitest';
import {
  comparisonColumns,
  comparisonInput,
  comparisonTable,
  comparisonTableForWhom,
  simulate,
} from '../src/index.js';

describe('comparisonTable', () => {
  const period = { year: 2026, month: 6 };
  const table = comparisonTable({ period });

  it('has four programs × six rows of hours × three columns', () => {
    expect(table.programs.map((p) => p.program)).toEqual([
      'socialAssistance',
      'socialAssistanceTemporary',
      'socialSolidarity',
      'basicIncome',
    ]);
    expect(table.hours).toEqual([0, 5, 10, 15, 20, 25]);
    for (const p of table.programs) expect(p.rows).toHaveLength(6);
  });

  it('every cell equals simulate for the same case', () => {
    for (const p of table.programs) {
      for (const row of p.rows) {
        for (const column of comparisonColumns) {
          const r = simulate(comparisonInput(p.program, column, row.hours, period, 3));
          if (!r.ok) throw new Error(r.error.message.en);
          const cell = row.cells[column];
          expect(cell.moneyPerMonth).toBe(r.value.moneyPerMonth.amount);
          expect(cell.differenceVsNoActivity).toBe(r.value.moneyPerMonth.differenceVsNoActivity);
          expect(cell.leavesAssistance).toBe(r.value.exit.leavesAssistance);
          expect(cell.claimBooklet).toBe(r.value.coverage.claimBooklet.status);
        }
      }
    }
  });

  it('says where assistance stops: aide sociale leaves at 20 h, solidarité sociale keeps it at 20 h', () => {
    const sa = table.programs.find((p) => p.program === 'socialAssistance')!;
    const ss = table.programs.find((p) => p.program === 'socialSolidarity')!;
    expect(sa.rows.find((r) => r.hours === 20)!.cells.wage.leavesAssistance).toBe(true);
    expect(sa.rows.find((r) => r.hours === 20)!.cells.wage.claimBookletMonths).toBe(6);
    expect(ss.rows.find((r) => r.hours === 20)!.cells.wage.leavesAssistance).toBe(false);
    expect(ss.rows.find((r) => r.hours === 25)!.cells.wage.claimBookletMonths).toBe(48);
    // An allowance counted in full brings nothing; recognized, the first 130 $ a month count.
    const row10 = ss.rows.find((r) => r.hours === 10)!;
    expect(row10.cells.allowanceCounted.differenceVsNoActivity).toBeCloseTo(0, 0);
    expect(row10.cells.allowanceSupport.differenceVsNoActivity).toBeGreaterThan(100);
  });
});

describe('comparisonTable for the household a host chooses', () => {
  const period = { year: 2026, month: 6 };

  it('a single parent of a 4-year-old: every cell is simulate’s figure for that family, said', () => {
    const household = { childAges: [4] };
    const table = comparisonTable({ period, household, hours: [0, 20] });
    expect(table.forWhom.fr).toContain('un parent seul de 35 ans avec un enfant de 4 ans');
    expect(table.forWhom.en).toContain('a single parent aged 35 with one child aged 4');
    const single = comparisonTable({ period, hours: [0, 20] });
    for (const p of table.programs)
      for (const row of p.rows)
        for (const column of comparisonColumns) {
          const input = comparisonInput(p.program, column, row.hours, period, 3, household);
          expect(input.household.children).toEqual([{ age: 4 }]);
          const r = simulate(input);
          if (!r.ok) throw new Error(r.error.message.en);
          expect(row.cells[column].moneyPerMonth).toBe(r.value.moneyPerMonth.amount);
        }
    // A parent's figures are not a single person's (the child benefits alone are hundreds of dollars).
    const sa = (t: typeof table) => t.programs[0]!.noActivity;
    expect(sa(table) - sa(single)).toBeGreaterThan(300);
  });

  it('a couple with children 3 and 9: no basic-income table, and the sentence says why', () => {
    const household = { couple: true, childAges: [3, 9] };
    const table = comparisonTable({ period, household, hours: [0, 10] });
    expect(table.programs.map((p) => p.program)).toEqual([
      'socialAssistance',
      'socialAssistanceTemporary',
      'socialSolidarity',
    ]);
    expect(table.forWhom.fr).toContain('un couple (deux adultes de 35 ans)');
    expect(table.forWhom.fr).toContain('deux enfants de 3 et 9 ans');
    expect(table.forWhom.fr).toContain('revenu de base n’est pas calculé pour un couple');
    const input = comparisonInput('socialSolidarity', 'wage', 10, period, 3, household);
    expect(input.household.adults).toHaveLength(2);
    const r = simulate(input);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(table.programs[2]!.rows[1]!.cells.wage.moneyPerMonth).toBe(r.value.moneyPerMonth.amount);
  });
});

describe('comparisonTable reads the household strictly, and says what it leaves out', () => {
  const period = { year: 2026, month: 6 };

  it('a child under 5 already gives aide sociale the temporary allowance: one aide sociale table, said', () => {
    const table = comparisonTable({ period, household: { childAges: [4] }, hours: [0, 10] });
    expect(table.programs.map((p) => p.program)).toEqual([
      'socialAssistance',
      'socialSolidarity',
      'basicIncome',
    ]);
    expect(table.forWhom.fr).toContain('Avec un enfant de moins de 5 ans');
    expect(table.forWhom.fr).toContain('prestations pour enfants');
    // The table left out would have repeated the aide sociale's, cell for cell.
    const both = ['socialAssistance', 'socialAssistanceTemporary'] as const;
    const [plain, temporary] = both.map((p) =>
      simulate(comparisonInput(p, 'wage', 10, period, 3, { childAges: [4] })),
    );
    if (!plain!.ok || !temporary!.ok) throw new Error('no result');
    expect(plain!.value.moneyPerMonth.amount).toBe(temporary!.value.moneyPerMonth.amount);
    // At 5 and over, both tables, and no such sentence.
    const older = comparisonTable({ period, household: { childAges: [5] }, hours: [0] });
    expect(older.programs).toHaveLength(4);
    expect(older.forWhom.fr).not.toContain('moins de 5 ans');
  });

  it('a baby is « moins d’un an », as the simulator says it', () => {
    expect(comparisonTableForWhom({ childAges: [0] }).fr).toContain('un enfant de moins d’un an');
    expect(comparisonTableForWhom({ childAges: [0, 1, 9] }).en).toContain(
      'three children aged under 1, 1 and 9',
    );
  });

  it('a household the sentence could not describe truly is refused, naming the field', () => {
    for (const bad of [
      { couple: 1 },
      { couple: 'true' },
      { childAges: [18] },
      { childAges: [-1] },
      { childAges: [4.5] },
      { childAges: [Number.NaN] },
      { childAges: [1, 2, 3, 4, 5, 6, 7] },
      { children: [4] },
    ])
      expect(() => comparisonTable({ period, household: bad as never, hours: [0] })).toThrow(
        /household/,
      );
    expect(() => comparisonTableForWhom({ childAges: [25] })).toThrow(/household\.childAges/);
  });
});
