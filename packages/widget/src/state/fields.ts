/**
 * Every field of the widget's state, declared once: its key, its short key in the shared link,
 * its limits and its default. The state, the link, the `defaults` attribute and the form's limits
 * all read this table, so that a value accepted in one place is accepted everywhere.
 */
import { programs, type Program } from '@passerelle/rules';

export const scenarioKinds = ['none', 'allowance', 'wage'] as const;
export type ScenarioKind = (typeof scenarioKinds)[number];
export const householdKinds = ['single', 'couple'] as const;
export type HouseholdKind = (typeof householdKinds)[number];
export const spousePrograms = ['socialAssistance', 'socialSolidarity'] as const;
/**
 * How the ministry treats the allowance, as a participant knows it: recognized (as a support or
 * an employment-assistance allowance), not recognized (counted in full: the legal default), or
 * « I don't know » (both outcomes shown side by side).
 */
export const recognitions = [
  'countedInFull',
  'recognizedSupportAllowance',
  'recognizedEmploymentAssistance',
  'unknown',
] as const;
export type Recognition = (typeof recognitions)[number];
export const languages = ['fr', 'en'] as const;
export const readingLevels = ['standard', 'simple'] as const;

export interface WidgetState {
  year: number;
  month: number;
  household: HouseholdKind;
  children: number;
  /**
   * Each child's age, in the order the person gave them (0–17): the child benefits depend on it
   * (under 6, school age, under 5 for aide sociale). No age is assumed: a child whose age is not
   * given yet is not computed, and the form and the summary say so.
   */
  childAges: number[];
  program: Program;
  temporaryConstraints: boolean;
  spouseProgram: (typeof spousePrograms)[number];
  /** On assistance at least 36 of the last 42 months: may get the work premium supplement after leaving for work. */
  longTermRecipient: boolean;
  /**
   * On assistance for less than 6 months in a row: no single-person adjustment yet (RAPF s. 67.3).
   * Unticked, 6 months or more is assumed, and the result says so.
   */
  recentOnAssistance: boolean;
  /** Living in subsidized housing (HLM, co-op, rent supplement): no single-person adjustment. */
  subsidizedHousing: boolean;
  /** Living with one's father or mother: on aide sociale the basic benefit is reduced (said). */
  livesWithParent: boolean;
  /**
   * On solidarité sociale: months of the last 72 already counted toward the revenu de base
   * (ADEL sujet 168216); null when the person does not say (the rule is then said without a date).
   */
  solidarityMonths: number | null;
  /** What going to work or to the activity costs a month: transport (bus pass, gas). */
  transportCosts: number;
  /** Childcare a month, what is left to pay (counted only with children). */
  childcareCosts: number;
  /** Count the claim booklet's value (the drug premium it spares) in the amounts. */
  includeClaimBookletValue: boolean;
  /** The person is eligible for the disability tax credit: the CWB's disability supplement. */
  disabilityTaxCredit: boolean;
  allowanceHours: number;
  allowancePerHour: number;
  allowanceTreatment: Recognition;
  wageHours: number;
  /** null: the minimum wage in force. */
  hourlyWage: number | null;
}

interface NumberField {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  /** The values accepted are multiples of `step` (hours by half hours, children whole). */
  readonly step: number | null;
  /** `null` is accepted (an empty field) and means the default of the rules (minimum wage). */
  readonly nullable?: true;
}
interface ChoiceField {
  readonly kind: 'choice';
  readonly values: readonly string[];
}
interface FlagField {
  readonly kind: 'flag';
}
/** Whole numbers within limits, written « 4.9 » in the link. */
interface ListField {
  readonly kind: 'list';
  readonly min: number;
  readonly max: number;
  readonly maxLength: number;
}
export type FieldSpec = (NumberField | ChoiceField | FlagField | ListField) & {
  readonly key: keyof WidgetState;
  /** Key in the shared link (`#passerelle=y=2026&m=6…`). */
  readonly short: string;
};

export const fields: readonly FieldSpec[] = [
  { key: 'year', short: 'y', kind: 'number', min: 2000, max: 2100, step: 1 },
  { key: 'month', short: 'm', kind: 'number', min: 1, max: 12, step: 1 },
  { key: 'household', short: 'h', kind: 'choice', values: householdKinds },
  { key: 'children', short: 'c', kind: 'number', min: 0, max: 12, step: 1 },
  { key: 'childAges', short: 'ca', kind: 'list', min: 0, max: 17, maxLength: 12 },
  { key: 'program', short: 'p', kind: 'choice', values: programs },
  { key: 'temporaryConstraints', short: 't', kind: 'flag' },
  { key: 'spouseProgram', short: 'sp', kind: 'choice', values: spousePrograms },
  { key: 'longTermRecipient', short: 'lt', kind: 'flag' },
  { key: 'recentOnAssistance', short: 'ra', kind: 'flag' },
  { key: 'subsidizedHousing', short: 'hs', kind: 'flag' },
  { key: 'livesWithParent', short: 'lp', kind: 'flag' },
  {
    key: 'solidarityMonths',
    short: 'sm',
    kind: 'number',
    min: 0,
    max: 72,
    step: 1,
    nullable: true,
  },
  { key: 'transportCosts', short: 'tr', kind: 'number', min: 0, max: 5000, step: null },
  { key: 'childcareCosts', short: 'gc', kind: 'number', min: 0, max: 5000, step: null },
  { key: 'includeClaimBookletValue', short: 'cv', kind: 'flag' },
  { key: 'disabilityTaxCredit', short: 'dtc', kind: 'flag' },
  { key: 'allowanceHours', short: 'ah', kind: 'number', min: 0, max: 40, step: 0.5 },
  { key: 'allowancePerHour', short: 'ar', kind: 'number', min: 0, max: 200, step: null },
  { key: 'allowanceTreatment', short: 'at', kind: 'choice', values: recognitions },
  { key: 'wageHours', short: 'wh', kind: 'number', min: 0, max: 40, step: 0.5 },
  { key: 'hourlyWage', short: 'ww', kind: 'number', min: 1, max: 500, step: null, nullable: true },
];

