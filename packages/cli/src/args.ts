/**
 * The command line's arguments, read by Node's own `util.parseArgs` (strict: an unknown option, a
 * missing value or an option given twice is an error naming it), then checked value by value with
 * a message in French and English.
 */
import { availableParallelism } from 'node:os';
import { parseArgs as nodeParseArgs } from 'node:util';
import type { Lang } from '@passerelle/rules';

export interface CliArgs {
  readonly file: string | null;
  readonly format: 'json' | 'text';
  readonly lang: Lang;
  readonly summary: boolean;
  readonly help: boolean;
  /** A year past the data is computed with its latest year's rules, and the result says so. */
  readonly latestRules: boolean;
}

export interface BatchArgs {
  readonly file: string | null;
  readonly reformFile: string | null;
  readonly options: {
    readonly input: 'jsonl' | 'csv';
    readonly output: 'jsonl' | 'csv';
    readonly lang: Lang;
    readonly marginalRates: boolean;
    readonly jobs: number;
    readonly delimiter?: ',' | ';';
    readonly wagePayer?: {
      readonly kind: 'publicFunded' | 'private';
      readonly subsidyRate: number;
      readonly cnesstRate?: number | undefined;
    };
  };
}

type Failure = { error: string };

/** Worker threads with `--jobs auto` (the default): one per core, at most eight. */
export function autoJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Node's parser, strict, with `-` kept as a positional (standard input). Its errors are said in
 * our two languages, naming the option; an option given twice is refused (the last one would
 * silently win).
 */
