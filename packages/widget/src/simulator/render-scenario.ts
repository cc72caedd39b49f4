/**
 * One scenario card, answer first: the headline sentence, then the hours slider right under it
 * (so the answer and the slider are on screen together), then what a person needs to know
 * (cliffs, one more hour, spring, health, how sure), and the detail on demand.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  allowanceOutcomeRange,
  defaultParameters,
  type Outcome,
  type SimulationResult,
} from '@passerelle/rules';
import { field, recognitions, type Recognition } from '../state/widget-state.js';
import { recognitionWordsOf, sayRecognition } from '../parts/recognition.js';
import {
  renderLag,
  renderCoverage,
  renderNextHour,
  renderSpring,
  renderTraps,
  renderUncertainty,
} from './render-callouts.js';
import { formatHours } from '../i18n/format.js';
import { speak } from '../i18n/typography.js';
import type { RenderContext } from '../parts/render-context.js';
import { trapsToTell, type ScenarioView } from './scenario-views.js';

export interface CardOptions {
  readonly detailsOpen: boolean;
  readonly toggleDetails: (open: boolean) => void;
}

function minimumWage(c: RenderContext): string {
  const date = `${c.state.year}-${String(c.state.month).padStart(2, '0')}-01`;
  try {
    return c.money(defaultParameters.at('labour.minimumWage.general', date).value.toNumber());
  } catch {
    return '';
  }
}

function renderHours(c: RenderContext, kind: 'wage' | 'allowance', value: number): TemplateResult {
  const { t } = c;
  const key = kind === 'wage' ? 'wageHours' : 'allowanceHours';
  const spec = field(key);
  const label = t.hoursLabel[kind];
  return html`<div class="field hours">
    <label for=${`${kind}-hours`}>${label}</label>
    <input
      id=${`${kind}-hours`}
      type="range"
      min=${spec.kind === 'number' ? spec.min : 0}
      max=${spec.kind === 'number' ? spec.max : 40}
      step=${spec.kind === 'number' ? (spec.step ?? 'any') : 0.5}
      .value=${String(value)}
      aria-valuetext=${t.hoursValueText(formatHours(t.locale, value))}
      aria-describedby=${`headline-${kind}`}
      @focus=${() => c.activate(kind)}
      @input=${(e: Event) => c.change({ [key]: Number((e.target as HTMLInputElement).value) }, kind)}
    />
    ${c.numberField({
      id: `${kind}-hours-number`,
      label,
      spec,
      value,
      message: t.invalidNumber(
        String(spec.kind === 'number' ? spec.min : 0),
        String(spec.kind === 'number' ? spec.max : 40),
      ),
      from: kind,
      hiddenLabel: true,
    })}
  </div>`;
}

function renderRecognition(c: RenderContext): TemplateResult {
  const { t, state: s } = c;
  const order: Recognition[] = [
    'recognizedSupportAllowance',
    'recognizedEmploymentAssistance',
    'countedInFull',
    'unknown',
  ];
  // Named by the question alone: the « ? » button inside the legend is not part of its name.
  return html`<fieldset class="recognition" aria-labelledby="recognition-question">
    <legend>
      <span id="recognition-question">${t.recognitionQuestion}</span>
      ${c.term('recognition', 'allowance')}
    </legend>
    ${order
      .filter((r) => recognitions.includes(r))
      .map(
        (r) =>
          html`<span class="choice">
            <input
              type="radio"
              id=${`recognition-${r}`}
              name="recognition"
              value=${r}
              .checked=${s.allowanceTreatment === r}
              @change=${() => c.change({ allowanceTreatment: r }, 'allowance')}
            />
            <label for=${`recognition-${r}`}
              >${sayRecognition(t.lang, c.simple, recognitionWordsOf(s).answers[r])}</label
            >
          </span>`,
      )}
    <p class="help">${t.recognitionWhoToAsk}</p>
  </fieldset>`;
}

function renderDetails(c: RenderContext, r: SimulationResult, o: CardOptions): TemplateResult {
  return html`<details
    class="explanations"
    ?open=${o.detailsOpen}
    @toggle=${(e: Event) => o.toggleDetails((e.target as HTMLDetailsElement).open)}
  >
    <summary>${c.t.details}</summary>
    ${o.detailsOpen ? c.detailsBody(r) : nothing}
  </details>`;
}

/** The outcomes of « Je ne sais pas »: not recognized, recognized as support, as employment assistance. */
function outcomesOf(
  view: ScenarioView,
  r: SimulationResult,
): { key: keyof RenderContext['t']['unknownOutcomes']; result: SimulationResult }[] {
  const out: {
    key: 'counted' | 'recognized' | 'employment' | 'recognizedAny';
    result: SimulationResult;
  }[] = [{ key: 'counted', result: r }];
  if (view.recognized?.outcome.ok)
    out.push({ key: 'recognized', result: view.recognized.outcome.value });
  // The employment-assistance exclusion only changes the result above the support one (130 $):
  // shown apart only when it differs.
  if (
    view.employment?.ok &&
    Math.round(view.employment.value.moneyPerMonth.amount) !==
      Math.round(out[out.length - 1]!.result.moneyPerMonth.amount)
  )
    out.push({ key: 'employment', result: view.employment.value });
  else if (out.length === 2) out[1] = { ...out[1]!, key: 'recognizedAny' };
  return out;
}