/** The settings a shared link holds: the situation's fields, the activities shown, the language, the reading level. */
export type LinkFieldKey = keyof WidgetState | 'scenarios' | 'lang' | 'readingLevel';

const linkExtras: Readonly<Record<string, LinkFieldKey>> = {
  s: 'scenarios',
  l: 'lang',
  r: 'readingLevel',
};

/** The setting a key of a shared link holds (« lp » → livesWithParent); null for a key it does not know. */
export function linkFieldOf(short: string): LinkFieldKey | null {
  return fields.find((f) => f.short === short)?.key ?? linkExtras[short] ?? null;
}

export function field(key: keyof WidgetState): FieldSpec {
  return fields.find((f) => f.key === key)!;
}

export function defaultState(year: number, month: number): WidgetState {
  return {
    year,
    month,
    household: 'single',
    children: 0,
    childAges: [],
    program: 'socialSolidarity',
    temporaryConstraints: false,
    spouseProgram: 'socialAssistance',
    longTermRecipient: false,
    recentOnAssistance: false,
    subsidizedHousing: false,
    livesWithParent: false,
    solidarityMonths: null,
    transportCosts: 0,
    childcareCosts: 0,
    includeClaimBookletValue: false,
    disabilityTaxCredit: false,
    allowanceHours: 10,
    allowancePerHour: 3,
    allowanceTreatment: 'unknown',
    wageHours: 10,
    hourlyWage: null,
  };
}

/**
 * What may follow a number as its unit: hours (« 12 h », « 12 heures », « 12 hours ») or a rate
 * (« 17,50 $/h », « 17.50 $ an hour », « 17,50 $ de l'heure »). People type the unit they read.
 */
const unitSuffix =
  /\s*(?:\$?\s*(?:\/\s*h(?:r|eure|our)?|(?:de\s+l['’]|l['’]|an\s+|per\s+)h(?:eure|our))|h(?:eures?|ours?|rs?)?)$/i;

/**
 * A number as a person types it: digits with at most one decimal separator and two decimals
 * (a comma or a point in French; a point in English, where a comma separates thousands:
 * « 1,000 »), optionally « $ » before or after and a unit (`unitSuffix`); spaces only around it.
 * No exponent, no sign, no space inside (« 10 5 » is not 105). Null when it is not such a number.
 */
export function parseAmount(text: string, lang: 'fr' | 'en' = 'fr'): number | null {
  let t = text
    .trim()
    .replace(unitSuffix, '')
    .replace(/^\$\s*/, '')
    .replace(/\s*\$$/, '');
  if (lang === 'en') {
    if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(t)) return null;
    t = t.replace(/,/g, '');
  } else {
    if (!/^\d+([.,]\d{1,2})?$/.test(t)) return null;
    t = t.replace(',', '.');
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export type Read<T> = { ok: true; value: T } | { ok: false };

/**
 * One field's value from text (the link, the `defaults` attribute, a form box). A number must be
 * written plainly (no exponent), within the field's limits and on its step.
 */
export function readField(
  spec: FieldSpec,
  text: string,
  lang: 'fr' | 'en' = 'fr',
): Read<WidgetState[keyof WidgetState]> {
  switch (spec.kind) {
    case 'flag':
      if (text === '1' || text === 'true') return { ok: true, value: true };
      if (text === '0' || text === 'false') return { ok: true, value: false };
      return { ok: false };
    case 'choice':
      return spec.values.includes(text)
        ? { ok: true, value: text as WidgetState[keyof WidgetState] }
        : { ok: false };
    case 'list': {
      if (text === '') return { ok: true, value: [] };
      const items = text.split('.');
      if (items.length > spec.maxLength || !items.every((x) => /^\d{1,2}$/.test(x)))
        return { ok: false };
      const values = items.map(Number);
      return values.every((n) => n >= spec.min && n <= spec.max)
        ? { ok: true, value: values }
        : { ok: false };
    }
    case 'number': {
      if (text.trim() === '' && spec.nullable) return { ok: true, value: null };
      const n = parseAmount(text, lang);
      if (n === null || n < spec.min || n > spec.max) return { ok: false };
      if (spec.step !== null && Math.abs(n / spec.step - Math.round(n / spec.step)) > 1e-9)
        return { ok: false };
      return { ok: true, value: n };
    }
  }
}

/** A field's value as text, for the link: plain digits (never an exponent), a point for decimals. */
export function writeField(spec: FieldSpec, value: WidgetState[keyof WidgetState]): string {
  if (spec.kind === 'flag') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join('.');
  if (value === null) return '';
  return typeof value === 'number' ? plainNumber(value) : String(value);
}

/** « 12.5 », « 16.6 »: at most two decimals, no exponent. */
export function plainNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
/** The children whose age is given: the ones computed (the amounts depend on the age). */
export function childrenOf(state: WidgetState): { age: number }[] {
  return state.childAges.slice(0, state.children).map((age) => ({ age }));
}

/** Children announced whose age is still to be chosen: not computed yet, and said. */
export function childrenWithoutAge(state: WidgetState): number {
  return Math.max(0, state.children - state.childAges.length);
}

/** The widget offers every program of the library. */
export const widgetPrograms = programs;
