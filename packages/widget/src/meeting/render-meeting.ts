/**
 * The meeting page's pieces: the comparison table (one editable row per scenario), the months of
 * the chosen scenario (milestones in words, a table with each month's hours editable, a bar chart)
 * and the one-page handout printed for the person.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderQrCode } from '../parts/qr-code.js';
import {
  firstSteps,
  monthName,
  trapWordsBeside,
  type Localized,
  type SimulationResult,
  type Timeline,
  type TimelineMonth,
} from '@passerelle/rules';
import type { Translation } from '../i18n/translation.js';
import { formatHours, formatMoney } from '../i18n/format.js';
import { householdWarning } from '../parts/household-warning.js';
import { speak } from '../i18n/typography.js';
import { recognitions, type Recognition } from '../state/widget-state.js';
import {
  MAX_SCENARIOS,
  WINDOW_MONTHS,
  hoursAt,
  type MeetingScenario,
  type MeetingState,
} from './meeting-state.js';
import type { ScenarioFigures } from './meeting-views.js';
import type { MeetingWords } from './meeting-words.js';
import { recognitionWordsOf, sayRecognition } from '../parts/recognition.js';

export interface MeetingContext {
  readonly t: Translation;
  readonly w: MeetingWords;
  /** « Facile à lire »: the library's plain sentences and the plain words. */
  readonly simple: boolean;
  /** The person's goal in their words, or '' (on screen and paper only, never in the link). */
  readonly goal: string;
  readonly state: MeetingState;
  readonly invalid: ReadonlyMap<string, string>;
  update(id: number, patch: Partial<MeetingScenario>): void;
  /** A typed value that is not valid: kept in its box, marked, and said. */
  reject(key: string, text: string): void;
  add(): void;
  duplicate(id: number): void;
  remove(id: number): void;
  /** The scenario removed last, with its month changes, until it is put back; else null. */
  readonly removed: MeetingScenario | null;
  /** Puts the scenario removed last back where it was. */
  undoRemove(): void;
  select(id: number): void;
}

export const money = (c: MeetingContext, n: number, digits = 0) =>
  formatMoney(c.t.locale, n, digits);
const lang = (c: MeetingContext) => c.t.lang;

/**
 * « +328 $ », « −12 $ », « 0 $ » (a word joiner keeps the sign with its amount on one line; « ±0 $ »
 * read as jargon).
 */
function withSign(c: MeetingContext, n: number): string {
  const sign = n > 0.5 ? '+' : n < -0.5 ? '−' : '';
  return `${sign}${sign ? '\u2060' : ''}${money(c, Math.abs(n))}`;
}

/** « +328 $ par rapport à sans activité ». */
function signed(c: MeetingContext, n: number): string {
  return `${withSign(c, n)} ${c.w.columns.difference.toLowerCase()}`;
}

/** « Salaire 20 h », and « Salaire 20 h (2) » for the second of the same name. */
export function scenarioName(c: MeetingContext, s: MeetingScenario): string {
  const base = (x: MeetingScenario) => c.w.scenarioName(x.kind, formatHours(c.t.locale, x.hours));
  const same = c.state.scenarios.filter((x) => base(x) === base(s));
  const rank = same.findIndex((x) => x.id === s.id) + 1;
  return same.length > 1 && rank > 1 ? `${base(s)} (${rank})` : base(s);
}

/**
 * « Ce que je fais cette semaine »: the library's dated actions for the chosen scenario, then the
 * questions only the agent can answer (issue « A meeting a counsellor can run in 45 minutes »).
 */
function renderFirstSteps(
  c: MeetingContext,
  chosen: ScenarioFigures | undefined,
  steady: SimulationResult | null,
  where: 'screen' | 'handout',
): TemplateResult | typeof nothing {
  if (!chosen) return nothing;
  const s = chosen.scenario;
  const program = c.state.situation.program;
  const steps = firstSteps({
    start: monthOf(c, s.startOffset),
    activity: s.hours > 0 ? s.kind : 'none',
    program: program === 'none' ? 'none' : program === 'basicIncome' ? 'basicIncome' : 'lastResort',
    leavesAssistance: steady?.exit.leavesAssistance ?? false,
    recognitionUnknown: s.kind === 'allowance' && s.recognition === 'unknown',
    longTermRecipient: c.state.situation.longTermRecipient,
  });
  const w = c.w;
  return html`${
    steps.actions.length > 0
      ? html`<h3>${w.actionsTitle}</h3>
          <ol class="small actions" data-testid=${`${where}-actions`}>
            ${steps.actions.map((a) => html`<li>${speak(lang(c), c.simple ? a.simple : a)}</li>`)}
          </ol>`
      : nothing
  }
  ${
    steps.questions.length > 0
      ? html`<h3>${w.questionsTitle}</h3>
          <ul class="small questions">
            ${steps.questions.map((q) => html`<li>${speak(lang(c), c.simple ? q.simple : q)}</li>`)}
          </ul>`
      : nothing
  }`;
}

