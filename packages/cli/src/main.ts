#!/usr/bin/env node
/** Entry point: reads the file or stdin, runs the command, never prints a stack trace. */
import { createReadStream, readFileSync } from 'node:fs';
import { runBatch } from './batch.js';
import { runGrid } from './grid.js';
import { parseArgs, runCli, usage } from './run.js';

function readInput(file: string | null): string {
  return readFileSync(file ?? 0, 'utf8');
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

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'batch' || command === 'grid') {
    const parsed = parseArgs(rest.filter((a) => a !== '--csv' && a !== '--emtr'));
    if ('error' in parsed) {
      process.stderr.write(`${parsed.error}\n\n${usage}\n`);
      return 2;
    }
    if (command === 'grid') {
      let text: string;
      try {
        text = readInput(parsed.file);
      } catch (e) {
        return unreadable(e);
      }
      const out = runGrid(text);
      process.stdout.write(out.stdout);
      return out.code;
    }
    const input = parsed.file ? createReadStream(parsed.file) : process.stdin;
    const summary = await runBatch(
      input,
      {
        output: rest.includes('--csv') ? 'csv' : 'jsonl',
        lang: parsed.lang,
        marginalRates: rest.includes('--emtr'),
      },
      (chunk) => process.stdout.write(chunk),
      (line) => process.stderr.write(line),
    );
    process.stderr.write(
      `${JSON.stringify({ summary: { ...summary, casesPerSecond: Math.round(summary.rows / Math.max(summary.seconds, 0.001)) } })}\n`,
    );
    return 0;
  }
  const args = parseArgs(process.argv.slice(2));
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
  return runCli(args, text, {
    out: (chunk) => process.stdout.write(chunk),
    err: (chunk) => process.stderr.write(chunk),
  });
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
