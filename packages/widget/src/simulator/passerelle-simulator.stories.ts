/**
 * <passerelle-simulator>: overview, options, behaviours, accessibility and one story per persona
 * of docs/personas.md. Persona stories assert in `play` that the figures shown equal
 * the library's results for the same case, and mark the canvas `data-play="passed"` at the end
 * (the browser tests wait for that mark).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { simulate, type SimulationInput } from '@passerelle/rules';
import {
  scenarioInput,
  defaultState,
  parseDefaults,
  type ScenarioKind,
  type WidgetState,
} from '../state/widget-state.js';

/** The element's shadow root, once rendered (and once its on-demand words have arrived). */
async function rootOf(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('passerelle-simulator')!;
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Waits until `read` returns something, for up to 3 s (the on-demand file may be arriving). */
async function until<T>(read: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 60; i++) {
    const v = read();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('not shown in time');
}

interface Args {
  lang: 'fr' | 'en';
  readingLevel: 'standard' | 'simple';
  year: string;
  month: string;
  scenarios: string;
  defaults: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Simulateur/passerelle-simulator',
  component: 'passerelle-simulator',
  args: {
    lang: 'fr',
    readingLevel: 'standard',
    year: '2026',
    month: '6',
    scenarios: 'none allowance wage',
    defaults: '',
    compact: false,
  },
  render: (a) =>
    html`<passerelle-simulator
      lang=${a.lang}
      reading-level=${a.readingLevel}
      year=${a.year}
      month=${a.month}
      scenarios=${a.scenarios}
      defaults=${a.defaults || '{}'}
      ?compact=${a.compact}
      no-url-state
    ></passerelle-simulator>`,
};
export default meta;
type Story = StoryObj<Args>;

const money = new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' });
const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

async function shown(canvas: HTMLElement, testId: string): Promise<string> {
  const root = await rootOf(canvas);
  const el = await until(() => root.querySelector(`[data-testid="${testId}"]`));
  // The sentence as it reads: a « ? » button and its folded definition are not part of it.
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.term, .term-definition').forEach((n) => n.remove());
  return norm(copy.textContent);
}

function libraryFigure(state: WidgetState, kind: ScenarioKind): string {
  const r = simulate(scenarioInput(state, kind) as SimulationInput);
  if (!r.ok) throw new Error(r.error.message.fr);
  return norm(money.format(r.value.moneyPerMonth.amount));
}

/** A persona story: the situation as `defaults`, and a play function checking every card. */
function persona(
  defaults: Partial<WidgetState> & object,
  scenarios: ScenarioKind[],
  doc: string,
): Story {
  const json = JSON.stringify(defaults);
  return {
    args: { defaults: json, scenarios: scenarios.join(' ') },
    parameters: { docs: { description: { story: doc } } },
    play: async ({ canvasElement, step }) => {
      const state = { ...defaultState(2026, 6), ...parseDefaults(json)?.values };
      for (const kind of scenarios) {
        await step(`« ${kind} » montre le montant calculé par la bibliothèque`, async () => {
          await expect(await shown(canvasElement, `money-${kind}`)).toContain(
            libraryFigure(state, kind),
          );
          // With children, the card says how much of the month is child benefits.
          if (state.children > 0)
            await expect(await shown(canvasElement, `money-${kind}`)).toContain(
              'de prestations pour enfants',
            );
        });
      }
      canvasElement.dataset['play'] = 'passed';
    },
  };
}

// Overview

/** The default view: three scenarios side by side for a person on solidarité sociale. */
export const Overview: Story = {};

// Options

/** English, through the `lang` attribute. */
export const English: Story = { args: { lang: 'en' } };

/** Compact mode for a narrow column: no chart. */
export const Compact: Story = { args: { compact: true, scenarios: 'none wage' } };

/** Only two scenarios, chosen with the `scenarios` attribute. */
export const TwoScenarios: Story = { args: { scenarios: 'none allowance' } };

// Behaviors

/** Invalid attributes show an inline message and the defaults are used: the component never goes blank. */
export const InvalidAttributes: Story = {
  args: { year: '1999', scenarios: 'wage nonsense', defaults: '{not json' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-simulator')!;
    await el.updateComplete;
    await expect(norm(el.shadowRoot!.querySelector('.attribute-problems')?.textContent)).toContain(
      '1999',
    );
    await expect(await shown(canvasElement, 'money-wage')).toMatch(/\$/);
    canvasElement.dataset['play'] = 'passed';
  },
};

/**
 * Invalid typed input: a wage of « abc » marks its box (`aria-invalid`, a message tied to it) and
 * the amounts stay those of the last valid value.
 */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement);
    const before = await shown(canvasElement, 'money-wage');
    const box = root.querySelector<HTMLInputElement>('#wage-rate')!;
    box.value = 'abc';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => box.getAttribute('aria-invalid') === 'true');
    await expect(box.value).toBe('abc');
    await expect(norm(root.querySelector('#wage-rate-error')?.textContent)).toContain(
      'Entrez un montant de 1,00 $ à 500,00 $',
    );
    await expect(box.getAttribute('aria-describedby')).toContain('wage-rate-error');
    await expect(await shown(canvasElement, 'money-wage')).toBe(before);
    canvasElement.dataset['play'] = 'passed';
  },
};

