/**
 * The live scenarios of docs/myths.md ("Mythes et réalités"), shown in the documentation site.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Simulateur/Mythes et réalités',
  component: 'passerelle-simulator',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const simulator = (defaults: object, scenarios: string) =>
  html`<passerelle-simulator
    year="2026"
    month="6"
    scenarios=${scenarios}
    defaults=${JSON.stringify(defaults)}
    no-url-state
  ></passerelle-simulator>`;

/** Marc, solidarité sociale, 10 hours a week at the minimum wage. */
export const WorkingDoesNotMeanLosingEverything: Story = {
  render: () => simulator({ program: 'socialSolidarity', wageHours: 10 }, 'none wage'),
};

/** Marc at 22.5 h: the chart shows where assistance and the 25 % supplement stop. */
export const TheWallWhereAssistanceStops: Story = {
  render: () => simulator({ program: 'socialSolidarity', wageHours: 22.5 }, 'none wage'),
};

/** 10 h at 3 $ an hour of allowance, recognized as an allocation de soutien. */
export const AnAllowanceIsNotAWage: Story = {
  render: () =>
    simulator(
      {
        program: 'socialSolidarity',
        allowanceHours: 10,
        allowancePerHour: 3,
        allowanceTreatment: 'recognizedSupportAllowance',
      },
      'none allowance',
    ),
};

/** Line, revenu de base, 20 h at 17 $. */
export const BasicIncomeAndWork: Story = {
  render: () => simulator({ program: 'basicIncome', wageHours: 20, hourlyWage: 17 }, 'none wage'),
};
