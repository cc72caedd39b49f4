import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  defaultParameters,
  simulate,
  sweep,
  type Outcome,
  type SimulationResult,
  type Sweep,
} from '@passerelle/rules';
import { renderIncomeChart, type ChartSeries } from '../chart/income-chart.js';
import { emit, type PasserelleChangeDetail } from '../events/passerelle-change.js';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import type { Translation } from '../i18n/translation.js';
import {
  defaultState,
  fromHash,
  parseDefaults,
  parseScenarios,
  scenarioInput,
  spousePrograms,
  toHash,
  treatments,
  widgetPrograms,
  type ScenarioKind,
  type WidgetState,
} from '../state/widget-state.js';
import { simulatorStyles } from './passerelle-simulator.styles.js';

interface ScenarioView {
  readonly kind: ScenarioKind;
  readonly outcome: Outcome<SimulationResult>;
  readonly sweep: Outcome<Sweep> | null;
}

/** Decimal comma or point, as typed by a person in French or English. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/\s/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/**
 * @summary Compares the money a person has each month with no activity, an RPST allowance or a
 * wage, under Québec's last-resort assistance, and explains every amount.
 * @status experimental
 * @since 0.1
 *
 * @event passerelle-change - A person changed an input; `detail` holds the inputs and a summary of each scenario.
 *
 * @csspart base - The whole component.
 * @csspart form - The form with the situation and the activities.
 * @csspart results - The scenario cards.
 * @csspart scenario - One scenario card.
 * @csspart amount - The large "money in hand" amount of a card.
 * @csspart explanation - An explanation of one amount.
 * @csspart notices - The list of warnings.
 * @csspart chart - The chart figure.
 * @csspart table - The chart's data table.
 *
 * @cssproperty --passerelle-font-family - Font of the component.
 * @cssproperty --passerelle-color-text - Text colour.
 * @cssproperty --passerelle-color-surface - Background of cards.
 * @cssproperty --passerelle-color-primary - Accent colour (buttons, focus ring, amounts).
 * @cssproperty --passerelle-color-border - Borders.
 * @cssproperty --passerelle-series-none - Chart line: no activity.
 * @cssproperty --passerelle-series-allowance - Chart line: allowance.
 * @cssproperty --passerelle-series-wage - Chart line: wage.
 * @cssproperty --passerelle-radius - Corner radius.
 */
export class PasserelleSimulator extends LitElement {
  static override styles = simulatorStyles;

  static override properties = {
    lang: { type: String, reflect: true },
    year: { type: String },
    month: { type: String },
    scenarios: { type: String },
    program: { type: String },
    defaults: { type: String },
    compact: { type: Boolean, reflect: true },
    noUrlState: { type: Boolean, attribute: 'no-url-state' },
    state: { state: true },
    live: { state: true },
    shareMessage: { state: true },
  };

  /** Language: `fr` (default) or `en`; falls back to the page's `<html lang>`. */
  declare lang: string;
  /** Year simulated (2025 or 2026). Defaults to the current year when supported. */
  declare year: string | undefined;
  /** Month simulated, 1–12. Defaults to the current month. */
  declare month: string | undefined;
  /** Scenarios shown, in order, among `none allowance wage` (at most three). */
  declare scenarios: string | undefined;
  /** Program selected at first: `socialAssistance`, `socialSolidarity`, `basicIncome` or `none`. */
  declare program: string | undefined;
  /**
   * Initial situation as JSON, any subset of the widget state, e.g.
   * `{"household":"couple","wageHours":20,"hourlyWage":17}` (see `WidgetState`). A shared URL wins over it.
   */
  declare defaults: string | undefined;
  /** Compact layout for narrow columns: hides the chart. */
  declare compact: boolean;
  /** Do not read or write the situation in the URL hash. */
  declare noUrlState: boolean;
  declare private state: WidgetState;
  declare private live: string;
  declare private shareMessage: string;
  private attributeProblems: string[] = [];
  private scenarioKinds: ScenarioKind[] = ['none', 'allowance', 'wage'];
  private views: ScenarioView[] = [];
  /** The state and scenarios `views` were computed for, so that one change computes once. */
  private viewsKey: unknown[] = [];
  /** Sweeps depend on everything but the hours of the swept activity: a slider move reuses them. */
  private sweepCache = new Map<string, Outcome<Sweep>>();
  /** Scenario cards whose explanations are open (rendered only then). */
  private openExplanations = new Set<ScenarioKind>();
  private readonly onHashChange = () => this.readHash();

