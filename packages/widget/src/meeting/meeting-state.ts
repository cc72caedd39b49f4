/**
 * The state of a counsellor's meeting: the person's situation (the simulator's fields), the
 * scenarios compared (each with its hours, wage or allowance, start month and month-by-month
 * changes such as a relapse), the one whose months are shown, and how all of it travels in the
 * link (`#rencontre=<JSON>`), read back field by field with every problem said.
 */
import type { AllowanceTreatment, TimelineInput } from '@passerelle/rules';
import {
  childrenOf,
  defaultState,
  fields,
  readField,
  recognitions,
  writeField,
  type Recognition,
  type StateProblem,
  type WidgetState,
} from '../state/widget-state.js';

export const MAX_SCENARIOS = 6;
export const WINDOW_MONTHS = 12;

export interface MeetingScenario {
  /** Stable within a page, for focus and keys. */
  readonly id: number;
  readonly kind: 'wage' | 'allowance';
  readonly hours: number;
  /** Wage: null for the minimum wage; allowance: the amount per hour. */
  readonly rate: number | null;
  readonly recognition: Recognition;
  /** Months after the meeting's month when the activity starts (0: that month). */
  readonly startOffset: number;
  /** Hours changed for a month of the window (offset → hours): a relapse at 0 h, more hours… */
  readonly changes: Readonly<Record<number, number>>;
}

export interface MeetingState {
  readonly situation: WidgetState;
  readonly scenarios: readonly MeetingScenario[];
  readonly selected: number;
}

let nextId = 1;
export function newScenario(partial: Partial<Omit<MeetingScenario, 'id'>> = {}): MeetingScenario {
  return {
    id: nextId++,
    kind: 'wage',
    hours: 10,
    rate: null,
    // As on the participant's page: nobody has said the allowance is recognized, or that it is not.
    recognition: 'unknown',
    startOffset: 0,
    changes: {},
    ...partial,
  };
}

/** Three scenarios to start a meeting with: 10 h and 20 h at the minimum wage, 10 h with an allowance. */
export function defaultMeeting(year: number, month: number): MeetingState {
  const scenarios = [
    newScenario({ kind: 'wage', hours: 10 }),
    newScenario({ kind: 'wage', hours: 20 }),
    newScenario({ kind: 'allowance', hours: 10, rate: 3, recognition: 'unknown' }),
  ];
  return { situation: defaultState(year, month), scenarios, selected: scenarios[1]!.id };
}

const treatmentOf = (r: Recognition): AllowanceTreatment => (r === 'unknown' ? 'countedInFull' : r);

/** The activity of a scenario in one month of the window (offset from the meeting's month). */
export function hoursAt(s: MeetingScenario, offset: number): number {
  if (s.changes[offset] !== undefined) return s.changes[offset]!;
  return offset < s.startOffset ? 0 : s.hours;
}

function activityOf(s: MeetingScenario, hours: number) {
  if (hours <= 0) return {};
  return s.kind === 'wage'
    ? { wage: { hoursPerWeek: hours, ...(s.rate === null ? {} : { hourlyWage: s.rate }) } }
    : { allowance: { hoursPerWeek: hours, amountPerHour: s.rate ?? 0 } };
}

/** The library input of a scenario's twelve months from the meeting's month. */
export function timelineInput(state: MeetingState, s: MeetingScenario): TimelineInput {
  const w = state.situation;
  const main = {
    age: 35,
    program: w.program,
    temporaryConstraints: w.program === 'socialAssistance' && w.temporaryConstraints,
    disabilityTaxCredit: w.disabilityTaxCredit,
  };
  const spouse = { age: 35, program: w.program === 'none' ? ('none' as const) : w.spouseProgram };
  return {
    label: String(s.id),
    start: { year: w.year, month: w.month },
    months: WINDOW_MONTHS,
    household: {
      adults: w.household === 'couple' ? [main, spouse] : [main],
      children: childrenOf(w),
    },
    activity: Array.from({ length: WINDOW_MONTHS }, (_, i) => activityOf(s, hoursAt(s, i))),
    // Past the window the plan goes on: a relapse in the last month must not change the whole
    // year's taxes and credits (and with them the months before it).
    after: activityOf(s, s.hours),
    options: {
      allowanceTreatment: treatmentOf(s.recognition),
      longTermRecipient: w.longTermRecipient,
      includeClaimBookletValue: w.includeClaimBookletValue,
      ...(w.recentOnAssistance ? { monthsOnAssistance: 0 } : {}),
      subsidizedHousing: w.subsidizedHousing,
      livesWithParent: w.program === 'socialAssistance' && w.livesWithParent,
    },
  };
}

const HASH_KEY = 'rencontre';

/** `#rencontre=<url-encoded JSON>`: the situation by its link keys, the scenarios, the language. */
export function meetingHash(state: MeetingState, lang: 'fr' | 'en', simple = false): string {
  const situation: Record<string, string> = {};
  for (const f of fields) situation[f.short] = writeField(f, state.situation[f.key]);
  const scenarios = state.scenarios.map((s) => ({
    k: s.kind === 'wage' ? 'w' : 'a',
    h: s.hours,
    r: s.rate,
    at: s.recognition,
    d: s.startOffset,
    c: s.changes,
  }));
  const selected = state.scenarios.findIndex((s) => s.id === state.selected);
  // « Facile à lire » travels with the link (the QR code reopens the handout as it was printed).
  const data = {
    s: situation,
    sc: scenarios,
    sel: Math.max(0, selected),
    l: lang,
    ...(simple ? { rl: 's' } : {}),
  };
  return `#${HASH_KEY}=${encodeURIComponent(JSON.stringify(data))}`;
}

