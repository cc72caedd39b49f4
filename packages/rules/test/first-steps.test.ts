/** « Ce que je fais cette semaine »: dated actions, then what only the agent can answer. */
import { describe, expect, it } from 'vitest';
import { firstSteps, type FirstStepsFacts } from '../src/index.js';

const base: FirstStepsFacts = {
  start: { year: 2026, month: 6 },
  activity: 'wage',
  program: 'lastResort',
  leavesAssistance: false,
  recognitionUnknown: false,
  longTermRecipient: false,
};
const fr = (f: Partial<FirstStepsFacts>) => {
  const s = firstSteps({ ...base, ...f });
  return { actions: s.actions.map((a) => a.fr), questions: s.questions.map((q) => q.fr) };
};

describe('firstSteps', () => {
  it('a job starting in June: declared by July 31, the condition of the booklet and supplement', () => {
    const s = fr({});
    expect(s.actions[0]).toBe(
      'Au plus tard le 31 juillet 2026, déclarez votre emploi au ministère (emploi commencé en juin 2026) : c’est la condition pour garder votre carnet de réclamation si vous quittez l’aide.',
    );
    // The supplement is named only for whom it can apply (36 of the last 42 months).
    expect(fr({ longTermRecipient: true }).actions[0]).toContain(
      'garder votre carnet de réclamation, et le supplément à la prime au travail, si vous quittez l’aide.',
    );
    expect(s.actions[1]).toBe(
      'Gardez vos talons de paie : chaque mois, vous déclarez ce que vous avez reçu.',
    );
    // A December start is declared by the end of January of the next year.
    expect(fr({ start: { year: 2026, month: 12 } }).actions[0]).toMatch(
      /^Au plus tard le 31 janvier 2027,/,
    );
    expect(s.questions).toHaveLength(1);
  });

  it('an allowance nobody knows to be recognized: ask for the letter, and the question stays', () => {
    const s = fr({ activity: 'allowance', recognitionUnknown: true });
    expect(s.actions[0]).toMatch(/^Dès juin 2026, déclarez votre allocation/);
    expect(s.actions.some((a) => a.includes('une lettre du ministère'))).toBe(true);
    expect(s.questions[0]).toBe(
      'Mon allocation est-elle reconnue par le ministère, et à quel titre ?',
    );
  });

  it('leaving assistance after 36 of 42 months: the advance payments form', () => {
    const s = fr({ leavesAssistance: true, longTermRecipient: true });
    expect(s.actions.some((a) => a.includes('TPZ-1029.8.PS'))).toBe(true);
    expect(s.questions.some((q) => q.includes('carnet de réclamation'))).toBe(true);
    expect(fr({ leavesAssistance: true }).actions.some((a) => a.includes('TPZ'))).toBe(false);
    // Not for an allowance: the supplement is for leaving because of work income.
    expect(
      fr({ activity: 'allowance', leavesAssistance: true, longTermRecipient: true }).actions.some(
        (a) => a.includes('TPZ'),
      ),
    ).toBe(false);
  });

  it('nothing to do without an activity or without assistance; the basic income has its own', () => {
    expect(firstSteps({ ...base, activity: 'none' })).toEqual({ actions: [], questions: [] });
    expect(firstSteps({ ...base, program: 'none' })).toEqual({ actions: [], questions: [] });
    const b = fr({ program: 'basicIncome' });
    expect(b.actions.join(' ')).not.toContain('carnet');
    expect(b.actions[0]).toContain('exclusion annuelle');
  });

  it('says every sentence in English too', () => {
    for (const f of [
      {},
      { activity: 'allowance' as const, recognitionUnknown: true },
      { leavesAssistance: true, longTermRecipient: true },
    ]) {
      const s = firstSteps({ ...base, ...f });
      for (const x of [...s.actions, ...s.questions]) expect(x.en.length).toBeGreaterThan(10);
    }
  });
});