function monthOf(c: MeetingContext, offset: number): { year: number; month: number } {
  const i = c.state.situation.year * 12 + c.state.situation.month - 1 + offset;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** A number box: valid values go to the state, others stay in the box, marked and explained. */
function numberBox(
  c: MeetingContext,
  key: string,
  label: string,
  value: number | null,
  min: number,
  max: number,
  step: number | null,
  set: (v: number | null) => void,
  nullable = false,
): TemplateResult {
  const draft = c.invalid.get(key);
  const shown = draft ?? (value === null ? '' : formatHours(c.t.locale, value));
  const onChange = (e: Event) => {
    const text = (e.target as HTMLInputElement).value.trim().replace(',', '.');
    if (text === '' && nullable) return set(null);
    const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    const ok =
      Number.isFinite(n) &&
      n >= min &&
      n <= max &&
      (step === null || Math.abs(n / step - Math.round(n / step)) < 1e-9);
    if (ok) set(n);
    else c.reject(key, (e.target as HTMLInputElement).value);
  };
  return html`<input
      id=${key}
      type="text"
      inputmode="decimal"
      class="box"
      .value=${shown}
      aria-label=${label}
      aria-invalid=${draft !== undefined ? 'true' : 'false'}
      aria-describedby=${draft !== undefined ? `${key}-error` : nothing}
      @change=${onChange}
    />${
      draft !== undefined
        ? html`<span class="field-error" id=${`${key}-error`} role="alert"
            >${c.t.invalidNumber(formatHours(c.t.locale, min), formatHours(c.t.locale, max))}</span
          >`
        : nothing
    }`;
}

function assistanceCell(c: MeetingContext, f: ScenarioFigures): string {
  if (!f.months.ok) return '—';
  const { assistanceStops: stops, claimBookletEnds: ends } = f.months.value.milestones;
  if (!stops) return c.w.stillOnAssistance;
  // What happens to the claim booklet, without opening the months (issue « A meeting… »).
  return ends
    ? `${c.w.leaves(monthName(lang(c), stops))}${c.w.bookletEndsIn(monthName(lang(c), ends))}`
    : c.w.leaves(monthName(lang(c), stops));
}

export function renderComparison(
  c: MeetingContext,
  figures: readonly ScenarioFigures[],
): TemplateResult {
  const { w, t } = c;
  return html`<section class="comparison" aria-labelledby="comparison-title">
    <h3 id="comparison-title">${w.scenariosTitle}</h3>
    <div class="table-wrap">
      <table class="cards scenarios-table">
        <thead>
          <tr>
            <th scope="col">${w.columns.scenario}</th>
            <th scope="col">${w.columns.kind}</th>
            <th scope="col">${w.columns.hours}</th>
            <th scope="col">${w.columns.rate}</th>
            <th scope="col">${w.columns.start}</th>
            <th scope="col">${w.columns.money}</th>
            <th scope="col">${w.columns.assistance}</th>
            <th scope="col">${w.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${figures.map((f) => {
            const s = f.scenario;
            const name = scenarioName(c, s);
            const selected = c.state.selected === s.id;
            return html`<tr
              class=${selected ? 'selected' : ''}
              data-testid="scenario-row"
              data-scenario=${s.id}
            >
              <th scope="row">${name}</th>
              <td data-label=${w.columns.kind}>
                <select
                  aria-label=${`${w.columns.kind} — ${name}`}
                  @change=${(e: Event) => {
                    const kind = (e.target as HTMLSelectElement).value as 'wage' | 'allowance';
                    // An allowance starts as nobody knows: « Je ne sais pas », both outcomes.
                    c.update(s.id, {
                      kind,
                      rate: kind === 'wage' ? null : 3,
                      ...(kind === 'allowance' ? { recognition: 'unknown' as const } : {}),
                    });
                  }}
                >
                  <option value="wage" ?selected=${s.kind === 'wage'}>${w.kinds.wage}</option>
                  <option value="allowance" ?selected=${s.kind === 'allowance'}>
                    ${w.kinds.allowance}
                  </option>
                </select>
              </td>
              <td data-label=${w.columns.hours}>
                ${numberBox(
                  c,
                  `hours-${s.id}`,
                  `${w.columns.hours} — ${name}`,
                  s.hours,
                  0,
                  40,
                  0.5,
                  (v) => c.update(s.id, { hours: v ?? 0 }),
                )}
              </td>
              <td data-label=${w.columns.rate}>
                ${
                  s.kind === 'wage'
                    ? numberBox(
                        c,
                        `rate-${s.id}`,
                        `${w.columns.rate} — ${name}`,
                        s.rate,
                        1,
                        500,
                        null,
                        (v) => c.update(s.id, { rate: v }),
                        true,
                      )
                    : html`${numberBox(
                          c,
                          `rate-${s.id}`,
                          // Named as on screen (the column « Taux horaire »): WCAG 2.5.3.
                          `${w.columns.rate} — ${name}`,
                          s.rate,
                          0,
                          200,
                          null,
                          (v) => c.update(s.id, { rate: v ?? 0 }),
                        )}
                        <span class="help" aria-hidden="true">${w.recognitionLabel}</span>
                        <select
                          aria-label=${`${w.recognitionLabel} — ${name}`}
                          @change=${(e: Event) =>
                            c.update(s.id, {
                              recognition: (e.target as HTMLSelectElement).value as Recognition,
                            })}
                        >
                          ${recognitions.map((r) => html`<option value=${r} ?selected=${s.recognition === r}>${sayRecognition(t.lang, c.simple, recognitionWordsOf(c.state.situation).answers[r])}</option>`)}
                        </select>`
                }
                ${s.kind === 'wage' && s.rate === null ? html`<span class="help">${w.minimumWage}</span>` : nothing}
              </td>
              <td data-label=${w.columns.start}>
                <select
                  aria-label=${`${w.columns.start} — ${name}`}
                  @change=${(e: Event) => c.update(s.id, { startOffset: Number((e.target as HTMLSelectElement).value) })}
                >
                  ${Array.from({ length: WINDOW_MONTHS }, (_, i) => html`<option value=${i} ?selected=${s.startOffset === i}>${monthName(lang(c), monthOf(c, i))}</option>`)}
                </select>
              </td>
              <td data-label=${w.columns.money} data-testid="scenario-money">
                ${
                  f.steady.ok && f.range
                    ? html`<strong
                          >${w.range(money(c, f.range.amount[0]), money(c, f.range.amount[1]))}</strong
                        >
                        <span class="help"
                          >${w.rangeDifference(
                            withSign(c, f.range.difference[0]),
                            withSign(c, f.range.difference[1]),
                          )}</span
                        >`
                    : f.steady.ok
                      ? html`<strong>${money(c, f.steady.value.moneyPerMonth.amount)}</strong>
                          <span class="help"
                            >${signed(c, f.steady.value.moneyPerMonth.wholeDifference)}</span
                          >`
                      : html`<span class="error">${speak(lang(c), f.steady.error.message)}</span>`
                }
                <span class="year" data-testid="scenario-year"
                  >${w.columns.year}${c.t.colon}${
                    // Without clicking « Voir »: the twelve months' total (the timeline's) and what
                    // the year's tax return settles the next spring (the steady result's).
                    f.months.ok ? html`<strong>${money(c, f.months.value.total)}</strong>` : nothing
                  }
                  ${
                    f.steady.ok ? html`<span class="help">${springWords(c, f)}</span>` : nothing
                  }</span
                >
              </td>
              <td data-label=${w.columns.assistance} data-testid="scenario-assistance">
                ${assistanceCell(c, f)}
              </td>
              <td data-label=${w.columns.actions}>
                <div class="actions-cell">
                  <button
                    type="button"
                    class="secondary show"
                    aria-label=${w.show(name)}
                    aria-pressed=${selected ? 'true' : 'false'}
                    @click=${() => c.select(s.id)}
                  >
                    ${w.actions.show}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${w.duplicate(name)}
                    ?disabled=${c.state.scenarios.length >= MAX_SCENARIOS}
                    @click=${() => c.duplicate(s.id)}
                  >
                    ${w.actions.duplicate}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${w.remove(name)}
                    ?disabled=${c.state.scenarios.length <= 1}
                    @click=${() => c.remove(s.id)}
                  >
                    ${w.actions.remove}
                  </button>
                </div>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p>
      <button
        type="button"
        id="add-scenario"
        ?disabled=${c.state.scenarios.length >= MAX_SCENARIOS}
        @click=${() => c.add()}
      >
        ${w.add}
      </button>
      <span class="help">${w.maxScenarios(MAX_SCENARIOS)}</span>
    </p>
    <p class="removed-message" role="status" data-testid="removed-message">
      ${
        // « Retirer » takes the scenario and its month changes away: one press brings them back.
        c.removed
          ? html`${w.removed(scenarioName(c, c.removed))}
              <button
                type="button"
                class="secondary"
                id="undo-remove"
                ?disabled=${c.state.scenarios.length >= MAX_SCENARIOS}
                @click=${() => c.undoRemove()}
              >
                ${w.undoRemove}
              </button>`
          : nothing
      }
    </p>
  </section>`;
}

export function milestoneSentences(c: MeetingContext, t: Timeline): string[] {
  const { w } = c;
  const m = t.milestones;
  const out: string[] = [];
  // « The cheque does not go down » would be wrong when it stops at once: then only « stops ».
  if (m.firstReducedCheque)
    out.push(w.milestones.firstReduced(monthName(lang(c), m.firstReducedCheque)));
  else if (!m.assistanceStops) out.push(w.milestones.noReduction);
  out.push(
    m.assistanceStops
      ? w.milestones.stops(monthName(lang(c), m.assistanceStops))
      : w.milestones.continues,
  );
  const leaving = t.months.find((x) => x.claimBooklet === 'keptAfterLeaving');
  if (m.claimBookletEnds && leaving)
    out.push(
      w.milestones.bookletEnds(
        monthName(lang(c), m.claimBookletEnds),
        m.claimBookletMonthsKept ?? 0,
        (c.simple ? m.claimBookletConditionSimple : m.claimBookletCondition)?.[lang(c)] ?? '',
      ),
    );
  else if (!m.assistanceStops) out.push(w.milestones.bookletKept);
  return out;
}

function bookletCell(c: MeetingContext, m: TimelineMonth): string {
  const b = c.w.booklet;
  switch (m.claimBooklet) {
    case 'held':
      return b.held;
    case 'keptAfterLeaving':
      return b.kept(m.claimBookletMonthsLeft ?? 0);
    case 'lost':
      return b.lost;
    case 'notApplicable':
      return b.none;
    default:
      return b.unknown;
  }
}

function monthsChart(c: MeetingContext, t: Timeline, name: string): TemplateResult {
  const W = 480;
  const H = 160;
  const top = 10;
  const bottom = 28;
  const max = Math.max(1, ...t.months.map((m) => m.disposableIncome));
  const bar = (W - 20) / t.months.length;
  return html`<figure class="months-chart" aria-labelledby="months-chart-title">
    <figcaption id="months-chart-title">${c.w.chartTitle(name)}</figcaption>
    <svg
      viewBox="0 0 ${W} ${H}"
      role="img"
      aria-labelledby="months-chart-title"
      aria-describedby="months-chart-desc"
      focusable="false"
    >
      <desc id="months-chart-desc">${c.w.chartDescription}</desc>
      ${t.months.map((m, i) => {
        const h = ((H - top - bottom) * Math.max(0, m.disposableIncome)) / max;
        const x = 10 + i * bar;
        return svg`<rect class=${m.onAssistance ? 'bar on' : 'bar off'} x=${x + 2} y=${H - bottom - h} width=${bar - 4} height=${h}></rect>
          <text class="tick" x=${x + bar / 2} y=${H - 8} text-anchor="middle">${shortMonth(c, m.period)}</text>`;
      })}
    </svg>
    <ul class="legend">
      <li><span class="swatch on" aria-hidden="true"></span>${c.w.chartLegend.on}</li>
      <li><span class="swatch off" aria-hidden="true"></span>${c.w.chartLegend.off}</li>
    </ul>
  </figure>`;
}

/** The events of a month in words; « not in the data yet » only on the first month past the data. */
function eventsRow(c: MeetingContext, t: Timeline, i: number): TemplateResult | typeof nothing {
  const m = t.months[i]!;
  const said = (e: { code: string }) =>
    e.code !== 'parametersNotInData' ||
    i === 0 ||
    !t.months[i - 1]!.events.some((x) => x.code === e.code);
  const events = m.events.filter(said);
  if (events.length === 0) return nothing;
  return html`<tr class="events">
    <td colspan="6">${events.map((e) => html`<span>${speak(lang(c), e.message)}</span> `)}</td>
  </tr>`;
}

export function renderMonths(
  c: MeetingContext,
  f: ScenarioFigures | undefined,
): TemplateResult | typeof nothing {
  if (!f) return nothing;
  const { w } = c;
  const name = scenarioName(c, f.scenario);
  if (!f.months.ok)
    return html`<section class="months">
      <p class="error" role="alert">${speak(lang(c), f.months.error.message)}</p>
    </section>`;
  const t = f.months.value;
  return html`<section class="months" aria-labelledby="months-title">
    <h3 id="months-title">${w.timelineTitle(name)}</h3>
    <p class="help">${w.timelineIntro}</p>
    <ul class="milestones" data-testid="milestones">
      ${milestoneSentences(c, t).map((s) => html`<li>${s}</li>`)}
    </ul>
    ${changeSentences(c, f, 'screen')}
    <div class="table-wrap">
      <table class="cards" data-testid="months-table">
        <caption class="visually-hidden">
          ${w.timelineTitle(name)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${w.monthColumns.month}</th>
            <th scope="col">${w.monthColumns.hours}</th>
            <th scope="col">${w.monthColumns.gross}</th>
            <th scope="col">${w.monthColumns.cheque}</th>
            <th scope="col">${w.monthColumns.money}</th>
            <th scope="col">${w.monthColumns.booklet}</th>
          </tr>
        </thead>
        <tbody>
          ${t.months.map((m, i) => {
            const label = monthName(lang(c), m.period);
            return html`<tr>
                <th scope="row">${label}</th>
                <td data-label=${w.monthColumns.hours}>
                  ${numberBox(
                    c,
                    `month-${f.scenario.id}-${i}`,
                    w.hoursIn(label),
                    hoursAt(f.scenario, i),
                    0,
                    40,
                    0.5,
                    (v) =>
                      c.update(f.scenario.id, { changes: { ...f.scenario.changes, [i]: v ?? 0 } }),
                  )}
                </td>
                <td data-label=${w.monthColumns.gross}>${money(c, m.grossEarnings)}</td>
                <td data-label=${w.monthColumns.cheque}>
                  ${m.benefit === null ? w.newApplication : money(c, m.benefit)}
                </td>
                <td data-label=${w.monthColumns.money}>
                  <strong>${money(c, m.disposableIncome)}</strong>
                </td>
                <td data-label=${w.monthColumns.booklet}>${bookletCell(c, m)}</td>
              </tr>
              ${eventsRow(c, t, i)}`;
          })}
        </tbody>
      </table>
    </div>
    <p>${w.total(t.months.length, money(c, t.total))}</p>
    ${monthsChart(c, t, name)}
  </section>`;
}

/**
 * After the months, as a meeting goes: the safety net of the scenario shown (drugs, dental and
 * eye care; the count toward the revenu de base), then what the person does this week.
 */
export function renderSafetyAndSteps(
  c: MeetingContext,
  f: ScenarioFigures | undefined,
): TemplateResult | typeof nothing {
  if (!f?.steady.ok) return nothing;
  const r = f.steady.value;
  const toward = r.towardBasicIncome;
  const withParent = householdWarning(r, c.simple);
  return html`<section class="safety" aria-labelledby="safety-title" data-testid="safety">
    <h3 id="safety-title">${c.w.safetyTitle}</h3>
    ${
      withParent
        ? html`<p data-testid="meeting-household-warning">
            <strong>${c.t.attention}${c.t.colon.trimEnd()}</strong>
            ${speak(lang(c), withParent)}
          </p>`
        : nothing
    }
    <p>${speak(lang(c), c.simple ? r.coverage.simpleSentence : r.coverage.sentence)}</p>
    ${
      // If the person falls sick after working: when these hours give EI sickness benefits.
      r.sicknessCover
        ? html`<p data-testid="meeting-sickness">
            ${speak(lang(c), c.simple ? r.sicknessCover.simpleSentence : r.sicknessCover.sentence)}
          </p>`
        : nothing
    }
    ${
      toward
        ? html`<p>${speak(lang(c), c.simple ? toward.simpleSentence : toward.sentence)}</p>`
        : nothing
    }
    ${renderFirstSteps(c, f, r, 'screen')}
  </section>`;
}

/** A scenario's one answer: the library's headline (or range), and its start month if later. */
function headlineOf(c: MeetingContext, f: ScenarioFigures): string {
  const said =
    f.steady.ok && f.range
      ? speak(lang(c), f.range.headline)
      : f.steady.ok
        ? speak(
            lang(c),
            // « Facile à lire »: past the exit point the same facts in short sentences.
            c.simple
              ? f.steady.value.moneyPerMonth.simpleHeadline
              : f.steady.value.moneyPerMonth.headline,
          )
        : scenarioName(c, f.scenario);
  return f.scenario.startOffset > 0
    ? `${said} (${c.w.startsIn(monthName(lang(c), monthOf(c, f.scenario.startOffset)))})`
    : said;
}

/** A scenario's headline's `sinceExit`, when it says the year (not with a range headline). */
function headlineSinceExit(f: ScenarioFigures) {
  return f.steady.ok && !f.range ? f.steady.value.moneyPerMonth.sinceExit : null;
}

/** The first scenario's uncertainty, in the library's plain sentence when there is one. */
function uncertaintyWords(c: MeetingContext, r: SimulationResult | null): string {
  const u = r?.uncertainty;
  const said = u && (c.simple ? (u.simpleSentence ?? u.sentence) : u.sentence);
  return said ? speak(lang(c), said) : '';
}

/**
 * The months whose hours were changed (a relapse), each in the library's sentence against the
 * scenario without its changes: a « 0 » and a « 565 $ » in the table say nothing alone.
 */
function changeSentences(
  c: MeetingContext,
  f: ScenarioFigures,
  where: 'screen' | 'handout',
  /** On paper, how many changed months are said in full (the others are named). */
  inFull = 2,
): TemplateResult | typeof nothing {
  if (f.changes.length === 0) return nothing;
  const said = (x: { sentence: Localized; simpleSentence: Localized }) =>
    speak(lang(c), c.simple ? x.simpleSentence : x.sentence);
  const othersNote = c.simple ? f.overWindow?.simpleOthersNote : f.overWindow?.othersNote;
  if (where === 'screen')
    return html`<ul class="small month-changes" data-testid="month-changes">
      ${f.changes.map((x) => html`<li>${said(x)}</li>`)}
      ${
        f.overWindow
          ? html`<li data-testid="changes-over-window">
              ${said(f.overWindow)}
              ${
                // Why months not changed moved too: on screen (paper keeps to the total).
                othersNote ? speak(lang(c), othersNote) : ''
              }
            </li>`
          : nothing
      }
    </ul>`;
  // On paper, one paragraph: two months in full, the others named, then the twelve months (a
  // list of five changed months spilled the page).
  const rest = f.changes.slice(inFull);
  return html`<p class="small month-changes" data-testid="handout-month-changes">
    ${f.changes.slice(0, inFull).map(said).join(' ')}
    ${rest.length > 0 ? c.w.otherChangedMonths(rest.map((x) => monthName(lang(c), x.period))) : ''}
    ${f.overWindow ? said(f.overWindow) : ''}
  </p>`;
}

/** A sentence ends with one period, whether the library's headline has one or not. */
function sentenced(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The scenarios' figures side by side on paper: average a month, twelve months, spring. */
function handoutScenarioTable(
  c: MeetingContext,
  figures: readonly ScenarioFigures[],
): TemplateResult {
  const { w } = c;
  const spring = (f: ScenarioFigures) =>
    f.steady.ok ? money(c, f.steady.value.moneyPerMonth.springAmount) : '';
  return html`<table class="handout-scenarios" data-testid="handout-scenarios">
    <thead>
      <tr>
        <th scope="col">${w.columns.scenario}</th>
        <th scope="col">${w.handoutColumns.perMonth}</th>
        <th scope="col">${w.columns.year}</th>
        <th scope="col">${w.handoutColumns.spring}</th>
      </tr>
    </thead>
    <tbody>
      ${figures.map(
        (f) =>
          html`<tr>
            <th scope="row">${scenarioName(c, f.scenario)}</th>
            <td>${perMonthWords(c, f)}</td>
            <td>${f.months.ok ? money(c, f.months.value.total) : ''}</td>
            <td>${spring(f)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * « Argent par mois : 1 954 $ en moyenne. Sur les 12 mois : 27 084 $ puis 4 107 $ de plus au
 * printemps. »: a scenario's labelled average, its twelve months' total (the months table's last
 * column) and its spring, as the screen's row says them.
 */
function yearAndSpring(c: MeetingContext, f: ScenarioFigures): string {
  if (!f.steady.ok || !f.months.ok) return '';
  return c.w.handoutYear(perMonthWords(c, f), money(c, f.months.value.total), springWords(c, f));
}

/**
 * Beside the twelve months' total: the April tax-return settlement when the window holds it
 * (« dont 4 019 $ reçus en avril… »: it is in the total, not added again — an independent review
 * read « 27 279 $, puis 4 611 $ de plus au printemps » with April's 5 944 $ in the table);
 * otherwise what this year's return settles the next spring (« puis 4 611 $ de plus… »).
 */
function springWords(c: MeetingContext, f: ScenarioFigures): string {
  const inWindow = f.months.ok
    ? f.months.value.months.reduce((s, m) => s + m.springSettlement, 0)
    : 0;
  if (Math.round(inWindow) !== 0)
    return c.w.springIncluded(money(c, Math.abs(inWindow)), inWindow < 0);
  const spring = f.steady.ok ? f.steady.value.moneyPerMonth.springAmount : 0;
  return Math.round(spring) === 0
    ? c.w.springNothing
    : c.w.springAfter(money(c, Math.abs(spring)), spring < 0);
}

/** The money per month; with « Je ne sais pas », the range the headline says. */
function perMonthWords(c: MeetingContext, f: ScenarioFigures): string {
  if (!f.steady.ok) return '';
  return f.range
    ? c.w.amountRange(money(c, f.range.amount[0]), money(c, f.range.amount[1]))
    : money(c, f.steady.value.moneyPerMonth.amount);
}

/**
 * The months on paper, six to a table: at 11 pt twelve columns of amounts do not fit a Letter
 * page's width legibly.
 */
function handoutMonths(c: MeetingContext, months: readonly TimelineMonth[]): TemplateResult[] {
  const { w } = c;
  const halves: TimelineMonth[][] = [];
  for (let k = 0; k < months.length; k += 6) halves.push(months.slice(k, k + 6));
  return halves.map(
    (part) =>
      html`<table class="handout-months">
        <thead>
          <tr>
            <th scope="col">${w.monthColumns.month}</th>
            ${part.map((m) => html`<th scope="col">${shortMonth(c, m.period)}</th>`)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">${w.monthColumns.hours}</th>
            ${part.map((m) => html`<td>${formatHours(c.t.locale, m.hoursPerWeek)}</td>`)}
          </tr>
          <tr>
            <th scope="row">${w.monthColumns.cheque}</th>
            ${part.map((m) => html`<td>${m.benefit === null ? w.newApplicationShort : money(c, m.benefit)}</td>`)}
          </tr>
          <tr>
            <th scope="row">${w.monthColumns.money}</th>
            ${part.map((m) => html`<td>${money(c, m.disposableIncome)}</td>`)}
          </tr>
        </tbody>
      </table>`,
  );
}

/** « janv. », « Feb »: a month in a narrow column. */
function shortMonth(c: MeetingContext, p: { year: number; month: number }): string {
  return new Intl.DateTimeFormat(c.t.locale, { month: 'short' }).format(
    new Date(p.year, p.month - 1, 15),
  );
}

export function renderHandout(
  c: MeetingContext,
  figures: readonly ScenarioFigures[],
  situationLine: string,
  link: string,
  printed: string,
): TemplateResult {
  const { w, t } = c;
  const chosen = figures.find((f) => f.scenario.id === c.state.selected) ?? figures[0];
  const anyAllowance = figures.some((f) => f.scenario.kind === 'allowance');
  const first = figures.find((f) => f.steady.ok)?.steady;
  const chosenSteady = chosen?.steady.ok ? chosen.steady.value : null;
  const cliff = chosen?.months.ok ? chosen.months.value : null;
  const withParent = householdWarning(first?.ok ? first.value : null, c.simple);
  const reopen = html`<div class="reopen">
    ${renderQrCode(link, w.qrLabel)}
    <p class="small">${w.linkTitle}</p>
  </div>`;
  return html`<section class="handout print-only" aria-hidden="true">
    <h2>${w.handoutTitle}</h2>
    ${
      // The person's goal opens the page, in place of « Préparé en rencontre… » (the page has no
      // line to spare at 11 pt).
      c.goal
        ? html`<p class="small">
            <strong data-testid="handout-goal">${w.goalLine(c.goal)}</strong>
            ${w.printedOn(printed)}
          </p>`
        : html`<p class="small">${w.handoutFor} ${w.printedOn(printed)}</p>`
    }
    <h3>${w.assumptionsTitle}</h3>
    <p class="small">
      ${situationLine} ${withParent ? `${t.attention}${t.colon}${speak(lang(c), withParent)}` : ''}
      ${
        // One sentence per answer about recognition, naming its scenarios (« Allocation 10 h,
        // Allocation 20 h : … »), not the same sentence once per scenario.
        anyAllowance
          ? recognitions
              .map((r) => {
                const names = figures
                  .filter((f) => f.scenario.kind === 'allowance' && f.scenario.recognition === r)
                  .map((f) => scenarioName(c, f.scenario));
                return names.length > 0
                  ? w.allowanceAssumption(names.join(', '), w.recognitionStatus[r])
                  : '';
              })
              .join(' ')
          : ''
      }
      ${uncertaintyWords(c, first?.ok ? first.value : null)} ${t.definition}
      ${w.timelineIntro.split(/(?<=\.) /)[0]}
      ${first?.ok ? t.noActivityLine(money(c, first.value.moneyPerMonth.noActivity)) : ''}
    </p>
    <h3>${w.headlinesTitle}</h3>
    ${
      figures.length <= 3
        ? html`<ul class="small" data-testid="handout-scenarios">
            ${figures.map((f) => html`<li>${sentenced(headlineOf(c, f))} ${yearAndSpring(c, f)}</li>`)}
          </ul>`
        : // Four or more scenarios do not fit a page at 11 pt as sentences: a table of the same
          // figures, then the chosen scenario's sentence.
          html`${handoutScenarioTable(c, figures)}
          ${chosen ? html`<p class="small">${sentenced(headlineOf(c, chosen))}</p>` : nothing}`
    }
    ${
      chosen && cliff
        ? html`<h3>${w.monthsTitle(scenarioName(c, chosen.scenario))}</h3>
            <p class="small">
              ${milestoneSentences(c, cliff).join(' ')}
              ${
                // The 66th month toward the revenu de base is a milestone too, when the months
                // are given (the general rule, without a date, is for the screen); the booklet's
                // condition is in the sentence before it.
                chosenSteady?.towardBasicIncome?.briefSentence
                  ? html`<span data-testid="handout-basic-income-count"
                      >${speak(lang(c), chosenSteady.towardBasicIncome.briefSentence)}</span
                    >`
                  : nothing
              }
            </p>
            <div class="months-and-code">
              <div>
                ${handoutMonths(c, cliff.months)}
                <p class="small total-line" data-testid="handout-total">
                  ${w.total(cliff.months.length, money(c, cliff.total))}
                </p>
              </div>
              ${
                // Beside the months, where the page is empty: the code that reopens the meeting.
                reopen
              }
            </div>
            ${
              // Four scenarios or more take a table and more of the page: one month in full.
              changeSentences(c, chosen, 'handout', figures.length <= 3 ? 2 : 1)
            }
            <p class="small" data-testid="handout-months-note">
              ${w.monthsNoteShort}
              ${
                // A month marked « à redemander » says why on paper too (on screen its row does),
                // unless a changed month's sentence has said it already.
                cliff.months
                  .filter(() => !chosen.changes.some((x) => x.newApplicationFrom !== null))
                  .flatMap((m) => m.events)
                  .filter((e) => e.code === 'newApplication')
                  .slice(0, 1)
                  .map((e) => speak(lang(c), e.message))
              }
            </p>`
        : nothing
    }
    ${
      chosen && chosen.traps.length > 0
        ? html`<p class="small">
            <strong>${t.attention}${t.colon.trimEnd()}</strong>
            ${chosen.traps
              .map((x) => {
                // The headline above already says the year against the same hours: one year.
                const words = trapWordsBeside(x, headlineSinceExit(chosen));
                return speak(lang(c), c.simple ? words.simpleExplanation : words.explanation);
              })
              .join(' ')}
          </p>`
        : nothing
    }
    ${
      chosenSteady
        ? html`<p class="small">
            ${speak(lang(c), c.simple ? chosenSteady.coverage.simpleSentence : chosenSteady.coverage.sentence)}
          </p> `
        : nothing
    }
    ${
      chosen && cliff
        ? html`<div class="steps-and-notes">
            <div>${renderFirstSteps(c, chosen, chosenSteady, 'handout')}</div>
            <div>
              <h3>${w.notesTitle}</h3>
              <div class="notes"></div>
            </div>
          </div>`
        : html`<div class="notes-and-link">
            <div>
              ${renderFirstSteps(c, chosen, chosenSteady, 'handout')}
              <h3>${w.notesTitle}</h3>
              <div class="notes"></div>
            </div>
            ${reopen}
          </div>`
    }
  </section>`;
}