  constructor() {
    super();
    this.lang = '';
    this.compact = false;
    this.noUrlState = false;
    this.live = '';
    this.shareMessage = '';
    const now = new Date();
    this.state = defaultState(now.getFullYear(), now.getMonth() + 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyAttributes();
    if (!this.noUrlState) {
      this.readHash();
      window.addEventListener('hashchange', this.onHashChange);
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('year') ||
      changed.has('month') ||
      changed.has('scenarios') ||
      changed.has('program')
    ) {
      if (this.hasUpdated) this.applyAttributes();
    }
    if (
      changed.has('state') ||
      changed.has('year') ||
      changed.has('month') ||
      changed.has('scenarios') ||
      changed.has('program')
    ) {
      this.views = this.computeViews();
    }
  }

  private get t(): Translation {
    const lang = (this.lang || document.documentElement.lang || 'fr').slice(0, 2).toLowerCase();
    return lang === 'en' ? en : fr;
  }

  private money(n: number, digits = 2): string {
    return new Intl.NumberFormat(this.t.locale, {
      style: 'currency',
      currency: 'CAD',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(n);
  }

  /** Host attributes → state. An invalid value is reported inline and replaced by its default. */
  private applyAttributes(): void {
    const problems: string[] = [];
    const years = defaultParameters.supportedYears;
    const now = new Date();
    const fallbackYear = years.includes(now.getFullYear())
      ? now.getFullYear()
      : years[years.length - 1]!;
    let year = this.state.year;
    let month = this.state.month;
    if (this.year !== undefined && this.year !== null) {
      const y = Number(this.year);
      if (years.includes(y)) year = y;
      else problems.push(this.t.invalidAttribute('year', this.year));
    } else if (!years.includes(year)) {
      year = fallbackYear;
      month = years.includes(now.getFullYear()) ? month : 12;
    }
    if (this.month !== undefined && this.month !== null) {
      const m = Number(this.month);
      if (Number.isInteger(m) && m >= 1 && m <= 12) month = m;
      else problems.push(this.t.invalidAttribute('month', this.month));
    }
    let program = this.state.program;
    if (this.program) {
      if ((widgetPrograms as readonly string[]).includes(this.program))
        program = this.program as WidgetState['program'];
      else problems.push(this.t.invalidAttribute('program', this.program));
    }
    let fromDefaults: Partial<WidgetState> = {};
    if (this.defaults) {
      const read = parseDefaults(this.defaults, this.state);
      if (read === null) problems.push(this.t.invalidAttribute('defaults', this.defaults));
      else fromDefaults = read;
    }
    const parsed = parseScenarios(this.scenarios ?? null);
    if (parsed.unknown.length > 0)
      problems.push(this.t.invalidAttribute('scenarios', parsed.unknown.join(' ')));
    this.scenarioKinds = parsed.scenarios;
    this.attributeProblems = problems;
    this.state = { ...this.state, year, month, program, ...fromDefaults };
  }

  private readHash(): void {
    const read = fromHash(window.location.hash, this.state);
    if (!read) return;
    this.state = read.state;
    if (read.scenarios) this.scenarioKinds = read.scenarios;
  }

  private computeViews(): ScenarioView[] {
    const key = [this.state, this.scenarioKinds, this.compact];
    if (key.every((k, j) => k === this.viewsKey[j])) return this.views;
    this.viewsKey = key;
    return this.computeViewsNow();
  }

  private computeViewsNow(): ScenarioView[] {
    return this.scenarioKinds.map((kind) => {
      try {
        const input = scenarioInput(this.state, kind);
        const outcome = simulate(input);
        const sweepOutcome = kind === 'none' || this.compact ? null : this.cachedSweep(kind);
        return { kind, outcome, sweep: sweepOutcome };
      } catch (error) {
        // The library never throws; this guards the host page against the unexpected all the same.
        const message = error instanceof Error ? error.message : String(error);
        return {
          kind,
          outcome: {
            ok: false,
            error: {
              name: 'UnsupportedHousehold',
              message: { fr: message, en: message },
              info: { reason: { fr: message, en: message } },
            },
          },
          sweep: null,
        };
      }
    });
  }

  private urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** Writes the hash once the person pauses: a dragged slider would otherwise flood the history API. */
  private scheduleUrlWrite(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const hash = toHash(this.state, this.scenarioKinds);
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }, 150);
  }

  private cachedSweep(kind: 'allowance' | 'wage'): Outcome<Sweep> {
    const { allowanceHours, wageHours, ...rest } = this.state;
    const key = JSON.stringify([kind, rest, kind === 'allowance' ? wageHours : allowanceHours]);
    let outcome = this.sweepCache.get(key);
    if (!outcome) {
      outcome = sweep(scenarioInput(this.state, kind), {
        hoursPerWeek: { from: 0, to: 40, step: 0.5 },
        activity: kind,
      });
      if (this.sweepCache.size > 50) this.sweepCache.clear();
      this.sweepCache.set(key, outcome);
    }
    return outcome;
  }

  /** One user change: new state, URL, live announcement, event. */
  private change(patch: Partial<WidgetState>): void {
    this.state = { ...this.state, ...patch };
    this.views = this.computeViews();
    if (!this.noUrlState) this.scheduleUrlWrite();
    this.live = this.t.liveSummary(
      this.views
        .map(
          (v) =>
            `${this.t.scenarioTitles[v.kind]} ${v.outcome.ok ? this.money(v.outcome.value.monthly.disposableIncome) : this.t.errorTitle}`,
        )
        .join(' ; '),
    );
    const detail: PasserelleChangeDetail = {
      isTriggeredByUser: true,
      scenarios: this.views.map((v) => ({
        kind: v.kind,
        input: scenarioInput(this.state, v.kind),
        ok: v.outcome.ok,
        disposableIncome: v.outcome.ok ? v.outcome.value.monthly.disposableIncome : null,
        differenceVsNoActivity: v.outcome.ok
          ? v.outcome.value.comparison.differenceVsNoActivity.monthly
          : null,
        netGainPerHour: v.outcome.ok ? v.outcome.value.comparison.netGainPerHour : null,
        benefit: v.outcome.ok ? v.outcome.value.monthly.benefit : null,
      })),
    };
    emit(this, 'passerelle-change', detail);
  }

  private switchLanguage(): void {
    this.lang = this.t.lang === 'fr' ? 'en' : 'fr';
  }

  private async share(): Promise<void> {
    const url = `${location.origin}${location.pathname}${location.search}${toHash(this.state, this.scenarioKinds)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.shareMessage = this.t.shareDone;
    } catch {
      this.shareMessage = url;
    }
  }

  override render(): TemplateResult {
    try {
      return this.renderContent();
    } catch (error) {
      // Never blank: a rendering problem still leaves a message in the page.
      return html`<div part="base" class="base">
        <p role="alert" class="error">
          ${this.t.errorTitle}: ${error instanceof Error ? error.message : String(error)}
        </p>
      </div>`;
    }
  }

  private renderContent(): TemplateResult {
    const t = this.t;
    return html`
      <div part="base" class="base" lang=${t.lang}>
        <header class="header">
          <h2 class="title">${t.title}</h2>
          <button
            type="button"
            class="lang"
            lang=${t.lang === 'fr' ? 'en' : 'fr'}
            aria-label=${t.switchLanguageLabel}
            @click=${this.switchLanguage}
          >
            ${t.switchLanguage}
          </button>
          <p class="intro">${t.intro}</p>
          <p class="privacy">${t.privacy}</p>
        </header>
        <p class="print-only">
          ${t.printedOn(new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(new Date()))}
        </p>
        ${
          this.attributeProblems.length > 0
            ? html`<ul class="attribute-problems" role="alert">
                ${this.attributeProblems.map((p) => html`<li>${p}</li>`)}
              </ul>`
            : nothing
        }
        ${this.renderForm()}
        <section part="results" class="results" aria-label=${t.activities}>
          ${this.views.map((v) => this.renderScenario(v))}
        </section>
        ${this.compact ? nothing : this.renderChart()}
        <div class="actions">
          <button type="button" @click=${() => window.print()}>${t.print}</button>
          ${this.noUrlState ? nothing : html`<button type="button" @click=${this.share}>${t.share}</button>`}
          <p class="share-message" role="status">${this.shareMessage}</p>
        </div>
        <p class="fineprint">${t.beforeTaxes}</p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.live}</p>
      </div>
    `;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const s = this.state;
    const years = defaultParameters.supportedYears;
    const shows = (k: ScenarioKind) => this.scenarioKinds.includes(k);
    const onAssistance = s.program === 'socialAssistance' || s.program === 'socialSolidarity';
    const minimum = this.minimumWageText();
    return html`
      <form part="form" class="form" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${t.yourSituation}</legend>
          <div class="field">
            <label for="program">${t.program}</label>
            <select
              id="program"
              aria-describedby="program-help"
              @change=${(e: Event) => this.change({ program: (e.target as HTMLSelectElement).value as WidgetState['program'] })}
            >
              ${widgetPrograms.map((p) => html`<option value=${p} ?selected=${s.program === p}>${t.programs[p]}</option>`)}
            </select>
            <p class="help" id="program-help">${t.programHelp[s.program]}</p>
          </div>
          ${
            s.program === 'socialAssistance'
              ? html`<div class="field check">
                  <input
                    id="tc"
                    type="checkbox"
                    .checked=${s.temporaryConstraints}
                    aria-describedby="tc-help"
                    @change=${(e: Event) => this.change({ temporaryConstraints: (e.target as HTMLInputElement).checked })}
                  />
                  <label for="tc">${t.temporaryConstraints}</label>
                  <p class="help" id="tc-help">${t.temporaryConstraintsHelp}</p>
                </div>`
              : nothing
          }
          <div class="field" role="radiogroup" aria-labelledby="household-label">
            <span id="household-label" class="label">${t.household}</span>
            <span class="radios">
              <input
                type="radio"
                id="single"
                name="household"
                value="single"
                .checked=${s.household === 'single'}
                @change=${() => this.change({ household: 'single' })}
              />
              <label for="single">${t.single}</label>
              <input
                type="radio"
                id="couple"
                name="household"
                value="couple"
                .checked=${s.household === 'couple'}
                @change=${() => this.change({ household: 'couple' })}
              />
              <label for="couple">${t.couple}</label>
            </span>
          </div>
          ${
            s.household === 'couple' && onAssistance
              ? html`<div class="field">
                  <label for="spouse">${t.spouseProgram}</label>
                  <select
                    id="spouse"
                    @change=${(e: Event) => this.change({ spouseProgram: (e.target as HTMLSelectElement).value as WidgetState['spouseProgram'] })}
                  >
                    ${spousePrograms.map((p) => html`<option value=${p} ?selected=${s.spouseProgram === p}>${t.programs[p]}</option>`)}
                  </select>
                </div>`
              : nothing
          }
          <div class="field">
            <label for="children">${t.children}</label>
            <input
              id="children"
              type="number"
              min="0"
              max="12"
              step="1"
              inputmode="numeric"
              .value=${String(s.children)}
              aria-describedby="children-help"
              @change=${(e: Event) => this.change({ children: Math.max(0, Math.min(12, Math.round(parseAmount((e.target as HTMLInputElement).value) ?? 0))) })}
            />
            <p class="help" id="children-help">${t.childrenHelp}</p>
          </div>
          <div class="field inline">
            <label for="month">${t.period}</label>
            <select
              id="month"
              @change=${(e: Event) => this.change({ month: Number((e.target as HTMLSelectElement).value) })}
            >
              ${Array.from({ length: 12 }, (_, i) => i + 1).map((m) => html`<option value=${m} ?selected=${s.month === m}>${t.month(m)}</option>`)}
            </select>
            <label for="year" class="visually-hidden">${t.year}</label>
            <select
              id="year"
              @change=${(e: Event) => this.change({ year: Number((e.target as HTMLSelectElement).value) })}
            >
              ${years.map((y) => html`<option value=${y} ?selected=${s.year === y}>${y}</option>`)}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.activities}</legend>
          ${
            shows('allowance')
              ? html`<div class="group">
                  <h3 class="group-title">${t.allowanceGroup}</h3>
                  ${this.renderHours('allowance-hours', t.allowanceHours, s.allowanceHours, (v) => this.change({ allowanceHours: v }))}
                  <div class="field">
                    <label for="allowance-rate">${t.allowancePerHour}</label>
                    <input
                      id="allowance-rate"
                      type="text"
                      inputmode="decimal"
                      .value=${String(s.allowancePerHour).replace('.', t.lang === 'fr' ? ',' : '.')}
                      @change=${(e: Event) => {
                        const v = parseAmount((e.target as HTMLInputElement).value);
                        if (v !== null && v >= 0 && v <= 200) this.change({ allowancePerHour: v });
                      }}
                    />
                  </div>
                  <div class="field">
                    <label for="treatment">${t.allowanceTreatment}</label>
                    <select
                      id="treatment"
                      aria-describedby="treatment-help"
                      @change=${(e: Event) => this.change({ allowanceTreatment: (e.target as HTMLSelectElement).value as WidgetState['allowanceTreatment'] })}
                    >
                      ${treatments.map((tr) => html`<option value=${tr} ?selected=${s.allowanceTreatment === tr}>${t.treatments[tr]}</option>`)}
                    </select>
                    <p class="help" id="treatment-help">${t.treatmentHelp}</p>
                  </div>
                </div>`
              : nothing
          }
          ${
            shows('wage')
              ? html`<div class="group">
                  <h3 class="group-title">${t.wageGroup}</h3>
                  ${this.renderHours('wage-hours', t.wageHours, s.wageHours, (v) => this.change({ wageHours: v }))}
                  <div class="field">
                    <label for="wage-rate">${t.hourlyWage}</label>
                    <input
                      id="wage-rate"
                      type="text"
                      inputmode="decimal"
                      placeholder=${minimum}
                      aria-describedby="wage-help"
                      .value=${s.hourlyWage === null ? '' : String(s.hourlyWage).replace('.', t.lang === 'fr' ? ',' : '.')}
                      @change=${(e: Event) => {
                        const v = parseAmount((e.target as HTMLInputElement).value);
                        this.change({ hourlyWage: v !== null && v > 0 && v <= 500 ? v : null });
                      }}
                    />
                    <p class="help" id="wage-help">${t.hourlyWageHelp(minimum)}</p>
                  </div>
                </div>`
              : nothing
          }
        </fieldset>
      </form>
    `;
  }

  private renderHours(
    id: string,
    label: string,
    value: number,
    set: (v: number) => void,
  ): TemplateResult {
    const read = (e: Event) => {
      const v = parseAmount((e.target as HTMLInputElement).value);
      if (v !== null) set(Math.max(0, Math.min(40, Math.round(v * 2) / 2)));
    };
    return html`<div class="field hours">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="range"
        min="0"
        max="40"
        step="0.5"
        .value=${String(value)}
        @input=${read}
        aria-valuetext=${`${value} ${this.t.hoursUnit}`}
      />
      <input
        id=${`${id}-number`}
        type="number"
        min="0"
        max="40"
        step="0.5"
        inputmode="decimal"
        .value=${String(value)}
        aria-label=${label}
        @change=${read}
      />
    </div>`;
  }

  private minimumWageText(): string {
    const date = `${this.state.year}-${String(this.state.month).padStart(2, '0')}-01`;
    try {
      return this.money(defaultParameters.at('labour.minimumWage.general', date).value.toNumber());
    } catch {
      return '';
    }
  }

  private renderScenario(view: ScenarioView): TemplateResult {
    const t = this.t;
    const title = t.scenarioTitles[view.kind];
    if (!view.outcome.ok) {
      return html`<article part="scenario" class="scenario scenario-${view.kind}">
        <h3>${title}</h3>
        <p role="alert" class="error">
          <strong>${t.errorTitle}.</strong> ${view.outcome.error.message[t.lang]}
        </p>
      </article>`;
    }
    const r = view.outcome.value;
    const diff = r.comparison.differenceVsNoActivity.monthly;
    const warnings = r.notices;
    return html`<article
      part="scenario"
      class="scenario scenario-${view.kind}"
      aria-labelledby=${`title-${view.kind}`}
    >
      <h3 id=${`title-${view.kind}`}>${title}</h3>
      ${this.scenarioDetail(view.kind, r)}
      <p class="amount" part="amount">
        <span class="big" data-testid=${`disposable-${view.kind}`}
          >${this.money(r.monthly.disposableIncome)}</span
        >
        <span class="unit">${t.inHandPerMonth}</span>
      </p>
      ${
        view.kind === 'none'
          ? nothing
          : html`<p class="difference" data-testid=${`difference-${view.kind}`}>
                ${diff === 0 ? t.sameAsNone : t.differenceVsNone(this.money(diff))}
              </p>
              ${r.comparison.netGainPerHour === null ? nothing : html`<p class="per-hour" data-testid=${`per-hour-${view.kind}`}>${t.keepPerHour(this.money(r.comparison.netGainPerHour))}</p>`}`
      }
      <p class="after-tax" data-testid=${`after-tax-${view.kind}`}>
        ${t.afterTaxes(this.money(r.monthly.disposableIncomeAfterTaxes))}
      </p>
      ${view.kind === 'none' ? nothing : html`<p class="after-tax-difference">${t.afterTaxesDifference(this.money(r.comparison.differenceAfterTaxesVsNoActivity.monthly))}</p>`}
      <h4>${t.breakdown}</h4>
      <dl class="breakdown">
        ${r.monthly.grossEarnings > 0 ? this.row(t.lines.grossEarnings, r.monthly.grossEarnings) : nothing}
        ${r.monthly.payrollDeductions > 0 ? this.row(t.lines.payrollDeductions, -r.monthly.payrollDeductions) : nothing}
        ${r.monthly.allowances > 0 ? this.row(t.lines.allowances, r.monthly.allowances) : nothing}
        ${r.program !== 'none' ? this.row(t.lines.benefit, r.monthly.benefit, `benefit-${view.kind}`) : nothing}
        ${r.monthly.workIncomeSupplement > 0 ? this.row(t.lines.workIncomeSupplement, r.monthly.workIncomeSupplement) : nothing}
        ${this.row(t.lines.disposableIncome, r.monthly.disposableIncome)}
      </dl>
      ${this.renderTaxYear(r)}
      ${
        warnings.length > 0
          ? html`<ul class="notices" part="notices" aria-label=${t.warnings}>
              ${warnings.map((n) => html`<li class=${n.severity}>${n.message[t.lang]}</li>`)}
              <li class="info">${r.coverage.claimBooklet.message[t.lang]}</li>
            </ul>`
          : html`<ul class="notices" part="notices" aria-label=${t.warnings}>
              <li class="info">${r.coverage.claimBooklet.message[t.lang]}</li>
            </ul>`
      }
      <details
        class="explanations"
        ?open=${this.openExplanations.has(view.kind)}
        @toggle=${(e: Event) => this.toggleExplanations(view.kind, e)}
      >
        <summary>${t.whereFrom}</summary>
        ${
          !this.openExplanations.has(view.kind)
            ? nothing
            : r.lines.map(
                (l) =>
                  html`<div class="explanation" part="explanation">
                    <p><strong>${l.label[t.lang]} : ${this.money(l.monthly)}</strong></p>
                    <p>${l.explanation.text[t.lang]}</p>
                    ${
                      l.explanation.parameters.length > 0
                        ? html`<ul class="sources">
                            ${l.explanation.parameters.map(
                              (p) =>
                                html`<li>
                                  ${t.source} :
                                  <a href=${p.source.url} target="_blank" rel="noopener noreferrer"
                                    >${p.source.title}</a
                                  >
                                  ${p.verified ? nothing : html`<span class="unverified">(${t.unverified}${p.status === 'derived' ? ` — ${t.derivedValue}` : ''})</span>`}
                                </li>`,
                            )}
                          </ul>`
                        : nothing
                    }
                  </div>`,
              )
        }
        ${r.exit.explanation ? html`<p class="exit">${r.exit.explanation[t.lang]}</p>` : nothing}
      </details>
    </article>`;
  }

  /** The tax year's taxes and credits of a scenario, and what the spring refund brings. */
  private renderTaxYear(r: SimulationResult): TemplateResult {
    const t = this.t;
    const y = r.taxYear;
    const rows: [string, number][] = [
      [t.taxLines.federalIncomeTax, -y.federalIncomeTax],
      [t.taxLines.quebecIncomeTax, -y.quebecIncomeTax],
      [
        y.workPremiumKind === 'adapted' ? t.taxLines.adaptedWorkPremium : t.taxLines.workPremium,
        y.workPremium,
      ],
      [t.taxLines.workPremiumSupplement, y.workPremiumSupplement],
      [t.taxLines.canadaWorkersBenefit, y.canadaWorkersBenefit],
      [t.taxLines.gstCredit, y.gstCredit],
      [t.taxLines.solidarityCredit, y.solidarityCredit],
      [t.taxLines.drugInsurancePremium, y.drugInsurancePremium],
    ];
    const spring = y.workPremium + y.workPremiumSupplement + y.canadaWorkersBenefit;
    return html`<h4>${t.taxYearTitle(y.year)}</h4>
      <dl class="breakdown">
        ${rows.filter(([, v]) => v !== 0).map(([label, v]) => this.row(label, v))}
        ${this.row(t.taxLines.total, y.disposableIncome)}
      </dl>
      ${spring > 0 ? html`<p class="spring">${t.springRefund(this.money(spring))}</p>` : nothing}`;
  }

  /** "10 h a week × 16,60 $ an hour" under a card title, so a printed summary says what was compared. */
  private scenarioDetail(kind: ScenarioKind, r: SimulationResult): TemplateResult | typeof nothing {
    const t = this.t;
    const hours = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
    const s = this.state;
    const program = html`<p class="situation">
      ${t.programs[r.program]}${s.household === 'couple' ? ` — ${t.couple}` : ''}
    </p>`;
    if (kind === 'wage') {
      const rate = r.lines.find((l) => l.id === 'activity.wage.grossMonthly')?.explanation.inputs[
        'hourlyWage'
      ];
      return html`${program}
        <p class="situation">
          ${t.scenarioDetail(hours.format(s.wageHours), this.money(Number(rate ?? 0)), t.perHourWage)}
        </p>`;
    }
    if (kind === 'allowance') {
      return html`${program}
        <p class="situation">
          ${t.scenarioDetail(hours.format(s.allowanceHours), this.money(s.allowancePerHour), t.perHourAllowance)}
        </p>`;
    }
    return program;
  }

  private toggleExplanations(kind: ScenarioKind, e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open === this.openExplanations.has(kind)) return;
    if (open) this.openExplanations.add(kind);
    else this.openExplanations.delete(kind);
    this.requestUpdate();
  }

  private row(label: string, value: number, testId?: string): TemplateResult {
    return html`<div class="row">
      <dt>${label}</dt>
      <dd data-testid=${testId ?? nothing}>${this.money(value)}</dd>
    </div>`;
  }

  private renderChart(): TemplateResult | typeof nothing {
    const t = this.t;
    const none = this.views.find((v) => v.kind === 'none');
    const series: ChartSeries[] = [];
    let wall: number | null = null;
    for (const v of this.views) {
      if (v.kind === 'none' && v.outcome.ok) {
        const value = v.outcome.value.monthly.disposableIncomeAfterTaxes;
        series.push({
          kind: 'none',
          label: t.scenarioTitles.none,
          points: [
            { hours: 0, value },
            { hours: 40, value },
          ],
        });
      } else if (v.sweep?.ok) {
        series.push({
          kind: v.kind,
          label: t.scenarioTitles[v.kind],
          points: v.sweep.value.points.map((p) => ({
            hours: p.hoursPerWeek,
            value: p.disposableIncomeAfterTaxes,
          })),
        });
        if (v.kind === 'wage' && v.outcome.ok) wall = v.outcome.value.exit.hoursPerWeekAtExit;
      }
    }
    if (series.length === 0 || (series.length === 1 && none)) return nothing;
    return renderIncomeChart(series, wall, t, (n) => this.money(n, 0), 'chart');
  }
}
