import { copyLink } from '../parts/copy-link.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { isSpokenLanguage, PasserelleElement } from '../base/passerelle-element.js';
import { defaultParameters, spokenHours } from '@passerelle/rules';

import { DEFAULT_CHART_WIDTH, renderIncomeChart, type ChartSeries } from '../chart/income-chart.js';
import { emit, type PasserelleChangeDetail } from '../events/passerelle-change.js';
import { formatHours, formatMoney } from '../i18n/format.js';
import { speak } from '../i18n/typography.js';
import { householdWarning } from '../parts/household-warning.js';
import { WordsController } from '../base/words-controller.js';
import type { TermId, Translation } from '../i18n/translation.js';
import {
  defaultState,
  fromHash,
  parseDefaults,
  parseScenarios,
  readField,
  field,
  linkFieldOf,
  HASH_KEY,
  spousePrograms,
  childrenOf,
  childrenWithoutAge,
  scenarioInput,
  toHash,
  widgetPrograms,
  type ReadState,
  type ScenarioKind,
  type WidgetState,
} from '../state/widget-state.js';
import { createDrafts, renderNumberField } from '../parts/number-field.js';
import { renderAnswerBar } from './render-answer-bar.js';
import type { renderDetailsBody } from './render-details.js';
import type { renderSituationForm } from '../parts/situation-form.js';
import {
  documentedParameters,
  loadParameterSources,
  parameterSourcesLoaded,
} from './parameter-sources.js';
import type { NumberFieldOptions, RenderContext } from '../parts/render-context.js';
import { headlineOf, renderScenario } from './render-scenario.js';
import { renderSituation } from '../parts/situation.js';
import { libraryTerm } from '../parts/library-terms.js';
import { renderTerm } from '../parts/term.js';
import { PrintedDateController } from '../parts/printed-date-controller.js';
import { ScenarioViews, trapsToTell, type ScenarioView } from './scenario-views.js';
import { simulatorStyles } from './passerelle-simulator.styles.js';
import { chartStyles } from '../chart/income-chart.styles.js';
import { printStyles } from './print.styles.js';

export { parseAmount } from '../state/widget-state.js';

/** A value that could not be used, kept as data so that it is said in the current language. */
interface Problem {
  readonly from: 'attribute' | 'link' | 'clock';
  readonly name: string;
  readonly value: string;
}

/** What a person reads when part of the element could not be fetched, in both languages. */
const loadProblem =
  'Une partie de la page n’a pas pu être chargée : vérifiez votre connexion, puis réessayez. — Part of the page could not be loaded: check your connection, then try again.';

/**
 * @tagname passerelle-simulator
 * @summary Tells a person how much money they would have each month with no activity, a
 * participation allowance or a wage, under Québec's last-resort assistance: the answer first, in
 * plain words, with every amount explained.
 * @status experimental
 * @since 0.1
 *
 * @event passerelle-change - A person changed an input; `detail` holds the inputs and a summary of each scenario.
 * @event passerelle-language - The language the element speaks changed (and once at first); `detail.lang` is `fr` or `en`, for the host page's own text.
 *
 * @slot contact - The host organization's way to reach a person (« Pour en parler : Marie,
 *   514 555-0101 »), shown right after the answers, on screen and when printed.
 *
 * @csspart base - The whole component.
 * @csspart contact - The box around the host's contact, after the answers.
 * @csspart situation - The one-line summary of the situation.
 * @csspart form - The situation form, when open.
 * @csspart results - The scenario cards.
 * @csspart scenario - One scenario card.
 * @csspart amount - The headline sentence of a card.
 * @csspart answer-bar - The answer kept on screen while the card's headline is out of view.
 * @csspart explanation - An explanation of one amount.
 * @csspart notices - The list of notes in a card's detail.
 * @csspart chart - The chart figure.
 * @csspart table - The chart's data table.
 *
 * @cssproperty --passerelle-font-family - Font of the component.
 * @cssproperty --passerelle-color-text - Text colour.
 * @cssproperty --passerelle-color-surface - Background of cards.
 * @cssproperty --passerelle-color-primary - Accent colour (buttons, focus ring, amounts).
 * @cssproperty --passerelle-color-border - Borders.
 * @cssproperty --passerelle-color-warning - Border of the « Attention » callouts.
 * @cssproperty --passerelle-color-warning-surface - Background of the « Attention » callouts.
 * @cssproperty --passerelle-series-none - Chart line: no activity.
 * @cssproperty --passerelle-series-allowance - Chart line: allowance.
 * @cssproperty --passerelle-series-wage - Chart line: wage.
 * @cssproperty --passerelle-radius - Corner radius.
 */
