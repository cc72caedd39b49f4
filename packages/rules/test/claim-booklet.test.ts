/**
 * The claim booklet after leaving for work is kept only if the job is declared to the ministry by
 * the last day of the month after it starts (ADEL, sujet 47000): every sentence that promises it
 * says so, with the date.
 */
import { describe, expect, it } from 'vitest';
import { simulate, timeline, type SimulationInput } from '../src/index.js';
import { declarationDeadline } from '../src/programs/claim-booklet.js';

const at = (program: string, hours: number, month: number, year = 2026): SimulationInput =>
  ({
    period: { year, month },
    household: { adults: [{ age: 35, program, activity: { wage: { hoursPerWeek: hours } } }] },
  }) as SimulationInput;

describe('the claim booklet’s condition', () => {
  it('dates the declaration: the last day of the month after the job starts', () => {
    expect(declarationDeadline({ year: 2026, month: 6 }).iso).toBe('2026-07-31');
    expect(declarationDeadline({ year: 2026, month: 1 }).iso).toBe('2026-02-28');
    expect(declarationDeadline({ year: 2028, month: 1 }).iso).toBe('2028-02-29');
    expect(declarationDeadline({ year: 2026, month: 12 }).iso).toBe('2027-01-31');
  });

  it('is said wherever simulate promises the booklet after leaving, in both languages and levels', () => {
    const r = simulate(at('socialSolidarity', 30, 6));
    if (!r.ok) throw new Error(r.error.message.en);
    const c = r.value.coverage;
    expect(c.claimBooklet.status).toBe('keptAfterLeaving');
    expect(c.claimBooklet.declareBy).toBe('2026-07-31');
    expect(c.sentence.fr).toContain(
      'si vous déclarez votre emploi au ministère au plus tard le 31 juillet 2026',
    );
    expect(c.sentence.en).toContain('if you declare your job to the ministry by July 31, 2026');
    expect(c.simpleSentence.fr).toContain('au plus tard le 31 juillet 2026');
    expect(c.simpleSentence.en).toContain('by July 31, 2026');
    expect(c.claimBooklet.message.fr).toContain('au plus tard le 31 juillet 2026');
  });

  it('is not said while assistance is paid', () => {
    const r = simulate(at('socialAssistance', 5, 3));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.coverage.claimBooklet.status).toBe('held');
    expect(r.value.coverage.claimBooklet.declareBy).toBeNull();
    expect(r.value.coverage.sentence.fr).not.toContain('déclarer');
  });

  it('is said in the timeline the month assistance stops, dated from the job’s first month', () => {
    const t = timeline({
      start: { year: 2026, month: 3 },
      months: 12,
      household: { adults: [{ age: 35, program: 'socialAssistance' }] },
      activity: Array.from({ length: 12 }, () => ({ wage: { hoursPerWeek: 30 } })),
    });
    if (!t.ok) throw new Error(t.error.message.en);
    const stops = t.value.months.flatMap((m) => m.events).find((e) => e.code === 'assistanceStops');
    expect(stops?.message.fr).toContain('au plus tard le 30 avril 2026');
    expect(stops?.message.en).toContain('by April 30, 2026');
  });
});
