/**
 * docs/myths.md states figures next to each scenario block: they must be the library's money a
 * month, the figure every surface shows first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/index.js';

const doc = readFileSync(new URL('../../../docs/myths.md', import.meta.url), 'utf8');
const fr = new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' });
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const sections = doc.split(/^## /m).slice(1);

describe('docs/myths.md', () => {
  it('has five myths, each with a live scenario', () => {
    expect(sections).toHaveLength(5);
  });
  for (const section of sections) {
    const title = section.split('\n')[0]!;
    it(`${title}: the figures in the text are the library's`, () => {
      const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
      expect(json).toBeDefined();
      const r = simulate(JSON.parse(json!));
      if (!r.ok) throw new Error(r.error.message.en);
      const bold = [...section.matchAll(/\*\*([\d\s,]+ \$)\*\*/g)].map((m) => norm(m[1]!));
      // The money a month the simulator, the myths sheet and the handout show (one story).
      const shown = [
        r.value.moneyPerMonth.amount,
        r.value.moneyPerMonth.differenceVsNoActivity,
      ].map((n) => norm(fr.format(n)));
      // The scenario block's own figure (money in hand or the difference) is stated in bold.
      expect(
        bold.some((b) => shown.includes(b)),
        `${bold.join(' | ')} vs ${shown.join(' | ')}`,
      ).toBe(true);
    });
  }
});
