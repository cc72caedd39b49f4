import type * as z from 'zod/mini';
import { Dec } from '../money.js';
import { PasserelleError } from '../errors.js';
import {
  coverageSchema,
  parameterDocFileSchema,
  parameterFileSchema,
  sourceGivenApart,
  type ParameterDefinition,
  type ParameterDoc,
  type ParameterValue,
} from './schema.js';

/** A parameter as its values file holds it (no documentation). */
type RuntimeDefinition = z.infer<typeof parameterFileSchema>['parameters'][number];

/** A parameter value resolved for one date, with everything needed to explain it. */
export interface ResolvedParameter {
  readonly id: string;
  readonly definition: ParameterDefinition;
  readonly entry: ParameterValue;
  readonly value: Dec;
}

/** One bracket of a scale, as Decimals: `rate` applies to income above `threshold`. */
export interface ResolvedBracket {
  readonly threshold: Dec;
  readonly rate: Dec;
}

/** A tax scale resolved for one date (unit `scale`). */
export interface ResolvedScale {
  readonly id: string;
  readonly definition: ParameterDefinition;
  readonly entry: ParameterValue;
  readonly brackets: readonly ResolvedBracket[];
}

/** What an explanation lists: the values and scales a rule read. */
export type ReadParameter = ResolvedParameter | ResolvedScale;

/** ISO date (YYYY-MM-DD) of the first day of a simulated month. */
export type IsoDate = string;

/**
 * Parameter files are read once: zod is told not to generate a fast parser for them (code it would
 * compile for one use; on a phone that compilation delays the first amount).
 */
const once = { jitless: true } as const;

