/**
 * Each rule declares the parameters it reads (the rules catalogue): a test over many households
 * fails when a rule reads a parameter it does not declare, or declares one it never reads.
 */
import { describe, expect, it } from 'vitest';
import {
  allowanceTreatments as treatments,
  programs,
  rulesCatalog,
  simulate,
  type SimulationInput,
} from '../src/index.js';

function cases(): SimulationInput[] {
  const out: SimulationInput[] = [];
  for (const year of [2025, 2026])
    for (const program of programs)
      for (const couple of [false, true])
        for (const hours of [0, 5, 20, 40])
          for (const kind of ['wage', 'allowance', 'both'] as const)
            for (const treatment of treatments) {
              if (couple && program === 'basicIncome') continue;
              const activity =
                kind === 'wage'
                  ? { wage: { hoursPerWeek: hours } }
                  : kind === 'allowance'
                    ? { allowance: { hoursPerWeek: hours, amountPerHour: 3 } }
                    : {
                        wage: { hoursPerWeek: hours / 2 },
                        allowance: { hoursPerWeek: hours / 2, amountPerHour: 3 },
                      };
              const adults: SimulationInput['household']['adults'] = [
                {
                  age: 40,
                  program,
                  temporaryConstraints: program === 'socialAssistance' && hours === 5,
                  disabilityTaxCredit: hours === 40,
                  activity,
                },
              ];
              if (couple)
                adults.push({ age: 40, program: program === 'none' ? 'none' : 'socialAssistance' });
              // Every other case has children (one under 6, one of school age with a disability).
              const children =
                hours === 5 || hours === 20 ? [{ age: 4 }, { age: 10, disability: true }] : [];
              out.push({
                period: { year, month: 6 },
                household: { adults, children },
                options: {
                  allowanceTreatment: treatment,
                  ...(treatment === 'excludedUpToCap' ? { allowanceExclusionCap: 100 } : {}),
                  longTermRecipient: hours === 40,
                  groupInsurance: hours === 20,
                },
              });
            }
  return out;
}

describe('rules catalogue: declared parameters = parameters read', () => {
  const read = new Map<string, Set<string>>();
  const labels = new Map<string, Set<string>>();
  for (const c of cases()) {
    const r = simulate(c, { marginalRates: false });
    if (!r.ok) continue;
    const lines = [...r.value.lines];
    for (const l of lines) {
      const s = read.get(l.id) ?? new Set<string>();
      for (const p of l.explanation.parameters) s.add(p.id);
      read.set(l.id, s);
      labels.set(l.id, (labels.get(l.id) ?? new Set()).add(`${l.label.fr} | ${l.label.en}`));
    }
  }
  const declares = (decl: readonly string[], id: string) =>
    decl.some((d) => (d.endsWith('.') ? id.startsWith(d) : id === d));

  for (const rule of rulesCatalog.filter((r) => r.id !== 'scenario.exitPoint')) {
    it(`${rule.id}`, () => {
      const s = read.get(rule.id);
      expect(s, `${rule.id} never appears in a result`).toBeDefined();
      const undeclared = [...s!].filter((p) => !declares(rule.parameters, p));
      const unread = rule.parameters.filter((d) => ![...s!].some((p) => declares([d], p)));
      expect({ undeclared, unread }).toEqual({ undeclared: [], unread: [] });
    });
  }

  it('every rule a result carries is in the catalogue', () => {
    const ids = new Set(rulesCatalog.map((r) => r.id));
    expect([...read.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('a result line carries the label of its rule definition (one home per label)', () => {
    const byId = new Map(rulesCatalog.map((r) => [r.id, r]));
    for (const [id, seen] of labels) {
      const rule = byId.get(id)!;
      const allowed = new Set(
        [rule, rule.forAdult(0), rule.forAdult(1)].map((r) => `${r.label.fr} | ${r.label.en}`),
      );
      expect(
        [...seen].filter((l) => !allowed.has(l)),
        id,
      ).toEqual([]);
    }
  });
});