export interface ReadMeeting {
  readonly state: MeetingState;
  readonly lang: 'fr' | 'en' | null;
  /** `true` for « Facile à lire », `false` for standard words, null when the link does not say. */
  readonly simple: boolean | null;
  readonly problems: StateProblem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function numberIn(v: unknown, min: number, max: number, step: number | null): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) return null;
  if (step !== null && Math.abs(v / step - Math.round(v / step)) > 1e-9) return null;
  return v;
}

/** Reads a meeting from a hash; null when the hash holds none. Each bad value is a problem. */
export function readMeetingHash(hash: string, base: MeetingState): ReadMeeting | null {
  const match = new RegExp(`${HASH_KEY}=([^&]*)`).exec(hash);
  if (!match?.[1]) return null;
  const problems: StateProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(match[1]));
  } catch {
    return {
      state: base,
      lang: null,
      simple: null,
      problems: [{ name: HASH_KEY, value: match[1].slice(0, 40) }],
    };
  }
  if (!isRecord(data))
    return { state: base, lang: null, simple: null, problems: [{ name: HASH_KEY, value: '…' }] };
  const situation: Record<string, unknown> = { ...base.situation };
  if (isRecord(data['s'])) {
    for (const f of fields) {
      const v = data['s'][f.short];
      if (v === undefined) continue;
      const read = typeof v === 'string' ? readField(f, v) : { ok: false as const };
      if (read.ok) situation[f.key] = read.value;
      else problems.push({ name: f.short, value: String(v) });
    }
  }
  const scenarios: MeetingScenario[] = [];
  if (Array.isArray(data['sc'])) {
    // More scenarios than a meeting holds: the first ones are kept, and that is said.
    if (data['sc'].length > MAX_SCENARIOS)
      problems.push({ name: 'sc', value: `${data['sc'].length} > ${MAX_SCENARIOS}` });
    for (const [i, raw] of data['sc'].slice(0, MAX_SCENARIOS).entries()) {
      if (!isRecord(raw)) {
        problems.push({ name: `sc.${i}`, value: String(raw) });
        continue;
      }
      const kind = raw['k'] === 'w' ? 'wage' : raw['k'] === 'a' ? 'allowance' : null;
      const hours = numberIn(raw['h'], 0, 40, 0.5);
      const rate =
        raw['r'] === null && kind === 'wage'
          ? null
          : numberIn(raw['r'], kind === 'wage' ? 1 : 0, kind === 'wage' ? 500 : 200, null);
      const recognition = recognitions.find((r) => r === raw['at']);
      const start = numberIn(raw['d'] ?? 0, 0, WINDOW_MONTHS - 1, 1);
      const changes: Record<number, number> = {};
      let changesOk = isRecord(raw['c']) || raw['c'] === undefined;
      if (isRecord(raw['c'])) {
        for (const [k, v] of Object.entries(raw['c'])) {
          const month = numberIn(Number(k), 0, WINDOW_MONTHS - 1, 1);
          const h = numberIn(v, 0, 40, 0.5);
          // « 0 » and « 00 » name the same month: neither silently wins.
          if (month === null || h === null || !/^\d+$/.test(k) || month in changes)
            changesOk = false;
          else changes[month] = h;
        }
      }
      const bad = [
        kind === null && 'k',
        hours === null && 'h',
        rate === null && !(raw['r'] === null && kind === 'wage') && 'r',
        !recognition && 'at',
        start === null && 'd',
        !changesOk && 'c',
      ].filter(Boolean);
      if (bad.length > 0 || kind === null || hours === null || start === null || !recognition) {
        problems.push({
          name: `sc.${i}.${bad.join(',')}`,
          value: JSON.stringify(raw).slice(0, 60),
        });
        continue;
      }
      scenarios.push(newScenario({ kind, hours, rate, recognition, startOffset: start, changes }));
    }
  }
  const lang = data['l'] === 'fr' || data['l'] === 'en' ? data['l'] : null;
  if (data['l'] !== undefined && lang === null)
    problems.push({ name: 'l', value: String(data['l']) });
  const simple = data['rl'] === undefined ? null : data['rl'] === 's' ? true : null;
  if (data['rl'] !== undefined && simple === null)
    problems.push({ name: 'rl', value: String(data['rl']) });
  const list = scenarios.length > 0 ? scenarios : base.scenarios;
  const sel = typeof data['sel'] === 'number' ? list[data['sel']] : undefined;
  if (data['sel'] !== undefined && !sel) problems.push({ name: 'sel', value: String(data['sel']) });
  // Without scenarios in the link, the page's own scenarios and choice stay.
  const selected = sel?.id ?? (scenarios.length > 0 ? list[0]!.id : base.selected);
  return {
    state: {
      situation: situation as unknown as WidgetState,
      scenarios: list,
      selected,
    },
    lang,
    simple,
    problems,
  };
}
