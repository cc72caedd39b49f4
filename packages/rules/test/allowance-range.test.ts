import { describe, expect, it } from 'vitest';
import { allowanceOutcomeRange, simulate, type SimulationResult } from '../src/index.js';

// Marc at 20 h of participation at 3 $ an hour (260 $ a month), June 2026, solidarité sociale:
// counted in full, or excluded as a support allowance (130 $) or an employment assistance one.
function outcome(treatment: string): SimulationResult['moneyPerMonth'] {
  const r = simulate({
    period: { year: 2026, month: 6 },
    household: {
      adults: [
        {
          age: 40,
          program: 'socialSolidarity',
          activity: { allowance: { hoursPerWeek: 20, amountPerHour: 3 } },
        },
      ],
    },
    options: { allowanceTreatment: treatment },
  } as never);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.moneyPerMonth;
}

describe('allowanceOutcomeRange (« Je ne sais pas »: one range, said by the library)', () => {
  const outcomes = [
    outcome('countedInFull'),
    outcome('recognizedSupportAllowance'),
    outcome('recognizedEmploymentAssistance'),
  ];

  it('spans the lowest to the highest gain, and says it in the headline’s own words', () => {
    const range = allowanceOutcomeRange(outcomes, { hoursPerWeek: 20, amountPerHour: 3 })!;
    // The gains as each outcome's whole dollars give them (what its box shows, less no activity).
    const gains = outcomes.map((o) => Math.round(o.amount) - Math.round(o.noActivity));
    expect(range.difference).toEqual([Math.min(...gains), Math.max(...gains)]);
    expect(range.amount).toEqual([
      Math.min(...outcomes.map((o) => o.amount)),
      Math.max(...outcomes.map((o) => o.amount)),
    ]);
    const [low, high] = range.difference.map((d) => Math.round(d));
    expect(range.headline.fr.replace(/\s/g, ' ')).toBe(
      `Avec 20 h par semaine payées en allocation (3,00 $ l’heure) : de ${low} $ à ${high} $ de plus par mois, selon la réponse du ministère`,
    );
    expect(range.headline.en).toBe(
      `With 20 hours a week paid as an allowance ($3.00 an hour): $${low} to $${high} more a month, depending on the ministry’s answer`,
    );
    // The headline of one outcome starts with the same words.
    expect(outcomes[0]!.headline.fr.split(' : ')[0]).toBe(range.headline.fr.split(' : ')[0]);
    // The answer bar's form: the activity in one word and its hours, the same range.
    expect(range.barHeadline.fr.replace(/\s/g, ' ')).toBe(
      `Allocation 20 h : de ${low} $ à ${high} $ de plus par mois, selon le ministère`,
    );
    expect(range.barHeadline.en).toBe(
      `Allowance 20 hours: $${low} to $${high} more a month, as the ministry decides`,
    );
  });

  it('is null with one outcome, or when the gains round to the same dollar', () => {
    expect(allowanceOutcomeRange([outcomes[0]!], { hoursPerWeek: 20 })).toBeNull();
    // Two outcomes a few cents apart that show the same dollars: one answer.
    const same = outcomes[0]!;
    expect(
      allowanceOutcomeRange(
        [same, { ...same, differenceVsNoActivity: same.differenceVsNoActivity + 0.2 }],
        { hoursPerWeek: 20 },
      ),
    ).toBeNull();
  });

  it('keeps the sign of a loss', () => {
    const base = outcomes[0]!;
    const range = allowanceOutcomeRange(
      [
        { ...base, wholeDifference: -20 },
        { ...base, wholeDifference: 133 },
      ],
      { hoursPerWeek: 10 },
    )!;
    expect(range.headline.fr.replace(/\s/g, ' ')).toMatch(/de -20 \$ à 133 \$ de plus par mois/);
  });
});