/**
 * The card's headline; with « Je ne sais pas », the range between the outcomes. `short`: the
 * library's short form (the live region); `bar`: its answer bar's form (the card says the whole
 * sentence).
 */
export function headlineOf(
  c: RenderContext,
  view: ScenarioView,
  r: SimulationResult,
  { short = false, bar = false }: { short?: boolean; bar?: boolean } = {},
): string {
  const { t } = c;
  if (view.kind === 'allowance' && view.recognized && view.hours > 0) {
    const range = allowanceOutcomeRange(
      outcomesOf(view, r).map((o) => o.result.moneyPerMonth),
      { hoursPerWeek: view.hours, amountPerHour: c.state.allowancePerHour },
    );
    if (range) return speak(t.lang, bar ? range.barHeadline : range.headline);
  }
  const m = r.moneyPerMonth;
  return speak(
    t.lang,
    bar
      ? c.simple
        ? m.simpleBarHeadline
        : m.barHeadline
      : short
        ? m.shortHeadline
        : c.simple
          ? m.simpleHeadline
          : m.headline,
  );
}

function renderBothOutcomes(
  c: RenderContext,
  view: ScenarioView,
  r: SimulationResult,
): TemplateResult | typeof nothing {
  if (!view.recognized) return nothing;
  const { t } = c;
  return html`<div class="both-outcomes">
    ${outcomesOf(view, r).map(
      (o) =>
        html`<div class="outcome">
          <p class="outcome-label">${t.unknownOutcomes[o.key]}</p>
          <p class="outcome-amount" data-testid=${`outcome-${o.key}`}>
            <strong>${c.money(o.result.moneyPerMonth.amount, 0)}</strong> ${t.perMonth}
          </p>
          ${
            o.result.costsOfWorking
              ? html`<p class="after-costs" data-testid=${`after-costs-${o.key}`}>
                  ${speak(
                    t.lang,
                    c.simple
                      ? o.result.costsOfWorking.simpleSentence
                      : o.result.costsOfWorking.sentence,
                  )}
                </p>`
              : nothing
          }
        </div>`,
    )}
  </div>`;
}

/** The library's notice on a wage below the minimum wage, for the wage box. */
function wageWarning(c: RenderContext, view: ScenarioView): { warning?: string } {
  const notice = view.outcome.ok
    ? view.outcome.value.notices.find((n) => n.code === 'wageBelowMinimum')
    : undefined;
  return notice ? { warning: c.speak(notice.message) } : {};
}

