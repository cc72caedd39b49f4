/**
 * <passerelle-myths>: its API page (from the manifest) and an overview. The figures against the
 * library are checked in `materials.stories.ts`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

interface Args {
  lang: 'fr' | 'en';
  readingLevel: 'standard' | 'simple';
}

const meta: Meta<Args> = {
  title: 'Documents/passerelle-myths',
  component: 'passerelle-myths',
  args: { lang: 'fr', readingLevel: 'standard' },
  render: (a) =>
    html`<passerelle-myths
      lang=${a.lang}
      reading-level=${a.readingLevel}
      year="2026"
      month="6"
    ></passerelle-myths>`,
};
export default meta;

/** The sheet says whose figures it gives: single adults without children. */
export const MythsOverview: StoryObj<Args> = {
  name: 'Aperçu',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-myths') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent ?? '').toContain('personnes seules, sans enfant');
    canvasElement.dataset['play'] = 'passed';
  },
};
