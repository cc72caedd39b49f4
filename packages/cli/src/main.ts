#!/usr/bin/env node
/** Entry point: reads the file or stdin, runs the simulation, never prints a stack trace. */
import { readFileSync } from 'node:fs';
import { parseArgs, runCli, usage } from './run.js';

function main(): number {
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
    text = readFileSync(args.file ?? 0, 'utf8');
  } catch (e) {
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
  return runCli(args, text, {
    out: (chunk) => process.stdout.write(chunk),
    err: (chunk) => process.stderr.write(chunk),
  });
}

try {
  process.exitCode = main();
} catch (e) {
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
}