export class PasserelleSimulator extends PasserelleElement {
  static override styles = [simulatorStyles, chartStyles, printStyles];

  static override properties = {
    ...PasserelleElement.properties,
    year: { type: String },
    month: { type: String },
    scenarios: { type: String },
    program: { type: String },
    defaults: { type: String },
    compact: { type: Boolean, reflect: true },
    state: { state: true },
    live: { state: true },
    shareMessage: { state: true },
    situationOpen: { state: true },
    active: { state: true },
    headlineVisible: { state: true },
    chunkProblem: { state: true },
    sourcesProblem: { state: true },
  };

  /** Year simulated (one the data covers). Defaults to the current year when supported. */
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
  declare private state: WidgetState;
  declare private live: string;
  declare private shareMessage: string;
  declare private situationOpen: boolean;
  /** The scenario whose hours were moved last: the answer bar tells its headline. */
  declare private active: ScenarioKind | null;
  declare private headlineVisible: boolean;
  private problems: Problem[] = [];
  /** The state before any link: a new link (hashchange) starts again from it. */
  private attributeState: WidgetState | null = null;
  private scenarioKinds: ScenarioKind[] = ['none', 'allowance', 'wage'];
  private readonly computer = new ScenarioViews();
  private readonly printedDate = new PrintedDateController(this);
  private views: ScenarioView[] = [];
  private viewsKey: unknown[] = [];
  private readonly drafts = createDrafts();
  private readonly openTerms = new Set<string>();
  private readonly openDetails = new Set<ScenarioKind>();
  private readonly onHashChange = () => {
    // A new link is a new situation: from the attributes' one, with nothing typed left over.
    if (this.attributeState) this.state = this.attributeState;
    this.drafts.typing.clear();
    this.drafts.invalid.clear();
    this.readHash();
    this.views = this.computeViews();
    this.requestUpdate();
  };
  private urlTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.compact = false;
    this.live = '';
    this.shareMessage = '';
    this.situationOpen = false;
    this.chunkProblem = false;
    this.sourcesProblem = false;
    this.active = null;
    this.headlineVisible = true;
    const now = new Date();
    this.state = defaultState(now.getFullYear(), now.getMonth() + 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyAttributes();
    this.attributeState = this.state;
    if (!this.noUrlState) {
      this.readHash();
      window.addEventListener('hashchange', this.onHashChange);
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    // The observers' controllers disconnect with the element and observe again on reconnection;
    // the chart's observer is let go here, and observes again at the next update.
    this.chartResize.disconnect();
    this.observedChart = null;
    super.disconnectedCallback();
  }

  /**
   * The hours slider a person is moving stays where their finger or eye is: when the answer above
   * it grows or shrinks (past the exit point the headline gains five lines on a phone), the page
   * scrolls by as much, so the slider does not jump 170–240 px under the thumb (review, December
   * 2026). Only for the focused slider, and only by the distance the layout moved it.
   */
  private sliderAnchor: { readonly slider: Element; readonly top: number } | null = null;
  private keepSliderInPlace(): void {
    const anchor = this.sliderAnchor;
    this.sliderAnchor = null;
    if (!anchor || !anchor.slider.isConnected) return;
    const moved = anchor.slider.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const attributes = [
      'year',
      'month',
      'scenarios',
      'program',
      'readingLevel',
      'lang',
      'defaults',
    ];
    if (this.hasUpdated && attributes.some((a) => changed.has(a)))
      this.applyAttributes(
        new Set(
          attributes
            .filter((a) => changed.has(a))
            .map((a) => (a === 'readingLevel' ? 'reading-level' : a)),
        ),
      );
    this.views = this.computeViews();
    const focused = this.shadowRoot?.activeElement;
    this.sliderAnchor =
      focused instanceof HTMLInputElement && focused.type === 'range'
        ? { slider: focused, top: focused.getBoundingClientRect().top }
        : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.keepSliderInPlace();
    this.observeCards();
    this.observeHeadline();
    this.observeChart();
    // User Timing: when the first amounts are on the page (read by `pnpm bench:browser`, and by
    // any host that measures its pages); once per element.
    if (!this.firstAmountMarked && this.views.length > 0 && this.speech.words) {
      this.firstAmountMarked = true;
      performance.mark('passerelle:first-amount');
    }
    if (this.sweepsDeferred && this.views.length > 0) this.computeSweepsAfterPaint();
  }
  private firstAmountMarked = false;

  /**
   * No figure at all for a couple on the basic income (not computed), nor while a child's age is
   * still to choose (its benefits would be silently left out).
   */
  private get figuresShown(): boolean {
    const s = this.state;
    return !(s.program === 'basicIncome' && s.household === 'couple') && !this.agesMissing;
  }
  private get agesMissing(): number {
    return childrenWithoutAge(this.state);
  }

  /** French at once; English and « Facile à lire » loaded when asked for. */
  private readonly speech = new WordsController(this, () => ({
    lang: this.language,
    level: this.simple ? 'simple' : 'standard',
  }));

  private get t(): Translation {
    return this.speech.wordsOrDefault;
  }

  private money(n: number, digits = 2): string {
    return formatMoney(this.t.locale, n, digits);
  }

  /** Applies a state read from an attribute or a link; problems are said, never hidden. */
  private apply(read: ReadState, from: Problem['from'], prefix = ''): void {
    for (const p of read.problems)
      this.problems.push({ from, name: prefix + p.name, value: p.value });
    const values = { ...read.values };
    const years = defaultParameters.supportedYears;
    if (values.year !== undefined && !years.includes(values.year)) {
      // A year the data does not cover is said, and the year shown stays.
      this.problems.push({
        from,
        name: prefix + (from === 'link' ? 'y' : 'year'),
        value: String(values.year),
      });
      delete values.year;
    }
    this.state = { ...this.state, ...values };
    // Temporary constraints exist only in aide sociale: asked for under another program, they
    // would be silently ignored; said instead.
    if (values.temporaryConstraints === true && this.state.program !== 'socialAssistance')
      this.problems.push({
        from,
        name: prefix + (from === 'link' ? 't' : 'temporaryConstraints'),
        value: '1',
      });
    if (read.scenarios) this.scenarioKinds = read.scenarios;
    if (read.lang) this.lang = read.lang;
    if (read.readingLevel) this.readingLevel = read.readingLevel;
  }

  /**
   * Host attributes → state. On first connection every attribute applies; later, only the
   * attributes the host changed (`defaults` included), so that what a person chose or a shared
   * link set is never wiped by an attribute nobody touched. An invalid value is said and not used.
   */
  private applyAttributes(changed: ReadonlySet<string> | null = null): void {
    const all = changed === null;
    const has = (name: string) => all || changed.has(name);
    const attributeNames = [
      'year',
      'month',
      'program',
      'reading-level',
      'scenarios',
      'defaults',
      'lang',
    ];
    this.problems = this.problems.filter(
      (p) => p.from !== 'attribute' || !attributeNames.some((a) => has(a) && p.name.startsWith(a)),
    );
    const attr = (name: string, value: string) =>
      this.problems.push({ from: 'attribute', name, value: value.slice(0, 40) });
    const years = defaultParameters.supportedYears;
    let { year, month } = this.state;
    if (has('year') && this.year !== undefined && this.year !== null) {
      const read = readField(field('year'), this.year);
      if (read.ok && years.includes(read.value as number)) year = read.value as number;
      else attr('year', this.year);
    } else if (all && !years.includes(year)) {
      // The rules of this year are not in the data: the nearest year is shown, and said so.
      const shown = year > years[years.length - 1]! ? years[years.length - 1]! : years[0]!;
      this.problems.push({ from: 'clock', name: String(year), value: String(shown) });
      year = shown;
    }
    if (has('month') && this.month !== undefined && this.month !== null) {
      const read = readField(field('month'), this.month);
      if (read.ok) month = read.value as number;
      else attr('month', this.month);
    }
    let program = this.state.program;
    if (has('program') && this.program) {
      if ((widgetPrograms as readonly string[]).includes(this.program))
        program = this.program as WidgetState['program'];
      else attr('program', this.program);
    }
    if (has('reading-level') && !['standard', 'simple'].includes(this.readingLevel)) {
      attr('reading-level', this.readingLevel);
      this.readingLevel = 'standard';
    }
    if (has('lang') && !isSpokenLanguage(this.lang)) attr('lang', this.lang);
    this.state = { ...this.state, year, month, program };
    // The initial situation; set again by the host later, it applies then too (the host asked).
    if (has('defaults') && this.defaults) {
      const read = parseDefaults(this.defaults);
      if (read === null) attr('defaults', this.defaults);
      else this.apply(read, 'attribute', 'defaults.');
    }
    if (has('scenarios')) {
      const parsed = parseScenarios(this.scenarios ?? null);
      if (parsed.unknown.length > 0) attr('scenarios', parsed.unknown.join(' '));
      this.scenarioKinds = parsed.scenarios;
    }
  }

  /** The situation a link describes: from the attributes' situation, never merged with the last link. */
  private readHash(): void {
    const read = fromHash(window.location.hash);
    this.problems = this.problems.filter((p) => p.from !== 'link');
    if (!read) return;
    this.apply(read, 'link');
    if (this.problems.some((p) => p.from === 'link')) this.loadLinkProblemWords();
  }

  /**
   * The words that name a link's settings are loaded when a link has a problem (a good link never
   * downloads them); its problems are said once they are here.
   */
  private linkWords: typeof import('../parts/link-problem.js') | null = null;
  private loadLinkProblemWords(): void {
    if (this.linkWords) return;
    import('../parts/link-problem.js').then(
      (m) => {
        this.linkWords = m;
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('Passerelle: the words of a link problem could not be loaded', error);
        this.chunkProblem = true;
      },
    );
  }

  /** A problem said in the current language; null while its words are loading. */
  private problemText(p: Problem): string | null {
    const t = this.t;
    if (p.from === 'link') {
      // The setting in words (« Chez un parent »), not its key in the link (« lp »).
      const words = this.linkWords;
      if (!words) return null;
      const key = linkFieldOf(p.name);
      if (key) return t.invalidLink(words.linkFieldName(t, key), p.value);
      // The whole link unreadable (« passerelle » = « %E0%A4%A »), or a key no setting has.
      return p.name === HASH_KEY
        ? t.invalidLink(p.name, p.value)
        : words.unknownLinkSetting(t, p.name, p.value);
    }
    if (p.from === 'clock') return t.unsupportedYear(p.name, p.value);
    return t.invalidAttribute(p.name, p.value);
  }

  private computeViews(): ScenarioView[] {
    const key = [this.state, this.scenarioKinds, this.sweepsDeferred];
    if (key.every((k, j) => k === this.viewsKey[j])) return this.views;
    this.viewsKey = key;
    return this.computer.compute(this.state, this.scenarioKinds, undefined, {
      sweeps: !this.sweepsDeferred,
    });
  }

  /**
   * On a first visit the amounts come first: the sweeps (243 points for the chart, the cliffs and
   * the next hour) are computed once that first paint is on screen — about half of the first
   * update's time on a slow phone.
   */
  private sweepsDeferred = true;
  private sweepsScheduled = false;
  private computeSweepsAfterPaint(): void {
    if (this.sweepsScheduled) return;
    this.sweepsScheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.sweepsDeferred = false;
        this.requestUpdate();
      }),
    );
  }

  /** Writes the hash once the person pauses: a dragged slider would otherwise flood the history API. */
  private scheduleUrlWrite(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${location.search}${this.hash()}`,
      );
    }, 150);
  }

  private hash(): string {
    return toHash(this.state, {
      scenarios: this.scenarioKinds,
      // The language asked for, even while its words are on their way.
      lang: this.language,
      readingLevel: this.simple ? 'simple' : 'standard',
    });
  }

  /** One user change: new state, URL, live announcement, event. */
  private change(patch: Partial<WidgetState>, from?: ScenarioKind): void {
    this.state = { ...this.state, ...patch };
    // A value set another way (the slider beside a box) replaces what was typed in the box.
    for (const key of Object.keys(patch)) {
      this.drafts.typing.delete(key);
      this.drafts.invalid.delete(key);
    }
    if (from) this.active = from;
    this.views = this.computeViews();
    if (!this.noUrlState) this.scheduleUrlWrite();
    // What is announced is what the cards say (an allowance not known to be recognized: both
    // outcomes, « de 0 $ à 133 $ »), not the library's one-outcome headline. A slider or hours
    // box speaks for its own scenario only (each half-hour step read all three cards aloud); a
    // change of situation, for all of them.
    const c = this.context();
    const announced = from ? this.views.filter((v) => v.kind === from) : this.views;
    this.live = this.t.liveSummary(
      announced
        .map((v) =>
          v.outcome.ok ? headlineOf(c, v, v.outcome.value, { short: true }) : this.t.errorTitle,
        )
        // French puts a space before « ; », English does not.
        .join(this.t.lang === 'fr' ? ' ; ' : '; '),
    );
    const detail: PasserelleChangeDetail = {
      isTriggeredByUser: true,
      scenarios: this.views.map((v) => ({
        kind: v.kind,
        input: scenarioInput(this.state, v.kind),
        ok: v.outcome.ok,
        moneyPerMonth: v.outcome.ok ? v.outcome.value.moneyPerMonth.amount : null,
        differenceVsNoActivity: v.outcome.ok
          ? v.outcome.value.moneyPerMonth.differenceVsNoActivity
          : null,
        headline: v.outcome.ok ? v.outcome.value.moneyPerMonth.headline : null,
        disposableIncome: v.outcome.ok ? v.outcome.value.monthly.disposableIncome : null,
        benefit: v.outcome.ok ? v.outcome.value.monthly.benefit : null,
      })),
    };
    emit(this, 'passerelle-change', detail);
  }

  private switchLanguage(): void {
    // From the language asked for (a second press while English loads goes back to French).
    this.lang = this.language === 'fr' ? 'en' : 'fr';
    if (!this.noUrlState) this.scheduleUrlWrite();
  }

  private toggleReading(): void {
    this.readingLevel = this.simple ? 'standard' : 'simple';
    if (!this.noUrlState) this.scheduleUrlWrite();
  }

  /** The situation form, a chunk of its own: loaded the first time a person opens it. */
  private situationForm: typeof renderSituationForm | null = null;
  /** The detail of a calculation, a chunk of its own: loaded the first time one is opened. */
  private detailsRenderer: typeof renderDetailsBody | null = null;
  /** A chunk (the form, the details) could not be fetched: said on the page. */
  declare private chunkProblem: boolean;
  /**
   * The parameters' documentation could not be fetched: its own flag, so that another part loading
   * meanwhile (the detail's template) does not clear it; cleared when it loads.
   */
  declare private sourcesProblem: boolean;

  private async toggleSituation(open: boolean, focus = '#program'): Promise<void> {
    if (open && !this.situationForm) {
      try {
        this.situationForm = (await import('../parts/situation-form.js')).renderSituationForm;
      } catch (error) {
        // Not silent: the page says the form could not be fetched (the console says why); a new
        // press tries again.
        console.error('Passerelle: the situation form could not be loaded', error);
        this.chunkProblem = true;
        return;
      }
      this.chunkProblem = false;
    }
    this.situationOpen = open;
    await this.updateComplete;
    // Focus follows the fold: into the form when it opens, back to its button when it closes.
    const target = this.renderRoot.querySelector<HTMLElement>(open ? focus : '#situation-open');
    target?.focus();
  }

  private async share(): Promise<void> {
    this.shareMessage = await copyLink(this.hash(), this.t.shareDone);
  }

  /** The scenario the answer bar speaks for: the one moved last, else the last activity shown. */
  private activeView(): ScenarioView | undefined {
    const kinds = this.scenarioKinds.filter((k) => k !== 'none');
    const kind = this.active ?? kinds[kinds.length - 1] ?? null;
    return this.views.find((v) => v.kind === kind);
  }

  /**
   * The activity card crossing the middle of the screen is the one being read: the answer bar
   * speaks for it (the wage's answer under the allowance's card read as the allowance's).
   */
  private readonly cards = new IntersectionController(this, {
    target: null,
    config: { rootMargin: '-45% 0px' },
    callback: (entries) => {
      for (const e of entries)
        if (e.isIntersecting) this.active = (e.target as HTMLElement).dataset.kind as ScenarioKind;
    },
  });
  private observedCards = new Set<Element>();
  private observeCards(): void {
    // Lit keeps a card's element while its kind stays shown: each is observed once, and a card
    // no longer shown is let go.
    const shown = new Set(
      this.renderRoot.querySelectorAll('[data-kind=wage], [data-kind=allowance]'),
    );
    for (const card of this.observedCards) if (!shown.has(card)) this.cards.unobserve(card);
    for (const card of shown) if (!this.observedCards.has(card)) this.cards.observe(card);
    this.observedCards = shown;
  }

  /**
   * The chart's width as shown, to the next 8 px (a redraw per pixel of a resize is not needed):
   * the drawing is made that wide, so its labels keep their size on any screen. A plain
   * ResizeObserver rather than @lit-labs/observers' ResizeController: the controller cost about
   * 350 bytes more on a first visit (gzip, in the entry), which the 100 KB budget did not have.
   */
  private chartWidth: number | null = null;
  private readonly chartResize = new ResizeObserver((entries) => {
    const width = entries.at(-1)?.contentRect.width;
    const rounded = width ? Math.round(width / 8) * 8 : null;
    if (rounded !== null && rounded !== this.chartWidth) {
      this.chartWidth = rounded;
      this.requestUpdate();
    }
  });
  private observedChart: Element | null = null;
  private observeChart(): void {
    const svg = this.renderRoot.querySelector('figure.chart svg');
    if (this.observedChart === svg) return;
    if (this.observedChart) this.chartResize.unobserve(this.observedChart);
    this.observedChart = svg;
    if (svg) this.chartResize.observe(svg);
  }

  /**
   * Hides the answer bar while the active card's whole headline is on screen: a headline whose
   * first words are scrolled away (« Avec 25 h par… ») no longer says which hours it is for.
   */
  private readonly headline = new IntersectionController(this, {
    target: null,
    config: { threshold: [0, 0.99, 1] },
    callback: (entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.headlineVisible = entry.isIntersecting && entry.intersectionRatio >= 0.99;
    },
  });
  private observed: Element | null = null;
  private observeHeadline(): void {
    const view = this.activeView();
    const target = view ? this.renderRoot.querySelector(`#headline-${view.kind}`) : null;
    if (this.observed === target) return;
    if (this.observed) this.headline.unobserve(this.observed);
    this.observed = target;
    if (target) this.headline.observe(target);
  }

  /** In place of the cards while a child's age is not chosen: say so, and go to the question. */
  private renderAgesNeeded(): TemplateResult {
    const t = this.t;
    const first = this.state.childAges.length + 1;
    return html`<div class="callout" role="status" data-testid="child-age-needed">
      <p>${t.childAgeNeeded(this.agesMissing)}</p>
      <button
        type="button"
        class="secondary"
        @click=${() => this.toggleSituation(true, `#child-age-${first}`)}
      >
        ${t.chooseChildAge}
      </button>
    </div>`;
  }

  private context(): RenderContext {
    const t = this.t;
    const context: RenderContext = {
      t,
      speak: (text) => speak(t.lang, text),
      choices: {
        years: defaultParameters.supportedYears,
        programs: widgetPrograms,
        spousePrograms,
        childAges: childrenOf(this.state).map((x) => x.age),
      },
      field,
      simple: this.simple,
      state: this.state,
      money: (n, digits) => this.money(n, digits),
      hours: (h) => spokenHours(t.lang, h),
      change: (patch, from) => this.change(patch, from),
      activate: (kind) => {
        this.active = kind;
      },
      term: (id: TermId, scope: string) => {
        const key = `${id}-${scope}`;
        return renderTerm(
          t,
          id,
          scope,
          this.openTerms.has(key),
          () => {
            const opening = !this.openTerms.has(key);
            if (opening) this.openTerms.add(key);
            else this.openTerms.delete(key);
            this.requestUpdate();
            // Shown where it can be read: not under the sticky answer bar at the bottom.
            if (opening)
              void this.updateComplete.then(() =>
                // By id, not by selector: a scope may hold a dot (« 22.5 »), which a selector reads
                // as a class.
                (this.renderRoot as ShadowRoot)
                  .getElementById(`term-${id}-${scope}`)
                  ?.scrollIntoView({ block: 'nearest' }),
              );
          },
          libraryTerm(id, this.state, t.lang, this.simple),
        );
      },
      // The detail names the parameters: it waits for their documentation (or its failure, said
      // above the cards; the explanations then name the parameters by their ids).
      detailsBody: (r) =>
        this.detailsRenderer && (parameterSourcesLoaded() || this.sourcesProblem)
          ? this.detailsRenderer(context, this.computer.explained(r, documentedParameters()))
          : html`<p class="loading">…</p>`,
      numberField: (o: NumberFieldOptions) =>
        renderNumberField(
          o,
          this.drafts,
          t.lang,
          (patch) => this.change(patch, o.from),
          () => this.requestUpdate(),
          t.keptLastResult,
        ),
      hasInvalidField: (keys) => keys.some((k) => this.drafts.invalid.has(k)),
    };
    return context;
  }

  override render(): TemplateResult | typeof nothing {
    // Another language's words are on their way: nothing rather than a flash of French.
    if (!this.speech.words) return nothing;
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

  /**
   * What the library says about the household itself, whatever the activity, and that the figures
   * do not count (living with a parent on aide sociale, RAPF s. 57): said once, under the
   * situation, in the library's words, where a person reading any card sees it.
   */
  private renderHouseholdWarnings(): TemplateResult | typeof nothing {
    const first = this.views.find((v) => v.outcome.ok)?.outcome;
    const words = householdWarning(first?.ok ? first.value : null, this.simple);
    if (!words) return nothing;
    const t = this.t;
    return html`<p
      class="callout callout-cliff household-warning"
      role="note"
      data-testid="household-warning"
    >
      <strong>${t.attention}${t.colon.trimEnd()}</strong>
      ${speak(t.lang, words)}
    </p>`;
  }

  private renderContent(): TemplateResult {
    const c = this.context();
    const t = c.t;
    const printed = this.printedDate.text(t.locale);
    const active = this.activeView();
    const activeResult = active?.outcome.ok ? active.outcome.value : null;
    const warning = active
      ? trapsToTell(active.traps, active.hours).find((x) => x.kind === 'cliff')
      : undefined;
    return html`
      <div part="base" class="base ${this.simple ? 'simple' : ''}" lang=${t.lang}>
        <header class="header">
          <h2 class="title">${t.title}</h2>
          <div class="toggles">
            <button
              type="button"
              class="secondary"
              aria-pressed=${this.simple ? 'true' : 'false'}
              @click=${this.toggleReading}
            >
              ${t.simpleReading}
            </button>
            <button
              type="button"
              class="secondary lang"
              lang=${t.lang === 'fr' ? 'en' : 'fr'}
              aria-label=${t.switchLanguageLabel}
              @click=${this.switchLanguage}
            >
              ${t.switchLanguage}
            </button>
          </div>
        </header>
        ${renderSituation(
          c,
          this.situationOpen,
          (open) => void this.toggleSituation(open),
          // Loaded before the form opens (see `toggleSituation`).
          (context, toggle) => this.situationForm!(context, toggle),
        )}
        ${
          // A chunk (other words, the form) could not be fetched: said in both languages, since
          // the words of the one asked for may be the missing part.
          this.speech.problem || this.chunkProblem || this.sourcesProblem
            ? html`<p role="alert" class="error" data-testid="load-problem">${loadProblem}</p>`
            : nothing
        }
        ${this.renderHouseholdWarnings()}
        <p class="intro">${t.intro}</p>
        <p class="privacy">${t.privacy}</p>
        ${printed === null ? nothing : html`<p class="print-only">${t.printedOn(printed)}</p>`}
        ${
          this.problems.length > 0
            ? html`<ul class="attribute-problems" role="alert">
                ${this.problems.map((p) => {
                  const text = this.problemText(p);
                  return text === null ? nothing : html`<li>${text}</li>`;
                })}
              </ul>`
            : nothing
        }
        <section part="results" class="results" aria-label=${t.resultsLabel}>
          ${this.views.length === 0 ? html`<p class="loading">…</p>` : nothing}
          ${this.agesMissing > 0 ? this.renderAgesNeeded() : nothing}
          ${(this.agesMissing > 0 ? [] : this.views).map((v) =>
            renderScenario(c, v, {
              detailsOpen: this.openDetails.has(v.kind),
              toggleDetails: (open) => {
                if (open === this.openDetails.has(v.kind)) return;
                // The sources are named from the parameters' documentation, fetched once, with
                // the detail's own template.
                // Until then each value names the source the result carries; a failed fetch is said
                // like any part that could not be loaded, and tried again at the next opening.
                if (open && !parameterSourcesLoaded())
                  loadParameterSources().then(
                    () => {
                      this.sourcesProblem = false;
                      this.requestUpdate();
                    },
                    (error: unknown) => {
                      console.error(
                        'Passerelle: the parameters’ sources could not be loaded',
                        error,
                      );
                      this.sourcesProblem = true;
                    },
                  );
                if (open && !this.detailsRenderer)
                  import('./render-details.js').then(
                    (m) => {
                      this.detailsRenderer = m.renderDetailsBody;
                      this.chunkProblem = false;
                      this.requestUpdate();
                    },
                    (error: unknown) => {
                      console.error('Passerelle: the detail could not be loaded', error);
                      this.chunkProblem = true;
                    },
                  );
                if (open) this.openDetails.add(v.kind);
                else this.openDetails.delete(v.kind);
                this.requestUpdate();
              },
            }),
          )}
        </section>
        <p class="definition-note">${t.definition}</p>
        <!-- The host’s « parler à quelqu'un », right after the answers, on screen and on paper. -->
        <div class="contact" part="contact"><slot name="contact"></slot></div>
        ${this.compact || !this.figuresShown ? nothing : this.renderChart()}
        <div class="actions">
          <button type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
          ${this.noUrlState ? nothing : html`<button type="button" class="secondary" @click=${this.share}>${t.share}</button>`}
          <p class="share-message" role="status">${this.shareMessage}</p>
        </div>
        ${
          // While the situation form is open the bar would sit over its fields (on a phone, over
          // the one being typed in): the form's own « Terminé » brings it back.
          !this.figuresShown || this.situationOpen
            ? nothing
            : renderAnswerBar(
                c,
                active && activeResult && active.kind !== 'none'
                  ? headlineOf(c, active, activeResult, { bar: true })
                  : null,
                // One short line: the card itself says the whole sentence. Past the exit point
                // the bar's headline already says the cheque stops: no second line for it.
                warning && !activeResult?.moneyPerMonth.sinceExit
                  ? speak(t.lang, this.simple ? warning.simpleBrief : warning.brief)
                  : null,
                this.headlineVisible,
                // Not with « Je ne sais pas »: the bar says a range, each outcome its own costs.
                active &&
                  active.kind !== 'none' &&
                  !active.recognized &&
                  activeResult?.costsOfWorking
                  ? speak(t.lang, activeResult.costsOfWorking.shortSentence)
                  : null,
              )
        }
        <p class="visually-hidden" role="status" aria-live="polite">${this.live}</p>
      </div>
    `;
  }

  /** Today's date for the printed page, formatted once a day and locale. */

  private renderChart(): TemplateResult | typeof nothing {
    const t = this.t;
    const series: ChartSeries[] = [];
    let wall: number | null = null;
    for (const v of this.views) {
      if (v.kind === 'none' && v.outcome.ok) {
        const value = v.outcome.value.moneyPerMonth.amount;
        series.push({
          kind: 'none',
          label: t.scenarioTitles.none,
          points: [
            { hours: 0, value },
            { hours: 40, value },
          ],
        });
        continue;
      }
      if (!v.sweep?.ok) continue;
      const points = v.sweep.value.points.map((p) => ({
        hours: p.hoursPerWeek,
        value: p.moneyPerMonth,
      }));
      const at = points.find((p) => p.hours === v.hours);
      series.push({
        kind: v.kind,
        label: t.scenarioTitles[v.kind],
        points,
        ...(at ? { chosen: { ...at, labelled: v.kind === this.activeView()?.kind } } : {}),
      });
      if (v.recognized?.sweep?.ok) {
        series.push({
          kind: v.kind,
          label: `${t.scenarioTitles[v.kind]} (${t.chartRecognized})`,
          points: v.recognized.sweep.value.points.map((p) => ({
            hours: p.hoursPerWeek,
            value: p.moneyPerMonth,
          })),
          dashed: true,
        });
      }
      if (v.kind === 'wage' && v.outcome.ok) wall = v.outcome.value.exit.hoursPerWeekAtExit;
    }
    if (series.length === 0 || series.every((s) => s.kind === 'none')) return nothing;
    return renderIncomeChart(
      (h) => formatHours(t.locale, h),
      series,
      wall,
      t,
      (n) => this.money(n, 0),
      'chart',
      // « 22,6 h » / « 22.6 h »: in English the sentences say « 22.6 hours », but on the chart,
      // under its axis « hours a week », the unit's symbol: « 22.6 hours » made the label's
      // second line wider than the room left of the line on a phone.
      (h) => `${formatHours(t.locale, h)} h`,
      this.chartWidth ?? DEFAULT_CHART_WIDTH,
    );
  }
}
