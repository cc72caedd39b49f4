/**
 * The command line as a function of (arguments, input text, writer) → exit code, so that it is
 * tested without spawning a process. Every case is validated before any result is written; results
 * are then written one by one, so a large batch never builds one giant string.
 */
import { availableParallelism } from 'node:os';
import {
  defaultParameters,
  simulate,
  validate,
  type Lang,
  type PasserelleFailure,
  type SimulationResult,
  type ValidSimulationInput,
} from '@passerelle/rules';
import { formatText } from './format-text.js';

export interface CliArgs {
  readonly file: string | null;
  readonly format: 'json' | 'text';
  readonly lang: Lang;
  readonly summary: boolean;
  readonly help: boolean;
  /** A year past the data is computed with its latest year's rules, and the result says so. */
  readonly latestRules: boolean;
}

export interface CliIo {
  readonly out: (chunk: string) => void;
  readonly err: (chunk: string) => void;
}

export const usage = `Usage : passerelle [fichier.json | -] [--format json|text] [--summary] [--lang fr|en] [--latest-rules]
        passerelle batch [cas.jsonl | cas.csv | -] [--input jsonl|csv] [--delimiter ,|;] [--csv] [--emtr]
                         [--reform reforme.json] [--jobs N|auto] [--lang fr|en]
                         [--wage-payer publicFunded|private [--wage-subsidy 0..1] [--cnesst-rate r]]
        passerelle grid comparaison.json
        passerelle timeline periode.json [--format json|text] [--lang fr|en]

Lit un cas (objet JSON) ou plusieurs cas (tableau JSON) depuis le fichier ou l'entrée standard,
et écrit les résultats en JSON sur la sortie standard. --summary n'écrit que les totaux (sans les
explications). --latest-rules calcule une année qui n'est pas encore dans les données avec les règles
de la dernière année intégrée, et le résultat le dit. Données invalides : code de sortie 2 et une erreur JSON qui nomme le champ, en
français et en anglais.

Reads one case (JSON object) or several (JSON array) from the file or standard input and writes
the results as JSON to standard output; --summary writes totals only (no explanations); --latest-rules computes a year not in the data yet with the latest
year's rules, and the result says so. Invalid
input: exit code 2 and a JSON error naming the field. \`timeline\` computes 12 to 24 months from a
start month with the activity month by month (see docs/examples/timeline-marc.json).`;

/** The value of an option that takes one of a few words, or the error that names them. */
function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | { error: string } {
  return allowed.includes(value as T)
    ? (value as T)
    : { error: `${option}: ${allowed.join(' | ')} (reçu / received: ${value ?? '—'})` };
}

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  let file: string | null = null;
  let format: 'json' | 'text' = 'json';
  let lang: Lang = 'fr';
  let summary = false;
  let help = false;
  let latestRules = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--summary') summary = true;
    else if (arg === '--latest-rules') latestRules = true;
    else if (arg === '--format') {
      const v = oneOf('--format', argv[++i], ['json', 'text'] as const);
      if (typeof v === 'object') return v;
      format = v;
    } else if (arg === '--lang') {
      const v = oneOf('--lang', argv[++i], ['fr', 'en'] as const);
      if (typeof v === 'object') return v;
      lang = v;
    } else if (arg.startsWith('--')) return { error: `Option inconnue / unknown option: ${arg}` };
    else file = arg === '-' ? null : arg;
  }
  return { file, format, lang, summary, help, latestRules };
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

/** A number option within [min, max], or the error that says so. */
function numberIn(
  option: string,
  value: string | undefined,
  min: number,
  max: number,
): number | { error: string } {
  // Decimal notation only (« 0x1 » or « 1e0 » are not a rate someone means).
  const n = value !== undefined && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= min && n <= max
    ? n
    : { error: `${option}: ${min} à ${max} / ${min} to ${max} (reçu / received: ${value ?? '—'})` };
}

/**
 * `batch` arguments. The input format follows the file's extension (`.csv` or JSON Lines)
 * unless `--input` says otherwise; standard input is JSON Lines by default.
 */
