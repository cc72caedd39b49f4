/**
 * Golden cases as data (in the manner of OpenFisca's YAML tests): a situation, the figures the
 * rules must give for it, where those figures come from and how they were worked out by hand.
 * A case file is readable by a caseworker; `checkCase` holds the library to it, line by line.
 * Reading files is the caller's (the CLI's `passerelle cases`, the test suite): no I/O here.
 */
import * as z from 'zod/mini';
import { simulate } from '../scenario/api.js';
import type { SimulationResult } from '../scenario/result.js';

export const caseSchema = z.strictObject({
  /** What the case is, in a sentence. */
  name: z.string().check(z.minLength(3)),
  /** Where the expected figures come from: a law, an official example, a table. */
  source: z
    .array(z.strictObject({ title: z.string(), url: z.string().check(z.regex(/^https?:\/\//)) }))
    .check(z.minLength(1)),
  /** The situation, in the input format of `simulate`. */
  input: z.unknown(),
  /**
   * The figures, by their place in the result: `monthly.benefit`, `taxYear.gstCredit`,
   * `coverage.claimBooklet.status`… and `lines.<id>` for the monthly amount of an explained line
   * (`lines.<id>.annual` for its annual amount).
   */
  expected: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  /** The hand computation, step by step, in words a caseworker can check. */
  working: z.optional(z.string()),
});

export type GoldenCase = z.infer<typeof caseSchema>;

export interface CaseLine {
  readonly path: string;
  readonly expected: number | string | boolean | null;
  /** What the library gives; undefined when the path names nothing in the result. */
  readonly actual: unknown;
  readonly ok: boolean;
}

export interface CaseOutcome {
  readonly name: string;
  readonly ok: boolean;
  readonly lines: readonly CaseLine[];
  /** The input was refused (its message), or the case file is not a case. */
  readonly error: string | null;
}

/** The value at a dotted path of a result; `lines.<id>` reads an explained line's amount. */
export function valueAt(result: SimulationResult, path: string): unknown {
  const line = /^lines\.([^]+?)(?:\.(monthly|annual))?$/.exec(path);
  if (line) {
    const found = result.lines.find((l) => l.id === line[1]);
    return found ? found[line[2] === 'annual' ? 'annual' : 'monthly'] : undefined;
  }
  let node: unknown = result;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Runs a case and compares each expected figure with the library's, to the cent. */
export function checkCase(data: unknown): CaseOutcome {
  const parsed = caseSchema.safeParse(data);
  if (!parsed.success)
    return {
      name: String((data as { name?: unknown } | null)?.name ?? '?'),
      ok: false,
      lines: [],
      error: `not a case: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    };
  const c = parsed.data;
  const r = simulate(c.input);
  if (!r.ok) return { name: c.name, ok: false, lines: [], error: r.error.message.en };
  const lines = Object.entries(c.expected).map(([path, expected]): CaseLine => {
    const actual = valueAt(r.value, path);
    const ok =
      typeof expected === 'number' && typeof actual === 'number'
        ? Math.round(expected * 100) === Math.round(actual * 100)
        : actual === expected;
    return { path, expected, actual, ok };
  });
  return { name: c.name, ok: lines.every((l) => l.ok), lines, error: null };
}
