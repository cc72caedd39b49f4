/**
 * What protects a person who starts working, said where it applies (issue « the safety net »):
 * the temporary-constraints allowance's condition, the review of severe constraints, and the HLM
 * rent that follows income a year later.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput } from '../src/index.js';
import { ok } from './helpers.js';
import { sophie } from './persona-cases.js';

const single = (program: string, activity: object, options: object = {}): SimulationInput =>
  ({
    period: { year: 2026, month: 6 },
    household: { adults: [{ age: 35, program, activity }] },
    options,
  }) as SimulationInput;

describe('the safety net, said', () => {
  it('Sophie at 15 h keeps the temporary-constraints allowance in the figures, and is told to check it', () => {
    const r = ok(sophie());
    const n = r.notices.find((x) => x.code === 'temporaryConstraintsCheck');
    expect(n?.message.fr).toContain('art. 53');
    expect(n?.message.fr).toContain('vérifiez avec votre agente ou agent et votre médecin');
    // The reform that ends the allowance, with its adoption date and no invented start date.
    expect(n?.message.fr).toContain(
      'Une loi adoptée le 21 novembre 2024 met fin à cette allocation ; aucune date n’est encore publiée.',
    );
    const reform = r.assumptions.find((a) => a.fr.startsWith('Réforme :'));
    expect(reform?.fr).toContain('projet de loi 71');
    expect(reform?.en).toContain('No coming-into-force date is published');
    // Not said without work.
    const idle = ok({
      ...sophie(),
      household: { adults: [{ age: 27, program: 'socialAssistance', temporaryConstraints: true }] },
    });
    expect(idle.notices.map((x) => x.code)).not.toContain('temporaryConstraintsCheck');
  });

  it('solidarité sociale with a wage: the review of severe constraints is said (ADEL 42488)', () => {
    const r = ok(single('socialSolidarity', { wage: { hoursPerWeek: 10 } }));
    expect(r.notices.find((x) => x.code === 'severeConstraintsReview')?.message.fr).toContain(
      'plus de 48 mois',
    );
    expect(ok(single('socialSolidarity', {})).notices.map((x) => x.code)).not.toContain(
      'severeConstraintsReview',
    );
  });

  it('in subsidized housing, the rent a year later: 25 % of the change of income', () => {
    const r = ok(
      single('socialAssistance', { wage: { hoursPerWeek: 10 } }, { subsidizedHousing: true }),
    );
    const base = ok(single('socialAssistance', {}, { subsidizedHousing: true }));
    const income = (x: typeof r) =>
      x.monthly.grossEarnings + x.monthly.allowances + x.monthly.benefit;
    // In cents, half up, as the rule rounds (a quarter of 360,14 $ is 90,035 $ → 90,04 $).
    const rent = Math.round(Math.round((income(r) - income(base)) * 100) * 0.25) / 100;
    const n = r.notices.find((x) => x.code === 'subsidizedRent');
    expect(rent).toBeGreaterThan(50);
    expect(n?.message.fr.replace(/\s/g, ' ')).toContain(
      `environ ${rent.toFixed(2).replace('.', ',')} $ par mois`.replace(/\s/g, ' '),
    );
  });
});

describe('living with one’s father or mother (RAPF s. 57, ADEL 42379), said', () => {
  const withParent = { livesWithParent: true };
  it('aide sociale: the reduction is said as a warning, with whom to ask and the sources', () => {
    const r = ok(single('socialAssistance', { wage: { hoursPerWeek: 10 } }, withParent));
    const n = r.notices.find((x) => x.code === 'livingWithParent');
    expect(n?.severity).toBe('warning');
    expect(n?.message.fr).toContain('la prestation de base est alors plus basse');
    expect(n?.message.fr).toContain('art. 57 ; manuel ADEL, sujet 42379');
    expect(n?.message.en).toContain('s. 57; ADEL manual, topic 42379');
    // Said with no activity too: the reduction does not depend on working.
    expect(ok(single('socialAssistance', {}, withParent)).notices.map((x) => x.code)).toContain(
      'livingWithParent',
    );
  });

  it('not computed: the figures are those without it, as the sentence says', () => {
    const a = ok(single('socialAssistance', { wage: { hoursPerWeek: 10 } }, withParent));
    const b = ok(single('socialAssistance', { wage: { hoursPerWeek: 10 } }));
    expect(a.moneyPerMonth).toEqual(b.moneyPerMonth);
    expect(a.monthly).toEqual(b.monthly);
  });

  it('not said where the rule does not reduce: solidarité sociale, a single parent, nobody said so', () => {
    const codes = (i: SimulationInput) => ok(i).notices.map((x) => x.code);
    expect(codes(single('socialSolidarity', {}, withParent))).not.toContain('livingWithParent');
    expect(
      codes({
        period: { year: 2026, month: 6 },
        household: { adults: [{ age: 24, program: 'socialAssistance' }], children: [{ age: 3 }] },
        options: withParent,
      } as SimulationInput),
    ).not.toContain('livingWithParent');
    expect(codes(single('socialAssistance', {}))).not.toContain('livingWithParent');
  });

  it('a value that is not true or false is refused, naming the field', () => {
    const r = simulate({ ...single('socialAssistance', {}), options: { livesWithParent: 'oui' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error)).toContain('livesWithParent');
  });
});

describe('living with a parent, in plain words', () => {
  it('a short plain sentence beside the standard one, with whom to ask', () => {
    const r = ok(single('socialAssistance', {}, { livesWithParent: true }));
    const n = r.notices.find((x) => x.code === 'livingWithParent')!;
    expect(n.simpleMessage?.fr).toBe(
      'Vous habitez avec votre père ou votre mère : à l’aide sociale, votre chèque peut être plus bas. Les montants ici n’en tiennent pas compte. Demandez à votre agente ou agent.',
    );
    expect(n.simpleMessage!.en.length).toBeLessThan(n.message.en.length);
  });
});
