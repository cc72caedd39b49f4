#!/usr/bin/env node
/** Entry point: reads the file or stdin, runs the command, never prints a stack trace. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { applyReform } from '@passerelle/rules';
import { BatchInputError, runBatch, type BatchOptions } from './batch.js';
import { decodeText, detectFileEncoding, type InputEncoding } from './encoding.js';
import { runGrid } from './grid.js';
import { caseFiles, casesReport, runCases } from './cases-cli.js';
import { runTimeline } from './timeline-cli.js';
import { parseArgs, parseBatchArgs, runCli, usage, type CliArgs, type CliIo } from './run.js';
import { parseCasesArgs } from './args.js';

/**
 * The input's text: UTF-8, or Windows-1252 when it is not valid UTF-8 (what a French Windows
 * editor saves; said on stderr so that nobody reads « H�l�ne » without a word).
 */
function readInput(file: string | null): string {
  const { text, encoding } = decodeText(readFileSync(file ?? 0));
  if (encoding !== 'utf-8')
    process.stderr.write(
      `Fichier lu en Windows-1252 (il n’est pas en UTF-8) / File read as Windows-1252 (not UTF-8).\n`,
    );
  return text;
}

function unreadable(e: unknown): number {
  const detail = e instanceof Error ? e.message : String(e);
  process.stdout.write(
    JSON.stringify(
      {
        error: {
          name: 'UnreadableInput',
          message: { fr: `Lecture impossible : ${detail}`, en: `Cannot read input: ${detail}` },
        },
      },
      null,
      2,
    ) + '\n',
  );
  return 2;
}

/** Whether the batch wrote a progress line (an error message then starts on a new line). */
let progressShown = false;

async function batch(argv: readonly string[]): Promise<number> {
  const parsed = parseBatchArgs(argv);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n\n${usage}\n`);
    return 2;
  }
  let reform: BatchOptions['reform'];
  if (parsed.reformFile) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(parsed.reformFile, 'utf8'));
    } catch (e) {
      return unreadable(e);
    }
    const applied = applyReform(json);
    if (!applied.ok) {
      process.stdout.write(`${JSON.stringify({ error: applied.error }, null, 2)}\n`);
      return 2;
    }
    reform = { name: (json as { name: string }).name, definition: json };
  }
  let totalBytes: number | undefined;
  let encoding: InputEncoding = 'utf-8';
  try {
    totalBytes = parsed.file ? statSync(parsed.file).size : undefined;
    // A file that is not valid UTF-8 is read as Windows-1252 (what a French spreadsheet saves).
    if (parsed.file) encoding = await detectFileEncoding(parsed.file);
  } catch (e) {
    return unreadable(e);
  }
  try {
    const summary = await runBatch(
      parsed.file ? createReadStream(parsed.file) : process.stdin,
      { ...parsed.options, reform, totalBytes, encoding },
      (chunk) => process.stdout.write(chunk),
      (line) => {
        progressShown = true;
        process.stderr.write(line);
      },
    );
    process.stderr.write(
      `${JSON.stringify({
        summary: {
          ...summary,
          casesPerSecond: Math.round(summary.rows / Math.max(summary.seconds, 0.001)),
          // Peak resident memory of the process: constant whatever the number of rows.
          peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
        },
      })}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof BatchInputError) {
      // Below the progress line, never glued to it.
      process.stderr.write(`${progressShown ? '\n' : ''}${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const stdio: CliIo = {
  out: (chunk) => process.stdout.write(chunk),
  err: (chunk) => process.stderr.write(chunk),
};

/** Parses a command's arguments and reads its input, then runs it; bad arguments or files exit 2. */
function withInput(argv: readonly string[], run: (args: CliArgs, text: string) => number): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let text: string;
  try {
    text = readInput(args.file);
  } catch (e) {
    return unreadable(e);
  }
  return run(args, text);
}

// A reader that stops early (`passerelle batch … | head`) is not an error: end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'batch') return batch(rest);
  if (command === 'grid')
    return withInput(rest, (_args, text) => {
      const out = runGrid(text);
      process.stdout.write(out.stdout);
      return out.code;
    });
  if (command === 'timeline')
    return withInput(rest, (args, text) => runTimeline(args, text, stdio));
  if (command === 'cases') {
    const args = parseCasesArgs(rest);
    if ('error' in args) {
      process.stderr.write(`${args.error}\n\n${usage}\n`);
      return 2;
    }
    const { paths, lang } = args;
    let runs;
    try {
      runs = runCases(caseFiles(paths));
    } catch (e) {
      return unreadable(e);
    }
    process.stdout.write(casesReport(runs, lang));
    return runs.every((r) => r.outcome.ok) ? 0 : 1;
  }
  return withInput(process.argv.slice(2), (args, text) => runCli(args, text, stdio));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stdout.write(
      JSON.stringify({
        error: {
          name: 'InternalError',
          message: { fr: 'Erreur interne inattendue.', en: 'Unexpected internal error.' },
          detail: e instanceof Error ? e.message : String(e),
        },
      }) + '\n',
    );
    process.exitCode = 1;
  },
);
