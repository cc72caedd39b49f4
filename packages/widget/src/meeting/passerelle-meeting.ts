import { copyLink } from '../parts/copy-link.js';
import { html, nothing, type TemplateResult } from 'lit';
import { PasserelleElement } from '../base/passerelle-element.js';
import { defaultParameters, spokenHours } from '@passerelle/rules';
import { formatMoney } from '../i18n/format.js';
import { speak } from '../i18n/typography.js';
import { WordsController } from '../base/words-controller.js';
import type { Translation } from '../i18n/translation.js';
import { createDrafts, renderNumberField } from '../parts/number-field.js';
import type { RenderContext } from '../parts/render-context.js';
import { renderSituationForm } from '../parts/situation-form.js';
import { renderSituation, situationParts } from '../parts/situation.js';
import { libraryTerm } from '../parts/library-terms.js';
import { linkFieldName } from '../parts/link-problem.js';
import { renderTerm } from '../parts/term.js';
import { renderDetailsBody } from '../simulator/render-details.js';
import {
  childrenOf,
  field,
  linkFieldOf,
  spousePrograms,
  widgetPrograms,
  type WidgetState,
} from '../state/widget-state.js';
import {
  MAX_SCENARIOS,
  defaultMeeting,
  meetingHash,
  newScenario,
  readMeetingHash,
  type MeetingScenario,
  type MeetingState,
} from './meeting-state.js';
import { MeetingViews, type ScenarioFigures } from './meeting-views.js';
import {
  meetingEn,
  meetingEnSimple,
  meetingFr,
  meetingFrSimple,
  type MeetingWords,
} from './meeting-words.js';
import {
  renderComparison,
  renderHandout,
  renderMonths,
  renderSafetyAndSteps,
  type MeetingContext,
} from './render-meeting.js';
import { meetingStyles } from './passerelle-meeting.styles.js';

/**
 * @tagname passerelle-meeting
 * @summary A counsellor's meeting: several scenarios side by side, the month-by-month transition
 * of the one chosen (the cheque from last month's income, when assistance stops, when the claim
 * booklet ends), a relapse by changing a month's hours, and a one-page handout to print.
 * @status experimental
 * @since 0.2
 *
 * @event passerelle-language - The language the element speaks changed (and once at first); `detail.lang` is `fr` or `en`, for the host page's own text.
 *
 * @csspart base - The whole component.
 *
 * @cssproperty --passerelle-font-family - Font of the component.
 * @cssproperty --passerelle-color-text - Text colour.
 * @cssproperty --passerelle-color-surface - Background.
 * @cssproperty --passerelle-color-primary - Accent colour (buttons, focus ring).
 * @cssproperty --passerelle-color-border - Borders.
 */
export class PasserelleMeeting extends PasserelleElement {
  static override styles = meetingStyles;

  static override properties = {
    ...PasserelleElement.properties,
    state: { state: true },
    situationOpen: { state: true },
    problems: { state: true },
    shareMessage: { state: true },
    removed: { state: true },
    goal: { state: true },
  };

  declare private state: MeetingState;
  declare private situationOpen: boolean;
  /** A link's problems, said at each render in the page's language (the link may switch it). */
  declare private problems: { readonly name: string; readonly value: string }[];
  declare private shareMessage: string;
  /**
   * The person's goal, in their words: where a meeting starts, printed atop the handout. Not in the
   * state the link carries: a person's own words stay on this screen and on paper.
   */
  declare private goal: string;
  /** The scenario removed last, where it was and whether it was chosen: « Annuler » puts it back. */
  declare private removed: {
    readonly scenario: MeetingScenario;
    readonly at: number;
    readonly selected: boolean;
  } | null;
  private readonly views = new MeetingViews();
  private readonly drafts = createDrafts();
  /** Boxes of the comparison and month tables holding a value that is not valid. */
  private readonly invalid = new Map<string, string>();
  private readonly openTerms = new Set<string>();
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onHashChange = () => this.readHash();

