/**
 * How the widget's state (see `fields.ts`) becomes library inputs, and how it is written to and
 * read from the URL hash (so a counsellor can bookmark or share a situation; the hash never
 * leaves the browser). Invalid values are reported, never silently replaced.
 */
import type { AllowanceTreatment, Program, SimulationInput } from '@passerelle/rules';
import {
  childrenOf,
  fields,
  languages,
  readField,
  readingLevels,
  scenarioKinds,
  writeField,
  type ScenarioKind,
  type WidgetState,
} from './fields.js';

export * from './fields.js';

/** A value that could not be used, named as the person wrote it. */
export interface StateProblem {
  readonly name: string;
  readonly value: string;
}

/**
 * The library input for one scenario of the state. With an unknown recognition the allowance is
 * counted in full (the legal default) unless `treatment` asks for the other outcome.
 */
export function scenarioInput(
  state: WidgetState,
  kind: ScenarioKind,
  treatment?: AllowanceTreatment,
): SimulationInput {
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
    disabilityTaxCredit: state.disabilityTaxCredit,
    activity,
  };
  const spouseProgram: Program = state.program === 'none' ? 'none' : state.spouseProgram;
  const adults =
    state.household === 'couple' ? [main, { age: 35, program: spouseProgram }] : [main];
  const allowanceTreatment: AllowanceTreatment =
    treatment ??
    (state.allowanceTreatment === 'unknown' ? 'countedInFull' : state.allowanceTreatment);
  return {
    label: kind,
    period: { year: state.year, month: state.month },
    household: { adults, children: childrenOf(state) },
    options: {
      allowanceTreatment,
      longTermRecipient: state.longTermRecipient,
      includeClaimBookletValue: state.includeClaimBookletValue,
      ...(state.recentOnAssistance ? { monthsOnAssistance: 0 } : {}),
      subsidizedHousing: state.subsidizedHousing,
      // Asked on aide sociale only (the form hides it otherwise): a tick left from before a change
      // of program is not kept (a spouse on aide sociale would otherwise keep a warning the form
      // no longer shows).
      livesWithParent: state.program === 'socialAssistance' && state.livesWithParent,
      ...(state.transportCosts > 0 || (state.children > 0 && state.childcareCosts > 0)
        ? {
            costsOfWorking: {
              transportPerMonth: state.transportCosts,
              childcarePerMonth: state.children > 0 ? state.childcareCosts : 0,
            },
          }
        : {}),
      ...(state.program === 'socialSolidarity' && state.solidarityMonths !== null
        ? { monthsTowardBasicIncome: state.solidarityMonths }
        : {}),
    },
  };
}

/** The hash's key: `#passerelle=<url-encoded query>`. */
export const HASH_KEY = 'passerelle';

export interface LinkExtras {
  readonly scenarios: readonly ScenarioKind[];
  readonly lang: 'fr' | 'en';
  readonly readingLevel: 'standard' | 'simple';
}

/** `#passerelle=<url-encoded query>`: short, readable, and ignored by the host page. */
export function toHash(state: WidgetState, extras: LinkExtras): string {
  const q = new URLSearchParams();
  for (const f of fields) q.set(f.short, writeField(f, state[f.key]));
  q.set('s', extras.scenarios.join('.'));
  q.set('l', extras.lang);
  if (extras.readingLevel === 'simple') q.set('r', 'simple');
  return `#${HASH_KEY}=${encodeURIComponent(q.toString())}`;
}

export interface ReadState {
  readonly values: Partial<WidgetState>;
  readonly scenarios: ScenarioKind[] | null;
  readonly lang: 'fr' | 'en' | null;
  readonly readingLevel: 'standard' | 'simple' | null;
  readonly problems: StateProblem[];
}

const MAX_SHOWN = 40;
/** A bad value as the notice shows it: cut, so that a pasted page never fills the screen. */
const shown = (v: string) => (v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v);

