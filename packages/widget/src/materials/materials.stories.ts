/**
 * The participant materials: the comparison table and the « Mythes et réalités » sheet, each with
 * a play function that checks what a person reads against the library.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { comparisonTable, simulate } from '@passerelle/rules';
import { myths } from './myths.js';

const meta: Meta = { title: 'Documents/Documents pour les participantes et participants' };
export default meta;
type Story = StoryObj<{ lang: 'fr' | 'en'; readingLevel: 'standard' | 'simple' }>;

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const dollars = (n: number) =>
  norm(
    new Intl.NumberFormat('fr-CA', {
      style: 'currency',
      currency: 'CAD',
      maximumFractionDigits: 0,
    }).format(Math.round(n)),
  );

async function root(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  const el = canvas.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The comparison table, June 2026: each program's row at 20 h shows the library's figure. */
export const ComparisonTable: Story = {
  args: { lang: 'fr', readingLevel: 'standard' },
  render: (a) =>
    html`<passerelle-comparison-table
      lang=${a.lang}
      reading-level=${a.readingLevel}
      year="2026"
      month="6"
    ></passerelle-comparison-table>`,
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement, 'passerelle-comparison-table');
    const t = comparisonTable({ period: { year: 2026, month: 6 } });
    for (const p of t.programs) {
      const row = r.querySelectorAll(`[data-testid="table-${p.program}"] tbody tr`)[4]!;
      await expect(norm(row.querySelector('td strong')?.textContent)).toContain(
        dollars(p.rows[4]!.cells.wage.moneyPerMonth),
      );
    }
    canvasElement.dataset['play'] = 'passed';
  },
};

/** « Mythes et réalités », June 2026: each reality states the library's live figure. */
export const MythsSheet: Story = {
  args: { lang: 'fr', readingLevel: 'standard' },
  render: (a) =>
    html`<passerelle-myths
      lang=${a.lang}
      reading-level=${a.readingLevel}
      year="2026"
      month="6"
    ></passerelle-myths>`,
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement, 'passerelle-myths');
    const first = myths[0]!;
    const res = simulate(first.cases[0]!);
    if (!res.ok) throw new Error();
    await expect(norm(r.querySelector(`[data-testid="myth-${first.id}"]`)?.textContent)).toContain(
      dollars(res.value.moneyPerMonth.wholeDifference),
    );
    await expect(r.querySelectorAll('.myth').length).toBe(myths.length);
    canvasElement.dataset['play'] = 'passed';
  },
};

/** The myths sheet in plain language (`reading-level="simple"`). */
export const MythsSheetPlainLanguage: Story = {
  ...MythsSheet,
  args: { lang: 'fr', readingLevel: 'simple' },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement, 'passerelle-myths');
    await expect(
      norm(r.querySelector('[data-testid="myth-lose-everything"]')?.textContent),
    ).toContain('Vous gardez les premiers 200 $ de votre paie.');
    canvasElement.dataset['play'] = 'passed';
  },
};