  constructor() {
    super();
    this.situationOpen = false;
    this.problems = [];
    this.shareMessage = '';
    this.removed = null;
    this.goal = '';
    const now = new Date();
    const years = defaultParameters.supportedYears;
    const year = years.includes(now.getFullYear()) ? now.getFullYear() : years[years.length - 1]!;
    this.state = defaultMeeting(year, year === now.getFullYear() ? now.getMonth() + 1 : 12);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState) {
      this.readHash();
      window.addEventListener('hashchange', this.onHashChange);
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  /** French at once; English and plain words loaded when asked for. */
  private readonly speech = new WordsController(this, () => ({
    lang: this.language,
    level: this.simple ? 'simple' : 'standard',
  }));

  private get t(): Translation {
    return this.speech.wordsOrDefault;
  }

  private get w(): MeetingWords {
    const simple = this.t.level === 'simple';
    if (this.t.lang === 'en') return simple ? meetingEnSimple : meetingEn;
    return simple ? meetingFrSimple : meetingFr;
  }

  private readHash(): void {
    const read = readMeetingHash(window.location.hash, this.state);
    if (!read) return;
    const years = defaultParameters.supportedYears;
    let situation = read.state.situation;
    const problems = read.problems.map((p) => ({ name: p.name, value: p.value }));
    if (!years.includes(situation.year)) {
      problems.push({ name: 'y', value: String(situation.year) });
      situation = { ...situation, year: this.state.situation.year };
    }
    this.state = { ...read.state, situation };
    if (read.lang) this.lang = read.lang;
    if (read.simple !== null) this.readingLevel = read.simple ? 'simple' : 'standard';
    this.problems = problems;
  }

  /** Each setting in words (« Chez un parent »), not its key in the link (« lp »). */
  private problemText(p: { readonly name: string; readonly value: string }): string {
    const key = linkFieldOf(p.name);
    // The meeting's own keys (« sc.0.h », « rl ») are known ones with a bad value: said as such,
    // named in words too.
    return this.t.invalidLink(
      key ? linkFieldName(this.t, key) : (this.w.linkKeyName(p.name) ?? p.name),
      p.value,
    );
  }

  private set(next: MeetingState): void {
    this.state = next;
    if (!this.noUrlState) {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => {
        history.replaceState(
          history.state,
          '',
          `${location.pathname}${location.search}${this.hash()}`,
        );
      }, 150);
    }
  }

  private hash(): string {
    // The language asked for, even while its words are on their way.
    return meetingHash(this.state, this.language, this.simple);
  }

