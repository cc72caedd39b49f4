/**
 * The situation form, opened from its one-line summary (see `situation.ts`): the choices come
 * from its context, each field's limits from the fields' table.
 */
import { html, type TemplateResult } from 'lit';
import type { WidgetState } from '../state/fields.js';
import { withDetails } from '../i18n/details.js';
import type { RenderContext } from './render-context.js';

export function renderSituationForm(
  c: RenderContext,
  toggle: (open: boolean) => void,
): TemplateResult {
  const { state: s, choices } = c;
  const t = withDetails(c.t);
  const nothing = '';
  const years = choices.years;
  const onAssistance = s.program === 'socialAssistance' || s.program === 'socialSolidarity';
  const select =
    <K extends keyof WidgetState>(key: K, read: (v: string) => WidgetState[K]) =>
    (e: Event) =>
      c.change({ [key]: read((e.target as HTMLSelectElement).value) } as Partial<WidgetState>);
  const check =
    (
      key:
        | 'temporaryConstraints'
        | 'longTermRecipient'
        | 'recentOnAssistance'
        | 'subsidizedHousing'
        | 'livesWithParent'
        | 'includeClaimBookletValue'
        | 'disabilityTaxCredit',
    ) =>
    (e: Event) =>
      c.change({ [key]: (e.target as HTMLInputElement).checked } as Partial<WidgetState>);
  /** A yes/no question with its help text, tied to the state by its key. */
  const checkbox = (id: string, key: Parameters<typeof check>[0], label: string, help: string) =>
    html`<div class="field check">
      <input
        id=${id}
        type="checkbox"
        .checked=${s[key]}
        aria-describedby=${`${id}-help`}
        @change=${check(key)}
      />
      <label for=${id}>${label}</label>
      <p class="help" id=${`${id}-help`}>${help}</p>
    </div>`;
  return html`<form
    part="form"
    class="form"
    id="situation-form"
    @submit=${(e: Event) => {
      e.preventDefault();
      // Enter in one of the form's boxes with a bad value keeps it open on its message (a bad
      // value in a box outside the form does not).
      if (!c.hasInvalidField(['solidarityMonths', 'transportCosts', 'childcareCosts']))
        toggle(false);
    }}
  >
    <fieldset>
      <legend>${t.yourSituation}</legend>
      <div class="field">
        <label for="program">${t.program}</label>
        <select
          id="program"
          aria-describedby="program-help"
          @change=${select('program', (v) => v as WidgetState['program'])}
        >
          ${choices.programs.map((p) => html`<option value=${p} ?selected=${s.program === p}>${t.programs[p]}</option>`)}
        </select>
        <p class="help" id="program-help">${t.programHelp[s.program]}</p>
      </div>
      ${
        s.program === 'socialAssistance'
          ? checkbox(
              'temporary',
              'temporaryConstraints',
              t.temporaryConstraints,
              t.temporaryConstraintsHelp,
            )
          : nothing
      }
      <fieldset class="radios">
        <legend class="label">${t.household}</legend>
        <span>
          <input
            type="radio"
            id="single"
            name="household"
            value="single"
            .checked=${s.household === 'single'}
            @change=${() => c.change({ household: 'single' })}
          />
          <label for="single">${t.single}</label>
        </span>
        <span>
          <input
            type="radio"
            id="couple"
            name="household"
            value="couple"
            .checked=${s.household === 'couple'}
            @change=${() => c.change({ household: 'couple' })}
          />
          <label for="couple">${t.couple}</label>
        </span>
      </fieldset>
      ${
        s.household === 'couple' && onAssistance
          ? html`<div class="field">
              <label for="spouse">${t.spouseProgram}</label>
              <select
                id="spouse"
                @change=${select('spouseProgram', (v) => v as WidgetState['spouseProgram'])}
              >
                ${choices.spousePrograms.map((p) => html`<option value=${p} ?selected=${s.spouseProgram === p}>${t.programs[p]}</option>`)}
              </select>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="children">${t.children}</label>
        <select
          id="children"
          aria-describedby="children-help"
          @change=${select('children', Number)}
        >
          ${Array.from({ length: 13 }, (_, n) => html`<option value=${n} ?selected=${s.children === n}>${n}</option>`)}
        </select>
        <p class="help" id="children-help">${t.childrenHelp}</p>
      </div>
      ${
        // Each child's age, chosen in order: the next child's select appears once the one before
        // has an age. No age is assumed; until every age is chosen, the cards show no figure and say so.
        Array.from(
          { length: Math.min(s.children, choices.childAges.length + 1) },
          (_, k) => choices.childAges[k],
        ).map(
          (age, k) =>
            html`<div class="field inline">
              <label for=${`child-age-${k + 1}`}>${t.childAge(k + 1)}</label>
              <select
                id=${`child-age-${k + 1}`}
                aria-invalid=${age === undefined ? 'true' : 'false'}
                @change=${(e: Event) => {
                  const value = (e.target as HTMLSelectElement).value;
                  if (value === '') return;
                  const ages = [...choices.childAges];
                  ages[k] = Number(value);
                  c.change({ childAges: ages });
                }}
              >
                ${age === undefined ? html`<option value="" selected>${t.chooseAge}</option>` : nothing}
                ${Array.from({ length: 18 }, (_, n) => html`<option value=${n} ?selected=${n === age}>${t.ageOption(n)}</option>`)}
              </select>
            </div>`,
        )
      }
      <div class="field inline">
        <label for="month">${t.period}</label>
        <select id="month" @change=${select('month', Number)}>
          ${Array.from({ length: 12 }, (_, i) => i + 1).map((m) => html`<option value=${m} ?selected=${s.month === m}>${t.month(m)}</option>`)}
        </select>
        <label for="year" class="visually-hidden">${t.year}</label>
        <select id="year" @change=${select('year', Number)}>
          ${years.map((y) => html`<option value=${y} ?selected=${s.year === y}>${y}</option>`)}
        </select>
      </div>
      ${
        s.program === 'socialSolidarity'
          ? c.numberField({
              id: 'solidarity-months',
              label: t.solidarityMonths,
              spec: c.field('solidarityMonths'),
              value: s.solidarityMonths,
              message: t.invalidSolidarityMonths,
              help: t.solidarityMonthsHelp,
            })
          : nothing
      }
      ${
        onAssistance
          ? checkbox('long-term', 'longTermRecipient', t.longTermRecipient, t.longTermRecipientHelp)
          : nothing
      }
      ${
        s.program === 'socialAssistance'
          ? html`${checkbox('recent', 'recentOnAssistance', t.recentOnAssistance, t.recentOnAssistanceHelp)}
            ${checkbox('subsidized', 'subsidizedHousing', t.subsidizedHousing, t.subsidizedHousingHelp)}
            ${checkbox('with-parent', 'livesWithParent', t.livesWithParent, t.livesWithParentHelp)}`
          : nothing
      }
      <fieldset class="costs">
        <legend class="label">${t.costsTitle}</legend>
        <p class="help" id="costs-help">${t.costsHelp}</p>
        ${c.numberField({
          id: 'transport-costs',
          label: t.transportCosts,
          spec: c.field('transportCosts'),
          value: s.transportCosts,
          message: t.invalidCost,
        })}
        ${
          s.children > 0
            ? c.numberField({
                id: 'childcare-costs',
                label: t.childcareCosts,
                spec: c.field('childcareCosts'),
                value: s.childcareCosts,
                message: t.invalidCost,
              })
            : nothing
        }
      </fieldset>
      ${checkbox('disability-credit', 'disabilityTaxCredit', t.disabilityTaxCredit, t.disabilityTaxCreditHelp)}
      ${checkbox('booklet-value', 'includeClaimBookletValue', t.includeBooklet, t.includeBookletHelp)}
      <button type="submit" id="situation-done">${t.situationDone}</button>
    </fieldset>
  </form>`;
}