/**
 * The cliff callout: at 23 hours a week on solidarité sociale, assistance has just stopped; the card
 * says where, and about how much less money it means, in words.
 */
export const CliffCallout: Story = {
  args: { scenarios: 'none wage', defaults: JSON.stringify({ wageHours: 23 }) },
  play: async ({ canvasElement }) => {
    const text = await shown(canvasElement, 'callout-wage');
    await expect(text).toContain(
      'Vers 22,6 h par semaine, l’aide s’arrête ; à 22,5 h, vous avez encore un chèque.',
    );
    await expect(text).toMatch(/jusqu’à \d+ \$ de moins par mois/);
    await expect(await shown(canvasElement, 'coverage-wage')).toContain('48 mois');
    canvasElement.dataset['play'] = 'passed';
  },
};

/** Plain-language mode (`reading-level="simple"`): short sentences, one idea per line. */
export const PlainLanguage: Story = {
  args: { readingLevel: 'simple', defaults: JSON.stringify({ wageHours: 25 }) },
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement);
    await until(
      () => norm(root.querySelector('h2')?.textContent) === 'Combien d’argent aurai-je par mois ?',
    );
    await expect(await shown(canvasElement, 'callout-wage')).toMatch(
      /^Attention : Vers 22,6 h par semaine, votre chèque s’arrête ; à 22,5 h, vous l’avez encore\. Avec plus de 22,5 h, vous pourriez avoir jusqu’à \d+ \$ de moins par mois qu’à 22,5 h\. À partir de 29 h, vous avez plus qu’à 22,5 h\.$/,
    );
    // The year is said once, in the headline at 25 h, in short sentences.
    await expect(await shown(canvasElement, 'headline-wage')).toMatch(
      /\. Mais c’est \d+ \$ de moins qu’à 22,5 h : votre chèque s’arrête\. Sur un an, avec l’argent du printemps : environ [\d\s]+ \$ de moins qu’à 22,5 h\.$/,
    );
    await expect(await shown(canvasElement, 'coverage-wage')).toContain(
      'Vous gardez votre carnet 48 mois. Pour le garder, dites au ministère que vous travaillez',
    );
    await expect(root.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    canvasElement.dataset['play'] = 'passed';
  },
};

/**
 * « Je ne sais pas »: the allowance is shown both ways (not recognized, recognized as a support
 * allowance) with who to ask.
 */
export const AllowanceUnknown: Story = {
  args: {
    scenarios: 'none allowance',
    defaults: JSON.stringify({ allowanceTreatment: 'unknown' }),
  },
  play: async ({ canvasElement }) => {
    const root = await rootOf(canvasElement);
    await expect(await shown(canvasElement, 'outcome-counted')).toMatch(/\$ par mois$/);
    await expect(await shown(canvasElement, 'outcome-recognizedAny')).toMatch(/\$ par mois$/);
    await expect(await shown(canvasElement, 'headline-allowance')).toMatch(
      /^Avec 10 h par semaine payées en allocation \([\d,]+ \$ l’heure\) : de 0 \$ à \d+ \$ de plus par mois, selon la réponse du ministère$/,
    );
    await expect(norm(root.querySelector('.recognition .help')?.textContent)).toContain(
      'Demandez-le à votre agente ou agent',
    );
    canvasElement.dataset['play'] = 'passed';
  },
};