export function monthDate(year: number, month: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/**
 * All parameters, indexed by id, each with its dated values sorted. Resolution for a date is
 * memoized per instance: a sweep resolves each parameter once, not once per point.
 */
export class ParameterSet {
  readonly definitions: ReadonlyMap<string, ParameterDefinition>;
  readonly supportedYears: readonly number[];
  /** Resolved values by date, then by id: a sweep resolves each parameter once, not once per point. */
  private readonly cache = new Map<IsoDate, Map<string, ResolvedParameter | ResolvedScale>>();
  private readonly derivedCache = new Map<IsoDate, Map<string, unknown>>();

  /**
   * `files`: the parameter files (values, dates, statuses); `docs`: their documentation files
   * (descriptions, sources, methods, notes), or null to compute without them (the values' sources
   * then read « source given apart »). Both are validated; a documentation entry must match a
   * parameter and a dated value.
   */
  constructor(
    files: readonly unknown[],
    coverage: unknown,
    docs: readonly unknown[] | null = null,
    { shipped = false }: { readonly shipped?: boolean } = {},
  ) {
    // The files shipped in this package are validated by its tests (`parameters.test.ts` requires
    // each to pass the schema and to come out of it unchanged), so a visit does not validate them
    // again: about 50 ms before the first amount on a phone (CPU ×4). Files from outside (a
    // reform, `withFile`) are always validated.
    const read = <T>(schema: { parse(v: unknown, o: typeof once): T }, file: unknown): T =>
      shipped ? (file as T) : schema.parse(file, once);
    const docsById = new Map<string, ParameterDoc>();
    for (const file of docs ?? [])
      for (const doc of read(parameterDocFileSchema, file).parameters) docsById.set(doc.id, doc);
    const definitions = new Map<string, ParameterDefinition>();
    for (const file of files) {
      for (const definition of withDocs(read(parameterFileSchema, file).parameters, docsById)) {
        if (definitions.has(definition.id)) {
          throw new Error(`Duplicate parameter id ${definition.id}`);
        }
        definitions.set(definition.id, definition);
      }
    }
    this.definitions = definitions;
    this.supportedYears = read(coverageSchema, coverage).supportedYears;
  }

  /**
   * Returns a copy with the parameters of one more file (validated like the shipped ones), with
   * its documentation file when there is one.
   */
  withFile(file: unknown, docs: unknown = null): ParameterSet {
    const docsById = new Map<string, ParameterDoc>();
    if (docs !== null)
      for (const doc of parameterDocFileSchema.parse(docs, once).parameters)
        docsById.set(doc.id, doc);
    return this.withDefinitions(
      withDocs(parameterFileSchema.parse(file, once).parameters, docsById),
    );
  }

  /**
   * Returns a copy with the parameters' documentation (labels, descriptions, sources), for a set
   * built without it: a browser computes its first figures without downloading it, and loads it
   * when a person opens the detail of a calculation, whose explanations name the parameters.
   * Values, dates and statuses are unchanged, so are the figures.
   */
  withDocumentation(docs: readonly unknown[]): ParameterSet {
    const docsById = new Map<string, ParameterDoc>();
    for (const file of docs)
      for (const doc of parameterDocFileSchema.parse(file, once).parameters)
        if (this.definitions.has(doc.id)) docsById.set(doc.id, doc);
    return this.withDefinitions(withDocs([...this.definitions.values()], docsById));
  }

  /** Returns a copy where some parameters get extra dated values (used by what-if reforms and tests). */
  withDefinitions(overrides: readonly ParameterDefinition[]): ParameterSet {
    const copy = Object.create(ParameterSet.prototype) as ParameterSet;
    const definitions = new Map(this.definitions);
    for (const o of overrides) definitions.set(o.id, o);
    Object.assign(copy, {
      definitions,
      supportedYears: this.supportedYears,
      cache: new Map(),
      derivedCache: new Map(),
    });
    return copy;
  }

  /**
   * A value derived from parameters only (a ratio, an array of thresholds), computed once per date:
   * the rules ask for it at every point of a sweep.
   */
  derived<T>(date: IsoDate, key: string, compute: () => T): T {
    let byKey = this.derivedCache.get(date);
    if (!byKey) {
      byKey = new Map();
      this.derivedCache.set(date, byKey);
    }
    let value = byKey.get(key) as T | undefined;
    if (value === undefined) {
      value = compute();
      byKey.set(key, value);
    }
    return value;
  }

  /** The value in force on `date`: the latest one whose effectiveFrom is on or before it. */
  at(id: string, date: IsoDate): ResolvedParameter {
    const resolved = this.resolve(id, date);
    if ('brackets' in resolved) throw new Error(`${id} is a scale: read it with scale()`);
    return resolved;
  }

  /** The scale (unit `scale`) in force on `date`. */
  scale(id: string, date: IsoDate): ResolvedScale {
    const resolved = this.resolve(id, date);
    if (!('brackets' in resolved)) throw new Error(`${id} is not a scale: read it with at()`);
    return resolved;
  }

  private resolve(id: string, date: IsoDate): ResolvedParameter | ResolvedScale {
    let byId = this.cache.get(date);
    if (!byId) {
      byId = new Map();
      this.cache.set(date, byId);
    }
    const cached = byId.get(id);
    if (cached) return cached;
    const definition = this.definitions.get(id);
    let entry: ParameterValue | undefined;
    for (const candidate of definition?.values ?? []) {
      if (candidate.effectiveFrom <= date) entry = candidate;
    }
    if (!definition || !entry) {
      throw new PasserelleError({
        name: 'MissingParameter',
        message: {
          fr: `Aucune valeur du paramètre « ${id} » n’est en vigueur le ${date}.`,
          en: `No value of parameter "${id}" is in force on ${date}.`,
        },
        info: { parameterId: id, date },
      });
    }
    // The schema guarantees exactly one of `value` and `brackets`.
    const resolved: ResolvedParameter | ResolvedScale = entry.brackets
      ? {
          id,
          definition,
          entry,
          brackets: entry.brackets.map((b) => ({
            threshold: new Dec(b.threshold),
            rate: new Dec(b.rate),
          })),
        }
      : { id, definition, entry, value: new Dec(entry.value!) };
    byId.set(id, resolved);
    return resolved;
  }
}

/**
 * Orders dated values by their ISO date (YYYY-MM-DD compares as text). Not `localeCompare`: its
 * first call loads the collation tables, tens of milliseconds on a phone before the first amount.
 */
export function byEffectiveDate(
  a: { readonly effectiveFrom: string },
  b: { readonly effectiveFrom: string },
): number {
  return a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0;
}

/**
 * Joins parameters to their documentation, their dated values sorted. A value with no
 * documentation says « source given apart »; documentation that matches no value is an error.
 */
function withDocs(
  parameters: readonly (Omit<RuntimeDefinition, 'values'> & {
    readonly values: readonly RuntimeDefinition['values'][number][];
  })[],
  docsById: ReadonlyMap<string, ParameterDoc>,
): ParameterDefinition[] {
  return parameters.map((p) => {
    const doc = docsById.get(p.id);
    const values = [...p.values].sort(byEffectiveDate).map((v): ParameterValue => {
      const d = doc?.values.find((x) => x.effectiveFrom === v.effectiveFrom);
      return {
        ...v,
        source: d?.source ?? sourceGivenApart,
        ...(d?.method === undefined ? {} : { method: d.method }),
        ...(d?.note === undefined ? {} : { note: d.note }),
      };
    });
    for (const d of doc?.values ?? [])
      if (!values.some((v) => v.effectiveFrom === d.effectiveFrom))
        throw new Error(
          `Documentation of ${p.id} names a value on ${d.effectiveFrom} that is not in the data`,
        );
    return {
      ...p,
      // Without documentation (a browser's first visit) the id names it: explanations that name
      // parameters are computed once the documentation is loaded (`withDocumentation`).
      label: doc?.label ?? { fr: p.id, en: p.id },
      description: doc?.description ?? { fr: '', en: '' },
      values,
    };
  });
}

/** The amount of a parameter an explanation lists (undefined for a scale or a missing one). */
export function amountOf(p: ReadParameter | undefined): Dec | undefined {
  return p && 'value' in p ? p.value : undefined;
}
