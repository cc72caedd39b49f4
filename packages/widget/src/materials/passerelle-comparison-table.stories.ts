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
  household: 'single' | 'couple';
  childAges: string;
}

const meta: Meta<Args> = {
  title: 'Documents/passerelle-comparison-table',
  component: 'passerelle-comparison-table',
  args: {
    lang: 'fr',
    readingLevel: 'standard',
    allowancePerHour: '3',
    household: 'single',
    childAges: '',
  },
  argTypes: {
    household: { control: 'inline-radio', options: ['single', 'couple'] },
    childAges: { control: 'text' },
  },
  render: (a) =>
    html`<passerelle-comparison-table
      lang=${a.lang}
      reading-level=${a.readingLevel}
      allowance-per-hour=${a.allowancePerHour}
      household=${a.household}
      child-ages=${a.childAges}
      year="2026"
      month="6"
    ></passerelle-comparison-table>`,
};
export default meta;

/** A play function: the sheet says whose figures it gives, in these words. */
const saysWhoseFigures =
  (words: string): NonNullable<StoryObj<Args>['play']> =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-comparison-table') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent ?? '').toContain(words);
    canvasElement.dataset['play'] = 'passed';
  };

/** The sheet says whose figures it gives: a single adult without children. */
export const ComparisonTableOverview: StoryObj<Args> = {
  name: 'Aperçu',
  play: saysWhoseFigures('personne seule de 35 ans, sans enfant'),
};

/** An association for parents: a single parent of a 4-year-old, said above the tables. */
export const SingleParent: StoryObj<Args> = {
  name: 'Parent seul, un enfant de 4 ans',
  args: { childAges: '4' },
  play: saysWhoseFigures('parent seul de 35 ans avec un enfant de 4 ans'),
};