export function parseBatchArgs(argv: readonly string[]): BatchArgs | { error: string } {
  let file: string | null = null;
  let reformFile: string | null = null;
  let input: 'jsonl' | 'csv' | null = null;
  let output: 'jsonl' | 'csv' = 'jsonl';
  let lang: Lang = 'fr';
  let marginalRates = false;
  let jobs = 1;
  let delimiter: ',' | ';' | undefined;
  let payerKind: 'publicFunded' | 'private' | null = null;
  let subsidyRate: number | null = null;
  let cnesstRate: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--csv') output = 'csv';
    else if (arg === '--jobs') {
      const v = argv[++i];
      jobs = v === 'auto' ? availableParallelism() : Number(v);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
        return { error: `--jobs: 1 à 64 ou auto / 1 to 64 or auto (reçu / received: ${v ?? '—'})` };
    } else if (arg === '--delimiter') {
      const v = oneOf('--delimiter', argv[++i], [',', ';'] as const);
      if (typeof v === 'object') return v;
      delimiter = v;
    } else if (arg === '--wage-payer') {
      const v = oneOf('--wage-payer', argv[++i], ['publicFunded', 'private'] as const);
      if (typeof v === 'object') return v;
      payerKind = v;
    } else if (arg === '--wage-subsidy') {
      const v = numberIn('--wage-subsidy', argv[++i], 0, 1);
      if (typeof v === 'object') return v;
      subsidyRate = v;
    } else if (arg === '--cnesst-rate') {
      const v = numberIn('--cnesst-rate', argv[++i], 0, 0.2);
      if (typeof v === 'object') return v;
      cnesstRate = v;
    } else if (arg === '--emtr') marginalRates = true;
    else if (arg === '--input') {
      const v = oneOf('--input', argv[++i], ['jsonl', 'csv'] as const);
      if (typeof v === 'object') return v;
      input = v;
    } else if (arg === '--reform') {
      const v = argv[++i];
      if (!v) return { error: '--reform: fichier JSON de la réforme / reform JSON file' };
      reformFile = v;
    } else if (arg === '--lang') {
      const v = oneOf('--lang', argv[++i], ['fr', 'en'] as const);
      if (typeof v === 'object') return v;
      lang = v;
    } else if (arg.startsWith('--')) return { error: `Option inconnue / unknown option: ${arg}` };
    else file = arg === '-' ? null : arg;
  }
  input ??= file?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl';
  if (payerKind === null && (subsidyRate !== null || cnesstRate !== undefined))
    return {
      error:
        '--wage-subsidy et --cnesst-rate demandent --wage-payer / --wage-subsidy and --cnesst-rate need --wage-payer',
    };
  const options = {
    input,
    output,
    lang,
    marginalRates,
    jobs,
    ...(delimiter ? { delimiter } : {}),
    ...(payerKind
      ? { wagePayer: { kind: payerKind, subsidyRate: subsidyRate ?? 0, cnesstRate } }
      : {}),
  };
  return { file, reformFile, options };
}

type CliFailure = PasserelleFailure | { name: 'InvalidJson'; message: { fr: string; en: string } };

export function failureJson(error: CliFailure, index?: number): string {
  return JSON.stringify(
    { error: index === undefined ? error : { ...error, caseIndex: index } },
    null,
    2,
  );
}

/** The figures of a result without its explanations, for large batches. */
function summaryOf(r: SimulationResult) {
  return {
    label: r.label,
    period: r.period,
    program: r.program,
    monthly: r.monthly,
    annual: r.annual,
    taxYear: r.taxYear,
    comparison: {
      differenceVsNoActivity: r.comparison.differenceVsNoActivity,
      differenceAfterTaxesVsNoActivity: r.comparison.differenceAfterTaxesVsNoActivity,
      netGainPerHour: r.comparison.netGainPerHour,
    },
    marginalRates: r.marginalRates,
    exit: {
      leavesAssistance: r.exit.leavesAssistance,
      hoursPerWeekAtExit: r.exit.hoursPerWeekAtExit,
    },
    unverifiedParameters: r.unverifiedParameters.map((p) => p.id),
  };
}

/** The input's JSON, or the InvalidJson error written out (then the command exits 2). */
export function readJson(inputText: string, io: CliIo): { data: unknown } | null {
  try {
    return { data: JSON.parse(inputText) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    io.out(
      failureJson({
        name: 'InvalidJson',
        message: { fr: `JSON illisible : ${detail}`, en: `Unreadable JSON: ${detail}` },
      }) + '\n',
    );
    return null;
  }
}

export function runCli(args: CliArgs, inputText: string, io: CliIo): 0 | 1 | 2 {
  const read = readJson(inputText, io);
  if (!read) return 2;
  const data = read.data;
  const many = Array.isArray(data);
  const given: unknown[] = many ? (data as unknown[]) : [data];
  // --latest-rules: a year past the data is computed with the latest year's rules, and said.
  const latest = defaultParameters.supportedYears.at(-1)!;
  const shifted = new Map<number, number>();
  const cases = given.map((c, i) => {
    if (!args.latestRules || typeof c !== 'object' || c === null) return c;
    const period = (c as { period?: { year?: unknown } }).period;
    if (typeof period?.year !== 'number' || !Number.isInteger(period.year) || period.year <= latest)
      return c;
    shifted.set(i, period.year);
    return { ...c, period: { ...period, year: latest } };
  });
  const valid: ValidSimulationInput[] = [];
  for (const [index, c] of cases.entries()) {
    const checked = validate(c);
    if (checked.ok) valid.push(checked.value);
    if (!checked.ok) {
      io.out(failureJson(checked.error, many ? index : undefined) + '\n');
      io.err(`${checked.error.message[args.lang]}\n`);
      return 2;
    }
  }
  if (many && args.format === 'json') io.out('[\n');
  for (const [index, c] of cases.entries()) {
    const outcome = simulate(c);
    if (!outcome.ok) {
      io.out(failureJson(outcome.error, many ? index : undefined) + '\n');
      return 1;
    }
    const asked = shifted.get(index);
    const r: SimulationResult =
      asked === undefined
        ? outcome.value
        : {
            ...outcome.value,
            notices: [
              {
                code: 'latestRulesUsed',
                severity: 'warning',
                message: {
                  fr: `Montants de ${latest} : ceux de ${asked} ne sont pas encore intégrés.`,
                  en: `${latest} amounts: those of ${asked} are not in the data yet.`,
                },
              },
              ...outcome.value.notices,
            ],
          };
    if (args.format === 'text') {
      io.out(`${index > 0 ? '\n' : ''}${formatText(r, args.lang, valid[index])}\n`);
    } else {
      const json = JSON.stringify(args.summary ? summaryOf(r) : r, null, 2);
      io.out(
        many ? `${json.replace(/^/gm, '  ')}${index < cases.length - 1 ? ',' : ''}\n` : `${json}\n`,
      );
    }
  }
  if (many && args.format === 'json') io.out(']\n');
  return 0;
}