function readQuery(
  q: URLSearchParams,
  nameOf: (short: string) => string,
  strict: boolean,
): ReadState {
  const values: Partial<WidgetState> = {};
  const problems: StateProblem[] = [];
  const known = new Set([...fields.map((f) => f.short), 's', 'l', 'r']);
  if (strict) {
    for (const key of new Set(q.keys())) {
      if (!known.has(key)) problems.push({ name: shown(key), value: shown(q.get(key) ?? '') });
      else if (q.getAll(key).length > 1)
        problems.push({ name: nameOf(key), value: shown(q.getAll(key).join(' | ')) });
    }
  }
  for (const f of fields) {
    const all = q.getAll(f.short);
    if (all.length === 0 || all.length > 1) continue;
    const text = all[0]!;
    const read = readField(f, text);
    if (read.ok) (values as Record<string, unknown>)[f.key] = read.value;
    else problems.push({ name: nameOf(f.short), value: shown(text) });
  }
  // More ages than children, or ages without a readable number of children (« c » missing, bad
  // or given twice, read as none): said, and not used, as the problem says.
  if (values.childAges && values.childAges.length > (values.children ?? 0)) {
    problems.push({ name: nameOf('ca'), value: shown(q.get('ca') ?? '') });
    delete values.childAges;
  }
  // A key given twice is a problem (above), and neither value is used: the problem says so.
  const one = (key: string): string | null => {
    const all = q.getAll(key);
    return all.length === 1 ? all[0]! : null;
  };
  let scenarios: ScenarioKind[] | null = null;
  const s = one('s');
  if (s !== null) {
    const words = s.split('.').filter(Boolean);
    const parsed = parseScenarios(words.join(' '));
    if (parsed.unknown.length > 0 || words.length === 0)
      problems.push({ name: nameOf('s'), value: shown(s) });
    else scenarios = parsed.scenarios;
  }
  const l = one('l');
  let lang: 'fr' | 'en' | null = null;
  if (l !== null) {
    if ((languages as readonly string[]).includes(l)) lang = l as 'fr' | 'en';
    else problems.push({ name: nameOf('l'), value: shown(l) });
  }
  const r = one('r');
  let readingLevel: 'standard' | 'simple' | null = null;
  if (r !== null) {
    if ((readingLevels as readonly string[]).includes(r)) readingLevel = r as 'standard' | 'simple';
    else problems.push({ name: nameOf('r'), value: shown(r) });
  }
  return { values, scenarios, lang, readingLevel, problems };
}

/**
 * Reads a state from a hash; null when the hash holds no Passerelle state. The state is
 * `#passerelle=<url-encoded query>` as written by `toHash`; a query typed by hand without encoding
 * (`#passerelle=h=couple&c=2`) is read too. Every bad, unknown or repeated key is a problem.
 */
export function fromHash(hash: string): ReadState | null {
  const match = new RegExp(`^#?(?:.*&)?${HASH_KEY}=(.*)$`).exec(hash);
  if (!match || match[1] === undefined || match[1] === '') return null;
  let raw = match[1];
  let q: URLSearchParams;
  try {
    // Encoded by toHash (no « = » before the next « & », which belongs to the host page): decode
    // that part once. Otherwise a query typed by hand: the rest of the hash.
    // Encoded: its « = » and « & » are escaped (%3D, %26). A query typed by hand may start with a
    // key without a value (« dtc&c=2 »): it is read whole, not as an encoded first part.
    const first = raw.split('&')[0]!;
    if (!first.includes('=') && (/%3D|%26/i.test(first) || !raw.includes('&')))
      raw = decodeURIComponent(first);
    q = new URLSearchParams(raw);
  } catch {
    return {
      values: {},
      scenarios: null,
      lang: null,
      readingLevel: null,
      problems: [{ name: HASH_KEY, value: shown(raw) }],
    };
  }
  return readQuery(q, (short) => short, true);
}

/**
 * Reads the `defaults` attribute: a JSON object with any subset of the state's keys. Null when it
 * is not a JSON object; each invalid or unknown key is a problem, the others apply.
 */
export function parseDefaults(json: string): ReadState | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const q = new URLSearchParams();
  const problems: StateProblem[] = [];
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const f = fields.find((x) => x.key === key);
    if (!f) {
      problems.push({ name: shown(key), value: shown(JSON.stringify(raw) ?? '') });
      continue;
    }
    if (raw === null && f.kind === 'number' && f.nullable) q.set(f.short, '');
    else if (typeof raw === 'boolean' && f.kind === 'flag') q.set(f.short, raw ? '1' : '0');
    else if (typeof raw === 'number' && f.kind === 'number') q.set(f.short, String(raw));
    else if (typeof raw === 'string' && f.kind === 'choice') q.set(f.short, raw);
    else if (Array.isArray(raw) && f.kind === 'list' && raw.every((x) => Number.isInteger(x)))
      q.set(f.short, raw.join('.'));
    else problems.push({ name: key, value: shown(JSON.stringify(raw) ?? '') });
  }
  const read = readQuery(q, (short) => fields.find((f) => f.short === short)?.key ?? short, false);
  return { ...read, problems: [...problems, ...read.problems] };
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
