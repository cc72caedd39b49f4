/**
 * The money left after what working costs (the person's own amounts a month): beside the money
 * before them, never instead of it, and only in a scenario with an activity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, validate, type SimulationInput } from '../src/index.js';

const at = (hours: number, costs?: object, children: object[] = []): SimulationInput =>
  ({
    period: { year: 2026, month: 6 },
    household: {
      adults: [
        { age: 35, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: hours } } },
      ],
      children,
    },
    ...(costs ? { options: { costsOfWorking: costs } } : {}),
  }) as SimulationInput;

/** The sentences' thin and no-break spaces, read as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const run = (input: SimulationInput) => {
  const r = simulate(input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

describe('costs of working', () => {
  it('takes the bus pass off the gain, beside the gain before it', () => {
    const before = run(at(15));
    const r = run(at(15, { transportPerMonth: 100 }));
    // The costs change nothing else: same money per month, same headline.
    expect(r.moneyPerMonth).toEqual(before.moneyPerMonth);
    const c = r.costsOfWorking!;
    expect(c.totalPerMonth).toBe(100);
    expect(c.amountAfterCosts).toBeCloseTo(r.moneyPerMonth.amount - 100, 2);
    expect(c.differenceAfterCosts).toBeCloseTo(r.moneyPerMonth.differenceVsNoActivity - 100, 2);
    // The gain a reader finds from the two whole-dollar amounts shown (money, no activity).
    const gain = Math.round(r.moneyPerMonth.amount) - Math.round(r.moneyPerMonth.noActivity);
    expect(plain(c.sentence.fr)).toBe(
      `Après vos frais pour travailler (transport 100 $ par mois) : ${gain - 100} $ de plus par mois que sans activité, au lieu de ${gain} $.`,
    );
    // The « au lieu de » is the headline's own figure.
    expect(plain(r.moneyPerMonth.headline.fr)).toContain(`${gain} $ de plus par mois`);
    expect(c.childcareNote).toBeNull();
    expect(plain(c.shortSentence.fr)).toBe(`Après vos frais : ${gain - 100} $ de plus.`);
  });

  it('says when the costs take more than the gain', () => {
    const c = run(at(2, { transportPerMonth: 200 })).costsOfWorking!;
    expect(c.differenceAfterCosts).toBeLessThan(0);
    expect(plain(c.sentence.fr)).toMatch(/ \$ de moins par mois que sans activité\.$/);
    expect(plain(c.sentence.en)).toMatch(
      /^After your costs of working \(transport \$200 a month\): \$\d+ less a month/,
    );
  });

  it('says what it does not compute for childcare', () => {
    const c = run(
      at(20, { transportPerMonth: 90, childcarePerMonth: 210 }, [{ age: 3 }]),
    ).costsOfWorking!;
    expect(c.totalPerMonth).toBe(300);
    expect(plain(c.sentence.fr)).toContain('(transport 90 $ et garde d’enfants 210 $ par mois)');
    expect(c.childcareNote!.fr).toContain('crédit d’impôt de Revenu Québec pour frais de garde');
    expect(c.childcareNote!.en).toContain('federal child care expense deduction');
    // The range of the refund, read in Revenu Québec's 2025 table (the 2026 one is not published
    // in the data: 2026 reads 2025's and says so).
    expect(plain(c.childcareNote!.fr)).toContain(
      'en rembourse de 67 % à 78 % selon le revenu familial (78 % jusqu’à 24 795 $ ; taux de 2025)',
    );
    expect(plain(c.childcareNote!.en)).toContain(
      'refunds 67% to 78% of it depending on family income (78% up to $24,795; 2025 rates)',
    );
    expect(c.childcareNote!.fr).toContain('n’est pas compté ici');
  });

  it('says three whole-dollar figures that add up, even with cents typed', () => {
    for (const transportPerMonth of [99.5, 100.49, 607.5]) {
      const r = run(at(30, { transportPerMonth }));
      const said = plain(r.costsOfWorking!.sentence.fr)
        .match(/\d[\d ]*(?= \$)/g)!
        .map((x) => Number(x.replace(/ /g, '')));
      const before = Math.round(r.moneyPerMonth.differenceVsNoActivity);
      expect(said[0]).toBe(Math.round(transportPerMonth));
      if (said.length === 3) {
        expect(said[2]).toBe(before);
        expect(said[1]).toBe(before - said[0]!);
      } else expect(Math.abs(before - said[0]!)).toBe(said[1] ?? 0);
    }
  });

  it('says « votre activité » for an allowance, and to ask whether the costs are reimbursed', () => {
    const input = {
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          {
            age: 35,
            program: 'socialSolidarity',
            activity: { allowance: { hoursPerWeek: 10, amountPerHour: 0 } },
          },
        ],
      },
      options: { costsOfWorking: { transportPerMonth: 100 } },
    } as SimulationInput;
    const c = run(input).costsOfWorking!;
    expect(plain(c.sentence.fr)).toMatch(
      /^Après vos frais pour votre activité \(transport 100 \$ par mois\)/,
    );
    expect(c.allowanceNote!.fr).toContain('si ces frais peuvent vous être remboursés');
    expect(run(at(15, { transportPerMonth: 100 })).costsOfWorking!.allowanceNote).toBeNull();
    expect(
      plain(run(at(15, { transportPerMonth: 100 })).costsOfWorking!.simpleSentence.fr),
    ).toMatch(/^Après vos frais \(100 \$ par mois\), il vous reste \d+ \$ de plus par mois\.$/);
  });

  it('counts nothing without an activity, or without costs', () => {
    expect(run(at(0, { transportPerMonth: 100 })).costsOfWorking).toBeNull();
    expect(run(at(15, { transportPerMonth: 0, childcarePerMonth: 0 })).costsOfWorking).toBeNull();
    expect(run(at(15)).costsOfWorking).toBeNull();
  });

  it('refuses childcare without a child, naming the field, in both languages', () => {
    const r = validate(at(15, { childcarePerMonth: 200 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = JSON.stringify(r.error);
      expect(text).toContain('childcarePerMonth');
      expect(text).toContain('Des frais de garde sans enfant à charge');
      expect(text).toContain('Childcare costs without a dependent child');
    }
  });

  it('refuses a negative or huge cost, naming the field', () => {
    for (const transportPerMonth of [-1, 5001, Number.NaN]) {
      const r = validate(at(15, { transportPerMonth }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(JSON.stringify(r.error)).toContain('transportPerMonth');
    }
  });

  it('leaves exactly the gain less the costs, to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }).map((h) => h / 2),
        fc.integer({ min: 0, max: 50000 }).map((c) => c / 100),
        fc.integer({ min: 1, max: 50000 }).map((c) => c / 100),
        (hours, transportPerMonth, childcarePerMonth) => {
          const r = run(at(hours, { transportPerMonth, childcarePerMonth }, [{ age: 4 }]));
          const c = r.costsOfWorking!;
          const cents = (x: number) => Math.round(x * 100);
          expect(cents(c.totalPerMonth)).toBe(cents(transportPerMonth) + cents(childcarePerMonth));
          expect(cents(c.differenceAfterCosts)).toBe(
            cents(r.moneyPerMonth.differenceVsNoActivity) - cents(c.totalPerMonth),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
