/**
 * The RAMQ premium (Schedule K): the exemption threshold is set by family type, so a family with
 * children pays nothing at an income where a single adult pays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugInsurancePremium, premiumFamilyOf } from '../src/credits/drug-insurance.js';
import { annualOf } from '../src/explain/computed.js';
import { Dec } from '../src/money.js';
import { contextFor, defaultParameters } from '../src/index.js';

const spaced = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const ctx = contextFor({ year: 2025, month: 6 }, defaultParameters);
const premium = (adults: number, children: number, income: number) =>
  annualOf(drugInsurancePremium({ adults, children }, new Dec(income), true, ctx)).toNumber();

describe('RAMQ premium, Schedule K thresholds by family type', () => {
  it('reads the threshold of the family: single, single parent 1 or 2+, couple 0, 1 or 2+', () => {
    const at = (adults: number, children: number) =>
      drugInsurancePremium({ adults, children }, new Dec(30_000), true, ctx).parameters.find((p) =>
        p.id.startsWith('credits.ramq.exemptionThreshold.'),
      )!.id;
    expect(at(1, 0)).toBe('credits.ramq.exemptionThreshold.single');
    expect(at(1, 1)).toBe('credits.ramq.exemptionThreshold.singleParentOneChild');
    expect(at(1, 3)).toBe('credits.ramq.exemptionThreshold.singleParentTwoOrMoreChildren');
    expect(at(2, 0)).toBe('credits.ramq.exemptionThreshold.couple');
    expect(at(2, 1)).toBe('credits.ramq.exemptionThreshold.coupleOneChild');
    expect(at(2, 2)).toBe('credits.ramq.exemptionThreshold.coupleTwoOrMoreChildren');
  });
  it('charges nothing under the threshold and says so', () => {
    const c = drugInsurancePremium({ adults: 2, children: 2 }, new Dec(39_000), true, ctx);
    expect(annualOf(c).toNumber()).toBe(0);
    expect(spaced(c.sentence('fr'))).toContain('sous le seuil d’exemption de 39 975,00 $');
    expect(spaced(c.sentence('en'))).toContain('below the $39,975.00 exemption threshold');
    // 1 000 $ above it: 7,47 %.
    expect(premium(2, 2, 40_975)).toBe(-74.7);
  });
  it('never charges a family more than the same adults with fewer children', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 80_000 }),
        (adults, children, income) => {
          expect(premium(adults, children + 1, income)).toBeGreaterThanOrEqual(
            premium(adults, children, income),
          );
          expect(premium(adults, children, income)).toBeGreaterThanOrEqual(-755 * adults);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('counts the children under 18 of a household', () => {
    expect(
      premiumFamilyOf({ adults: [{}], children: [{ age: 4 }, { age: 17 }, { age: 19 }] }),
    ).toEqual({ adults: 1, children: 2, olderChildren: 1 });
    // Said in the sentence: the family type read, and that an older child is not counted.
    const c = drugInsurancePremium(
      premiumFamilyOf({ adults: [{}], children: [{ age: 19 }] }),
      new Dec(30_000),
      true,
      ctx,
    );
    expect(spaced(c.sentence('fr'))).toContain('(personne seule, annexe K)');
    expect(spaced(c.sentence('fr'))).toContain('Les enfants de 18 ans ou plus ne sont pas comptés');
    expect(spaced(c.sentence('en'))).toContain('(single person, Schedule K)');
  });
});