  private updateScenario(id: number, patch: Partial<MeetingScenario>): void {
    for (const key of [...this.invalid.keys()])
      if (key.endsWith(`-${id}`) || key.includes(`-${id}-`)) this.invalid.delete(key);
    this.set({
      ...this.state,
      scenarios: this.state.scenarios.map((s) => (s.id === id ? { ...s, ...patch } : s)),
    });
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After adding or duplicating: focus the new row's « Voir » (the button pressed may now be disabled). */
  private async focusNew(id: number): Promise<void> {
    await this.focusLater(`tr[data-scenario="${id}"] button.show`);
  }

  private context(): MeetingContext {
    return {
      t: this.t,
      w: this.w,
      simple: this.t.level === 'simple',
      goal: this.goal.trim(),
      state: this.state,
      invalid: this.invalid,
      update: (id, patch) => this.updateScenario(id, patch),
      reject: (key, text) => {
        this.invalid.set(key, text);
        this.requestUpdate();
      },
      add: () => {
        if (this.state.scenarios.length >= MAX_SCENARIOS) return;
        const s = newScenario({ kind: 'wage', hours: 15 });
        this.set({ ...this.state, scenarios: [...this.state.scenarios, s], selected: s.id });
        void this.focusNew(s.id);
      },
      duplicate: (id) => {
        const from = this.state.scenarios.find((s) => s.id === id);
        if (!from || this.state.scenarios.length >= MAX_SCENARIOS) return;
        const copy = newScenario({
          kind: from.kind,
          hours: from.hours,
          rate: from.rate,
          recognition: from.recognition,
          startOffset: from.startOffset,
          changes: from.changes,
        });
        const at = this.state.scenarios.indexOf(from) + 1;
        const scenarios = [...this.state.scenarios];
        scenarios.splice(at, 0, copy);
        this.set({ ...this.state, scenarios, selected: copy.id });
        void this.focusNew(copy.id);
      },
      remove: (id) => {
        if (this.state.scenarios.length <= 1) return;
        const at = this.state.scenarios.findIndex((s) => s.id === id);
        if (at < 0) return;
        this.removed = {
          scenario: this.state.scenarios[at]!,
          at,
          selected: this.state.selected === id,
        };
        const scenarios = this.state.scenarios.filter((s) => s.id !== id);
        const selected = this.state.selected === id ? scenarios[0]!.id : this.state.selected;
        this.set({ ...this.state, scenarios, selected });
        // The row and its buttons are gone: focus goes to a stable place, « Annuler » next to it.
        void this.focusLater('#add-scenario');
      },
      removed: this.removed?.scenario ?? null,
      undoRemove: () => {
        const r = this.removed;
        if (!r || this.state.scenarios.length >= MAX_SCENARIOS) return;
        const scenarios = [...this.state.scenarios];
        scenarios.splice(Math.min(r.at, scenarios.length), 0, r.scenario);
        this.removed = null;
        this.set({
          ...this.state,
          scenarios,
          selected: r.selected ? r.scenario.id : this.state.selected,
        });
        void this.focusNew(r.scenario.id);
      },
      select: (id) => this.set({ ...this.state, selected: id }),
    };
  }

  /** The simulator's context, for the situation form it shares with the simulator. */
  private situationContext(): RenderContext {
    const t = this.t;
    const context: RenderContext = {
      t,
      simple: false,
      speak: (text) => speak(t.lang, text),
      choices: {
        years: defaultParameters.supportedYears,
        programs: widgetPrograms,
        spousePrograms,
        childAges: childrenOf(this.state.situation).map((x) => x.age),
      },
      field,
      state: this.state.situation,
      money: (n, digits) => formatMoney(t.locale, n, digits),
      hours: (h) => spokenHours(t.lang, h),
      activate: () => undefined,
      change: (patch: Partial<WidgetState>) =>
        this.set({ ...this.state, situation: { ...this.state.situation, ...patch } }),
      term: (id, scope) => {
        const key = `${id}-${scope}`;
        return renderTerm(
          t,
          id,
          scope,
          this.openTerms.has(key),
          () => {
            if (this.openTerms.has(key)) this.openTerms.delete(key);
            else this.openTerms.add(key);
            this.requestUpdate();
          },
          libraryTerm(id, this.state.situation, t.lang, this.simple),
        );
      },
      numberField: (o) =>
        renderNumberField(
          o,
          this.drafts,
          t.lang,
          (patch) => context.change(patch),
          () => this.requestUpdate(),
          t.keptLastResult,
        ),
      hasInvalidField: (keys) => keys.some((k) => this.drafts.invalid.has(k)),
      detailsBody: (r) => renderDetailsBody(context, r),
    };
    return context;
  }

  private async toggleSituation(open: boolean): Promise<void> {
    this.situationOpen = open;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(open ? '#program' : '#situation-open')?.focus();
  }

  private async share(): Promise<void> {
    this.shareMessage = await copyLink(this.hash(), this.t.shareDone);
  }

  override render(): TemplateResult | typeof nothing {
    // English words are on their way: nothing rather than a flash of French.
    if (!this.speech.words) return nothing;
    const t = this.t;
    const c = this.context();
    const figures: ScenarioFigures[] = this.views.compute(this.state);
    const chosen = figures.find((f) => f.scenario.id === this.state.selected);
    const sc = this.situationContext();
    const printed = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(new Date());
    const link = `${location.origin}${location.pathname}${this.hash()}`;
    return html`<div part="base" class="base" lang=${t.lang}>
      <header class="header screen-only">
        <h2 class="title">${this.w.title}</h2>
        <div class="toggles">
          <button
            type="button"
            class="secondary"
            id="reading-level"
            aria-pressed=${this.simple ? 'true' : 'false'}
            @click=${() => {
              // The counsellor guide asks for « Facile à lire »: the page and its handout.
              this.readingLevel = this.simple ? 'standard' : 'simple';
              this.set(this.state);
            }}
          >
            ${t.simpleReading}
          </button>
          <button type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
          ${this.noUrlState ? nothing : html`<button type="button" class="secondary" @click=${this.share}>${t.share}</button>`}
          <button
            type="button"
            class="secondary lang"
            lang=${t.lang === 'fr' ? 'en' : 'fr'}
            aria-label=${t.switchLanguageLabel}
            @click=${() => {
              this.lang = this.language === 'fr' ? 'en' : 'fr';
              this.set(this.state);
            }}
          >
            ${t.switchLanguage}
          </button>
        </div>
        <p class="intro">${this.w.intro}</p>
        <div class="field goal-field">
          <label for="goal">${this.w.goalLabel}</label>
          <input
            id="goal"
            type="text"
            maxlength="120"
            autocomplete="off"
            aria-describedby="goal-help"
            .value=${this.goal}
            @input=${(e: Event) => {
              this.goal = (e.target as HTMLInputElement).value;
            }}
          />
          <p class="help" id="goal-help">${this.w.goalHelp}</p>
        </div>
        <p class="share-message" role="status">${this.shareMessage}</p>
      </header>
      ${
        this.problems.length > 0
          ? html`<ul class="attribute-problems screen-only" role="alert">
              ${this.problems.map((p) => html`<li>${this.problemText(p)}</li>`)}
            </ul>`
          : nothing
      }
      <div class="screen-only">
        ${renderSituation(
          sc,
          this.situationOpen,
          (open) => void this.toggleSituation(open),
          renderSituationForm,
        )}
        ${renderComparison(c, figures)} ${renderMonths(c, chosen)}
        ${renderSafetyAndSteps(c, chosen)}
        <p class="definition-note">${t.definition}</p>
      </div>
      ${renderHandout(c, figures, t.situationSummary(situationParts(sc)), link, printed)}
    </div>`;
  }
}