function parsed(
  argv: readonly string[],
  options: Spec,
  manyFiles = false,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | Failure {
  try {
    const { values, positionals, tokens } = nodeParseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
    const seen = new Set<string>();
    for (const t of tokens ?? []) {
      if (t.kind !== 'option') continue;
      if (seen.has(t.name)) return { error: `--${t.name} : donné deux fois / given twice` };
      seen.add(t.name);
    }
    if (!manyFiles && positionals.length > 1)
      return {
        error: `Un seul fichier / one file only (reçu / received: ${positionals.join(', ')})`,
      };
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    if (unknown) return { error: `Option inconnue / unknown option: ${unknown[1]}` };
    const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(text);
    if (missing) return { error: `${missing[1]} : valeur manquante / missing value` };
    return { error: text };
  }
}

/** The value of an option that takes one of a few words, or the error that names them. */
function oneOf<T extends string>(
  option: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T | Failure {
  if (value === undefined) return fallback;
  return allowed.includes(value as T)
    ? (value as T)
    : { error: `${option}: ${allowed.join(' | ')} (reçu / received: ${String(value)})` };
}

/** A number option within [min, max], or the error that says so. */
function numberIn(
  option: string,
  value: string | undefined,
  min: number,
  max: number,
): number | Failure {
  // Decimal notation only (« 0x1 » or « 1e0 » are not a rate someone means).
  const n = value !== undefined && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= min && n <= max
    ? n
    : { error: `${option}: ${min} à ${max} / ${min} to ${max} (reçu / received: ${value ?? '—'})` };
}

const isFailure = (v: unknown): v is Failure => typeof v === 'object' && v !== null && 'error' in v;

const fileOf = (positionals: readonly string[]) =>
  positionals[0] === undefined || positionals[0] === '-' ? null : positionals[0];

export function parseArgs(argv: readonly string[]): CliArgs | Failure {
  const p = parsed(argv, {
    help: { type: 'boolean', short: 'h' },
    summary: { type: 'boolean' },
    'latest-rules': { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
  });
  if (isFailure(p)) return p;
  const format = oneOf('--format', p.values['format'], ['json', 'text'] as const, 'json');
  if (isFailure(format)) return format;
  const lang = oneOf('--lang', p.values['lang'], ['fr', 'en'] as const, 'fr');
  if (isFailure(lang)) return lang;
  return {
    file: fileOf(p.positionals),
    format,
    lang,
    summary: p.values['summary'] === true,
    help: p.values['help'] === true,
    latestRules: p.values['latest-rules'] === true,
  };
}

/**
 * `batch` arguments. The input format follows the file's extension (`.csv` or JSON Lines)
 * unless `--input` says otherwise; standard input is JSON Lines by default. `--jobs` defaults to
 * `auto`: batch speed comes from the machine's cores.
 */
export function parseBatchArgs(argv: readonly string[]): BatchArgs | Failure {
  const p = parsed(argv, {
    csv: { type: 'boolean' },
    emtr: { type: 'boolean' },
    jobs: { type: 'string' },
    delimiter: { type: 'string' },
    'wage-payer': { type: 'string' },
    'wage-subsidy': { type: 'string' },
    'cnesst-rate': { type: 'string' },
    input: { type: 'string' },
    reform: { type: 'string' },
    lang: { type: 'string' },
  });
  if (isFailure(p)) return p;
  const v = p.values;
  const jobsText = (v['jobs'] as string | undefined) ?? 'auto';
  const jobs = jobsText === 'auto' ? autoJobs() : /^\d+$/.test(jobsText) ? Number(jobsText) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    return { error: `--jobs: 1 à 64 ou auto / 1 to 64 or auto (reçu / received: ${jobsText})` };
  const delimiter =
    v['delimiter'] === undefined
      ? undefined
      : oneOf('--delimiter', v['delimiter'], [',', ';'] as const, ',');
  if (isFailure(delimiter)) return delimiter;
  const payerKind =
    v['wage-payer'] === undefined
      ? null
      : oneOf(
          '--wage-payer',
          v['wage-payer'],
          ['publicFunded', 'private'] as const,
          'publicFunded',
        );
  if (isFailure(payerKind)) return payerKind;
  const subsidyRate =
    v['wage-subsidy'] === undefined
      ? null
      : numberIn('--wage-subsidy', v['wage-subsidy'] as string, 0, 1);
  if (isFailure(subsidyRate)) return subsidyRate;
  const cnesstRate =
    v['cnesst-rate'] === undefined
      ? undefined
      : numberIn('--cnesst-rate', v['cnesst-rate'] as string, 0, 0.2);
  if (isFailure(cnesstRate)) return cnesstRate;
  const inputGiven =
    v['input'] === undefined
      ? null
      : oneOf('--input', v['input'], ['jsonl', 'csv'] as const, 'jsonl');
  if (isFailure(inputGiven)) return inputGiven;
  const lang = oneOf('--lang', v['lang'], ['fr', 'en'] as const, 'fr');
  if (isFailure(lang)) return lang;
  if (v['reform'] === '')
    return { error: '--reform: fichier JSON de la réforme / reform JSON file' };
  const file = fileOf(p.positionals);
  const input = inputGiven ?? (file?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  if (payerKind === null && (subsidyRate !== null || cnesstRate !== undefined))
    return {
      error:
        '--wage-subsidy et --cnesst-rate demandent --wage-payer / --wage-subsidy and --cnesst-rate need --wage-payer',
    };
  const options = {
    input,
    output: v['csv'] === true ? ('csv' as const) : ('jsonl' as const),
    lang,
    marginalRates: v['emtr'] === true,
    jobs,
    ...(delimiter ? { delimiter } : {}),
    ...(payerKind
      ? { wagePayer: { kind: payerKind, subsidyRate: subsidyRate ?? 0, cnesstRate } }
      : {}),
  };
  return { file, reformFile: (v['reform'] as string | undefined) ?? null, options };
}

/** `cases` arguments: files or folders (default `cases`), and the language of the report. */
export function parseCasesArgs(argv: readonly string[]): { paths: string[]; lang: Lang } | Failure {
  const p = parsed(argv, { lang: { type: 'string' } }, true);
  if (isFailure(p)) return p;
  const lang = oneOf('--lang', p.values['lang'], ['fr', 'en'] as const, 'fr');
  if (isFailure(lang)) return lang;
  return { paths: p.positionals.length > 0 ? p.positionals : ['cases'], lang };
}
