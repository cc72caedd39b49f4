/**
 * <passerelle-comparison-table>: its API page (from the manifest) and an overview. The figures
 * against the library are checked in `materials.stories.ts`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

interface Args {
  lang: 'fr' | 'en';
  readingLevel: 'standard' | 'simple';
  allowancePerHour: string;
}

const meta: Meta<Args> = {
  title: 'Documents/passerelle-comparison-table',
  component: 'passerelle-comparison-table',
  args: { lang: 'fr', readingLevel: 'standard', allowancePerHour: '3' },
  render: (a) =>
    html`<passerelle-comparison-table
      lang=${a.lang}
      reading-level=${a.readingLevel}
      allowance-per-hour=${a.allowancePerHour}
      year="2026"
      month="6"
    ></passerelle-comparison-table>`,
};
export default meta;

/** The sheet says whose figures it gives: a single adult without children. */
export const ComparisonTableOverview: StoryObj<Args> = {
  name: 'Aperçu',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-comparison-table') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent ?? '').toContain(
      'personne seule de 35 ans, sans enfant',
    );
    canvasElement.dataset['play'] = 'passed';
  },
};
