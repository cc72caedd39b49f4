/**
 * <passerelle-meeting>: its API page (attributes, parts, custom properties, from the manifest)
 * and an overview whose play function checks what a counsellor reads first.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

interface Args {
  lang: 'fr' | 'en';
}

const meta: Meta<Args> = {
  title: 'Rencontre/passerelle-meeting',
  component: 'passerelle-meeting',
  args: { lang: 'fr' },
  render: (a) => html`<passerelle-meeting lang=${a.lang} no-url-state></passerelle-meeting>`,
};
export default meta;
type Story = StoryObj<Args>;

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The meeting as a counsellor opens it: three scenarios side by side, the months of the one chosen. */
export const MeetingOverview: Story = {
  name: 'Aperçu',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-meeting') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    const root = el.shadowRoot!;
    await expect(norm(root.querySelector('h2')?.textContent)).toBe(
      'Rencontre : comparer des scénarios, mois par mois',
    );
    await expect(root.querySelectorAll('[data-testid="scenario-row"]').length).toBe(3);
    await expect(norm(root.querySelector('[data-testid="milestones"]')?.textContent)).not.toBe('');
    canvasElement.dataset['play'] = 'passed';
  },
};
