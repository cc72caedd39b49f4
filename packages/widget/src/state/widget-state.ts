/**
 * The widget's whole state in one plain object, how it becomes library inputs, and how it is
 * written to and read from the URL hash (so a counsellor can bookmark or share a situation;
 * the hash never leaves the browser).
 */
import {
  programs,
  type AllowanceTreatment,
  type Program,
  type SimulationInput,
} from '@passerelle/rules';

export const scenarioKinds = ['none', 'allowance', 'wage'] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];
export const householdKinds = ['single', 'couple'] as const;
export type HouseholdKind = (typeof householdKinds)[number];
/** The widget offers every program of the library. */
export const widgetPrograms = programs;
export const spousePrograms = ['socialAssistance', 'socialSolidarity'] as const;
export const treatments = [
  'countedInFull',
  'recognizedSupportAllowance',
  'recognizedEmploymentAssistance',
  'fullyExcluded',
  'countedAsWorkIncome',
] as const satisfies readonly AllowanceTreatment[];

export interface WidgetState {
  year: number;
  month: number;
  household: HouseholdKind;
  children: number;
  program: Program;
  temporaryConstraints: boolean;
  spouseProgram: (typeof spousePrograms)[number];
  allowanceHours: number;
  allowancePerHour: number;
  allowanceTreatment: (typeof treatments)[number];
  wageHours: number;
  /** null: the minimum wage in force. */
  hourlyWage: number | null;
}

export function defaultState(year: number, month: number): WidgetState {
  return {
    year,
    month,
    household: 'single',
    children: 0,
    program: 'socialSolidarity',
    temporaryConstraints: false,
    spouseProgram: 'socialAssistance',
    allowanceHours: 10,
    allowancePerHour: 3,
    allowanceTreatment: 'countedInFull',
    wageHours: 10,
    hourlyWage: null,
  };
}

/** The library input for one scenario of the state. */
export function scenarioInput(state: WidgetState, kind: ScenarioKind): SimulationInput {
  const activity =
    kind === 'allowance'
      ? { allowance: { hoursPerWeek: state.allowanceHours, amountPerHour: state.allowancePerHour } }
      : kind === 'wage'
        ? {
            wage: {
              hoursPerWeek: state.wageHours,
              ...(state.hourlyWage === null ? {} : { hourlyWage: state.hourlyWage }),
            },
          }
        : {};
  const main = {
    age: 35,
    program: state.program,
    temporaryConstraints: state.program === 'socialAssistance' && state.temporaryConstraints,
    activity,
  };
  const spouseProgram: Program = state.program === 'none' ? 'none' : state.spouseProgram;
  const adults =
    state.household === 'couple' ? [main, { age: 35, program: spouseProgram }] : [main];
  return {
    label: kind,
    period: { year: state.year, month: state.month },
    household: { adults, children: Array.from({ length: state.children }, () => ({ age: 8 })) },
    options: { allowanceTreatment: state.allowanceTreatment },
  };
}

const HASH_KEY = 'passerelle';

/** `#passerelle=<url-encoded query>`: short, readable, and ignored by the host page. */
export function toHash(state: WidgetState, scenarios: readonly ScenarioKind[]): string {
  const q = new URLSearchParams({
    y: String(state.year),
    m: String(state.month),
    h: state.household,
    c: String(state.children),
    p: state.program,
    t: state.temporaryConstraints ? '1' : '0',
    sp: state.spouseProgram,
    ah: String(state.allowanceHours),
    ar: String(state.allowancePerHour),
    at: state.allowanceTreatment,
    wh: String(state.wageHours),
    ww: state.hourlyWage === null ? '' : String(state.hourlyWage),
    s: scenarios.join('.'),
  });
  return `#${HASH_KEY}=${encodeURIComponent(q.toString())}`;
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function numberIn(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

/** Reads the `defaults` attribute (JSON); null when it is not a JSON object. Invalid fields fall back. */
export function parseDefaults(json: string, base: WidgetState): Partial<WidgetState> | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const str = (k: string) => (d[k] === undefined || d[k] === null ? null : String(d[k]));
  const q = new URLSearchParams();
  const keys: [string, string][] = [
    ['year', 'y'],
    ['month', 'm'],
    ['household', 'h'],
    ['children', 'c'],
    ['program', 'p'],
    ['spouseProgram', 'sp'],
    ['allowanceHours', 'ah'],
    ['allowancePerHour', 'ar'],
    ['allowanceTreatment', 'at'],
    ['wageHours', 'wh'],
    ['hourlyWage', 'ww'],
  ];
  for (const [key, short] of keys) {
    const v = str(key);
    if (v !== null) q.set(short, v);
  }
  const read = fromHash(`passerelle=${encodeURIComponent(q.toString())}`, base);
  if (!read) return {};
  const out: Partial<WidgetState> = {};
  for (const [key] of keys) {
    if (d[key] !== undefined)
      (out as Record<string, unknown>)[key] = read.state[key as keyof WidgetState];
  }
  if (d['temporaryConstraints'] !== undefined)
    out.temporaryConstraints = d['temporaryConstraints'] === true;
  return out;
}

/** Reads a state from a hash; anything missing or invalid falls back to `base`. */
export function fromHash(
  hash: string,
  base: WidgetState,
): { state: WidgetState; scenarios: ScenarioKind[] | null } | null {
  const match = new RegExp(`${HASH_KEY}=([^&]*)`).exec(hash);
  if (!match?.[1]) return null;
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(decodeURIComponent(match[1]));
  } catch {
    return null;
  }
  const ww = q.get('ww');
  const scenarios = (q.get('s') ?? '')
    .split('.')
    .filter((s): s is ScenarioKind => (scenarioKinds as readonly string[]).includes(s));
  return {
    state: {
      year: numberIn(q.get('y'), 2000, 2100, base.year),
      month: numberIn(q.get('m'), 1, 12, base.month),
      household: pick(q.get('h'), householdKinds, base.household),
      children: numberIn(q.get('c'), 0, 12, base.children),
      program: pick(q.get('p'), widgetPrograms, base.program),
      temporaryConstraints: q.get('t') === '1',
      spouseProgram: pick(q.get('sp'), spousePrograms, base.spouseProgram),
      allowanceHours: numberIn(q.get('ah'), 0, 40, base.allowanceHours),
      allowancePerHour: numberIn(q.get('ar'), 0, 200, base.allowancePerHour),
      allowanceTreatment: pick(q.get('at'), treatments, base.allowanceTreatment),
      wageHours: numberIn(q.get('wh'), 0, 40, base.wageHours),
      hourlyWage: ww === null || ww === '' ? null : numberIn(ww, 0.01, 500, 0) || null,
    },
    scenarios: scenarios.length > 0 ? scenarios : null,
  };
}

/** Parses the `scenarios` attribute ("none allowance wage"); unknown words are reported. */
export function parseScenarios(value: string | null): {
  scenarios: ScenarioKind[];
  unknown: string[];
} {
  const words = (value ?? 'none allowance wage').split(/[\s,]+/).filter(Boolean);
  const scenarios = [
    ...new Set(
      words.filter((w): w is ScenarioKind => (scenarioKinds as readonly string[]).includes(w)),
    ),
  ];
  const unknown = words.filter((w) => !(scenarioKinds as readonly string[]).includes(w));
  return {
    scenarios: scenarios.length > 0 ? scenarios.slice(0, 3) : ['none', 'allowance', 'wage'],
    unknown,
  };
}
