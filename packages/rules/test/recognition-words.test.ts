import { describe, expect, it } from 'vitest';
import { applyReform, defaultParameters, recognitionWords, simulate } from '../src/index.js';

const june2026 = { year: 2026, month: 6 };
/** The formatter's no-break spaces read as spaces. */
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('recognitionWords: the recognition question, its amounts read from the parameters', () => {
  it('says what the person keeps, with the legal name after it in plain language', () => {
    const w = recognitionWords(june2026, defaultParameters);
    expect(plain(w.answers.recognizedSupportAllowance.standard.fr)).toBe(
      'Oui, comme allocation de soutien (130 $ par mois gardés)',
    );
    expect(plain(w.answers.recognizedSupportAllowance.simple.fr)).toBe(
      'Oui : je garde 130 $ par mois (« allocation de soutien »)',
    );
    expect(plain(w.answers.recognizedEmploymentAssistance.simple.en)).toBe(
      'Yes: I keep $222 a month (“allocation d’aide à l’emploi”)',
    );
    expect(plain(w.meaning.standard.fr)).toContain('(130 $ ou 222 $ par mois)');
  });

  it('gives a single parent the single parent’s exclusion (353 $, ADEL 42608)', () => {
    const w = recognitionWords(june2026, defaultParameters, true);
    expect(plain(w.answers.recognizedEmploymentAssistance.standard.fr)).toContain('353 $');
    expect(plain(w.meaning.simple.fr)).toBe(
      'Si le ministère la reconnaît, vous gardez une partie : 130 $ ou 353 $ par mois.',
    );
  });

  it('follows a change of parameter: no amount is written in the words', () => {
    const out = applyReform({
      name: 'Essai',
      overrides: [
        {
          parameter: 'lastResort.thirdPartyAllowance.supportAllowanceExclusion',
          from: '2026-01-01',
          value: '175',
        },
      ],
    });
    if (!out.ok) throw new Error(out.error.message.en);
    const w = recognitionWords(june2026, out.value);
    expect(plain(w.answers.recognizedSupportAllowance.standard.en)).toContain('$175 a month kept');
    // The notice of a simulated allowance says the same amount as the question.
    const r = simulate(
      {
        period: june2026,
        household: {
          adults: [
            {
              age: 40,
              program: 'socialAssistance',
              activity: { allowance: { hoursPerWeek: 10, amountPerHour: 3 } },
            },
          ],
        },
        options: { allowanceTreatment: 'recognizedSupportAllowance' },
      },
      { parameters: out.value },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const notice = r.value.notices.find((n) => n.code === 'allowanceTreatment');
    expect(plain(notice?.message.fr)).toContain('exclue jusqu’à 175 $ par mois');
  });
});