// Scenarios: personas

/** Persona 1 — Marc, 34, solidarité sociale: 10 h with an allowance vs 10 h at the minimum wage. */
export const Persona1Marc = persona(
  { program: 'socialSolidarity', allowanceHours: 10, allowancePerHour: 3, wageHours: 10 },
  ['none', 'allowance', 'wage'],
  'Marc, 34 ans, solidarité sociale, imprimerie communautaire (RPST) : 10 h avec allocation ou 10 h au salaire minimum.',
);

/** Persona 2 — Sophie, 27, aide sociale with temporary constraints: 15 h at the minimum wage. */
export const Persona2Sophie = persona(
  { program: 'socialAssistance', temporaryConstraints: true, wageHours: 15 },
  ['none', 'wage'],
  'Sophie, 27 ans, aide sociale avec contraintes temporaires, emploi de 15 h en épicerie (IPS).',
);

/** Persona 3 — Jonathan, 19, aide sociale: 5 hours a week of RPST. */
export const Persona3Jonathan = persona(
  { program: 'socialAssistance', allowanceHours: 5, allowancePerHour: 2, wageHours: 5 },
  ['none', 'allowance', 'wage'],
  'Jonathan, 19 ans, aide sociale sans contraintes, 5 h par semaine en RPST, puis peut-être un emploi.',
);

/** Persona 4 — Line, 52, revenu de base: 25 h at 17 $. */
export const Persona4Line = persona(
  { program: 'basicIncome', wageHours: 25, hourlyWage: 17 },
  ['none', 'wage'],
  'Line, 52 ans, revenu de base : 25 h par semaine à 17 $ l’heure ; l’exclusion annuelle change tout.',
);

/** Persona 5 — Karim and Julie, a couple on solidarité sociale (Karim 12 h of RPST). */
export const Persona5KarimJulie = persona(
  {
    program: 'socialSolidarity',
    household: 'couple',
    spouseProgram: 'socialAssistance',
    allowanceHours: 12,
    allowancePerHour: 3,
    wageHours: 12,
  },
  ['none', 'allowance', 'wage'],
  'Karim (contraintes sévères) et Julie : Karim commence 12 h en RPST. Le salaire de Julie (30 h) n’est pas encore saisissable dans le widget : voir la bibliothèque.',
);

/** Persona 6 — Nadia, single parent of one child (7), aide sociale with temporary constraints: 20 h. */
export const Persona6Nadia = persona(
  {
    program: 'socialAssistance',
    temporaryConstraints: true,
    children: 1,
    childAges: [7],
    wageHours: 20,
  },
  ['none', 'wage'],
  'Nadia, 41 ans, mère seule d’un enfant de 7 ans, 20 h par semaine : l’Allocation canadienne pour enfants et l’Allocation famille sont comprises dans chaque montant.',
);

/** Persona 8 — Amélie, single parent of a 4-year-old on aide sociale: 0, 10 and 20 h (issue 15). */
export const Persona8AmelieSingleParent = persona(
  { program: 'socialAssistance', children: 1, childAges: [4], allowanceHours: 10, wageHours: 20 },
  ['none', 'allowance', 'wage'],
  'Amélie, 30 ans, mère seule d’un enfant de 4 ans, aide sociale : l’allocation pour contraintes temporaires (enfant de moins de 5 ans), les prestations pour enfants et les taux de famille de la prime au travail et de l’Allocation canadienne pour les travailleurs.',
);

/** Persona 9 — a couple with two children (3 and 9) on solidarité sociale, one adult working 15 h. */
export const Persona9CoupleTwoChildren = persona(
  {
    program: 'socialSolidarity',
    household: 'couple',
    spouseProgram: 'socialSolidarity',
    children: 2,
    childAges: [3, 9],
    wageHours: 15,
  },
  ['none', 'wage'],
  'Un couple à la solidarité sociale avec deux enfants de 3 et 9 ans ; un adulte travaille 15 h par semaine au salaire minimum.',
);
