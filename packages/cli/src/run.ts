/**
 * The command line as a pure function of (arguments, input text) → (exit code, stdout, stderr),
 * so that it is tested without spawning a process.
 */
import {
  simulate,
  type Lang,
  type PasserelleFailure,
  type SimulationResult,
} from '@passerelle/rules';
import { formatText } from './format-text.js';

export interface CliOutput {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliArgs {
  readonly file: string | null;
  readonly format: 'json' | 'text';
  readonly lang: Lang;
  readonly help: boolean;
}

export const usage = `Usage : passerelle [fichier.json | -] [--format json|text] [--lang fr|en]

Lit un cas (objet JSON) ou plusieurs cas (tableau JSON) depuis le fichier ou l'entrée standard,
et écrit les résultats en JSON sur la sortie standard. Données invalides : code de sortie 2 et
une erreur JSON qui nomme le champ, en français et en anglais.

Reads one case (JSON object) or several (JSON array) from the file or standard input and writes
the results as JSON to standard output. Invalid input: exit code 2 and a JSON error naming the field.`;

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  let file: string | null = null;
  let format: 'json' | 'text' = 'json';
  let lang: Lang = 'fr';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--format') {
      const v = argv[++i];
      if (v !== 'json' && v !== 'text')
        return { error: `--format: json | text (reçu : ${v ?? '—'})` };
      format = v;
    } else if (arg === '--lang') {
      const v = argv[++i];
      if (v !== 'fr' && v !== 'en') return { error: `--lang: fr | en (reçu : ${v ?? '—'})` };
      lang = v;
    } else if (arg.startsWith('--')) return { error: `Option inconnue / unknown option: ${arg}` };
    else file = arg === '-' ? null : arg;
  }
  return { file, format, lang, help };
}

function failureJson(
  error: PasserelleFailure | { name: 'InvalidJson'; message: { fr: string; en: string } },
  index?: number,
): string {
  return JSON.stringify(
    { error: index === undefined ? error : { ...error, caseIndex: index } },
    null,
    2,
  );
}

export function runCli(args: CliArgs, inputText: string): CliOutput {
  let data: unknown;
  try {
    data = JSON.parse(inputText);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      code: 2,
      stdout:
        failureJson({
          name: 'InvalidJson',
          message: { fr: `JSON illisible : ${detail}`, en: `Unreadable JSON: ${detail}` },
        }) + '\n',
      stderr: '',
    };
  }
  const cases = Array.isArray(data) ? data : [data];
  const results: SimulationResult[] = [];
  for (const [index, c] of cases.entries()) {
    const outcome = simulate(c);
    if (!outcome.ok) {
      return {
        code: 2,
        stdout: failureJson(outcome.error, Array.isArray(data) ? index : undefined) + '\n',
        stderr: `${outcome.error.message[args.lang]}\n`,
      };
    }
    results.push(outcome.value);
  }
  const stdout =
    args.format === 'text'
      ? results.map((r) => formatText(r, args.lang)).join('\n\n') + '\n'
      : JSON.stringify(Array.isArray(data) ? results : results[0], null, 2) + '\n';
  return { code: 0, stdout, stderr: '' };
}
