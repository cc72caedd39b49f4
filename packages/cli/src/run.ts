/**
 * The command line as a function of (arguments, input text, writer) → exit code, so that it is
 * tested without spawning a process. Every case is validated before any result is written; results
 * are then written one by one, so a large batch never builds one giant string.
 */
import {
  defaultParameters,
  simulate,
  validate,
  type PasserelleFailure,
  type SimulationResult,
  type ValidSimulationInput,
} from '@passerelle/rules';
import type { CliArgs } from './args.js';
import { formatText } from './format-text.js';

export { parseArgs, parseBatchArgs, type BatchArgs, type CliArgs } from './args.js';

export interface CliIo {
  readonly out: (chunk: string) => void;
  readonly err: (chunk: string) => void;
}

export const usage = `Usage : passerelle [fichier.json | -] [--format json|text] [--summary] [--lang fr|en] [--latest-rules]
        passerelle batch [cas.jsonl | cas.csv | -] [--input jsonl|csv] [--delimiter ,|;] [--csv] [--emtr]
                         [--reform reforme.json] [--jobs N|auto (défaut / default)] [--lang fr|en]
                         [--wage-payer publicFunded|private [--wage-subsidy 0..1] [--cnesst-rate r]]
        passerelle grid comparaison.json
        passerelle timeline periode.json [--format json|text] [--lang fr|en]
        passerelle cases [dossier | cas.yaml …] [--lang fr|en]

Lit un cas (objet JSON) ou plusieurs cas (tableau JSON) depuis le fichier ou l’entrée standard,
et écrit les résultats en JSON sur la sortie standard. --summary n’écrit que les totaux (sans les
explications). --latest-rules calcule une année qui n’est pas encore dans les données avec les règles
de la dernière année intégrée, et le résultat le dit. Données invalides : code de sortie 2 et une erreur JSON qui nomme le champ, en
français et en anglais.

Reads one case (JSON object) or several (JSON array) from the file or standard input and writes
the results as JSON to standard output; --summary writes totals only (no explanations); --latest-rules computes a year not in the data yet with the latest
year’s rules, and the result says so. Invalid
input: exit code 2 and a JSON error naming the field. \`timeline\` computes 12 to 24 months from a
start month with the activity month by month (see docs/examples/timeline-marc.json).`;

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
    // A byte-order mark (what some Windows editors write first) is not part of the JSON.
    return { data: JSON.parse(inputText.replace(/^\uFEFF/, '')) };
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