export function renderScenario(
  c: RenderContext,
  view: ScenarioView,
  o: CardOptions,
): TemplateResult {
  const { t, state: s } = c;
  const kind = view.kind;
  const title = t.scenarioTitles[kind];
  const inputs =
    kind === 'none'
      ? nothing
      : html`${renderHours(c, kind, view.hours)}
        ${
          kind === 'wage'
            ? c.numberField({
                id: 'wage-rate',
                label: t.hourlyWage,
                spec: field('hourlyWage'),
                value: s.hourlyWage,
                message: t.invalidWage(c.money(1), c.money(500)),
                help: t.hourlyWageHelp(minimumWage(c)),
                ...wageWarning(c, view),
                placeholder: minimumWage(c),
              })
            : html`${c.numberField({
                  id: 'allowance-rate',
                  label: t.allowancePerHour,
                  spec: field('allowancePerHour'),
                  value: s.allowancePerHour,
                  message: t.invalidWage(c.money(0), c.money(200)).replace(/ — .*$/, '.'),
                })}
                <p class="print-only">${t.allowanceRatePrinted(c.money(s.allowancePerHour))}</p>
                ${renderRecognition(c)}`
        }`;
  // The heading and its card are named by the title alone: a screen reader read the « ? »
  // button's name with it (« Avec une allocation de participation Qu’est-ce que… »).
  const header = html`<h3 aria-labelledby=${`title-${kind}`}>
    <span id=${`title-${kind}`}>${title}</span>
    ${kind === 'allowance' ? c.term('allowance', 'allowance-title') : nothing}
  </h3>`;
  if (s.program === 'basicIncome' && s.household === 'couple') {
    return html`<article
      part="scenario"
      class="scenario scenario-${kind}"
      data-kind=${kind}
      aria-labelledby=${`title-${kind}`}
    >
      ${header}
      <p class="unavailable" data-testid=${`unavailable-${kind}`}>${t.basicIncomeCouple}</p>
    </article>`;
  }
  const outcome: Outcome<SimulationResult> = view.outcome;
  if (!outcome.ok) {
    return html`<article
      part="scenario"
      class="scenario scenario-${kind}"
      data-kind=${kind}
      aria-labelledby=${`title-${kind}`}
    >
      ${header}
      <p role="alert" class="error">
        <strong>${t.errorTitle}.</strong> ${speak(t.lang, outcome.error.message)}
      </p>
      ${inputs}
    </article>`;
  }
  const r = outcome.value;
  // With children, the part of the month that is child benefits: a parent's first worry.
  const childBenefits = r.moneyPerMonth.childBenefits;
  // « Je ne sais pas »: both outcomes side by side, each with its own cliffs and plateaus.
  const unknown =
    kind === 'allowance' && s.allowanceTreatment === 'unknown' && view.recognized !== null;
  const traps = trapsToTell(view.traps, view.hours);
  const recognizedTraps = view.recognized ? trapsToTell(view.recognized.traps, view.hours) : [];
  return html`<article
    part="scenario"
    class="scenario scenario-${kind}"
    data-kind=${kind}
    aria-labelledby=${`title-${kind}`}
  >
    ${header}
    <p class="headline" part="amount" id=${`headline-${kind}`} data-testid=${`headline-${kind}`}>
      ${kind === 'none' ? `${c.money(r.moneyPerMonth.amount, 0)} ${t.perMonth}` : headlineOf(c, view, r)}
    </p>
    <p class="exact" data-testid=${`money-${kind}`} ?hidden=${unknown}>
      ${
        // « Facile à lire »: whole dollars, as the headline says them; cents for the detail.
        t.exactly(c.money(r.moneyPerMonth.amount, c.simple ? 0 : 2))
      }
      ${childBenefits > 0 ? t.childBenefitsIncluded(c.money(childBenefits, 0)) : nothing}
    </p>
    ${
      // What working costs, said beside the money before it (the library's sentence); with « Je
      // ne sais pas » each outcome says its own, under its amount.
      r.costsOfWorking && !unknown
        ? html`<p class="after-costs" data-testid=${`after-costs-${kind}`}>
            ${speak(t.lang, c.simple ? r.costsOfWorking.simpleSentence : r.costsOfWorking.sentence)}
          </p> `
        : nothing
    }
    ${[r.costsOfWorking?.allowanceNote, r.costsOfWorking?.childcareNote].map((note) =>
      note ? html`<p class="help after-costs-note">${speak(t.lang, note)}</p>` : nothing,
    )}
    ${kind === 'none' ? nothing : html`<p class="reference">${t.noActivityLine(c.money(r.moneyPerMonth.noActivity, 0))}</p>`}
    ${inputs} ${unknown ? renderBothOutcomes(c, view, r) : nothing}
    ${
      unknown
        ? renderTraps(c, traps, kind, t.unknownOutcomes.counted)
        : renderTraps(
            c,
            traps,
            kind,
            null,
            r.moneyPerMonth.sinceExit,
            kind === 'none' ? null : view.next,
          )
    }
    ${unknown ? renderTraps(c, recognizedTraps, kind, t.unknownOutcomes.recognized) : nothing}
    ${kind === 'none' ? nothing : renderNextHour(c, view.next, kind)} ${renderSpring(c, r, kind)}
    ${renderLag(c, r, kind)} ${renderCoverage(c, r, kind)} ${renderUncertainty(c, r, kind)}
    ${renderDetails(c, r, o)}
  </article>`;
}
