/**
 * `passerelle cases [folder | file.yaml …]`: runs golden case files (YAML: name, source, input,
 * expected figures by their place in the result, working) against the rules and prints, for each
 * case, its figures that hold and those that do not. Exit 0 when all hold, 1 otherwise, 2 when a
 * file cannot be read. The test suite runs the same function on the project's `cases/` folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkCase, type CaseOutcome, type Lang } from '@passerelle/rules';
import { parse } from 'yaml';

/** Every `.yaml` file named or under the folders named, sorted. */
export function caseFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (/\.ya?ml$/.test(p)) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

export interface CaseRun {
  readonly file: string;
  readonly outcome: CaseOutcome;
}

/** Reads and checks each file; a file that is not YAML is a failed case naming the file. */
export function runCases(files: readonly string[]): CaseRun[] {
  return files.map((file) => {
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { file, outcome: { name: file, ok: false, lines: [], error: `YAML: ${message}` } };
    }
    return { file, outcome: checkCase(data) };
  });
}

/** One line a case, then one line a figure that does not hold. */
export function casesReport(runs: readonly CaseRun[], lang: Lang): string {
  const fr = lang === 'fr';
  const out: string[] = [];
  for (const { file, outcome } of runs) {
    out.push(`${outcome.ok ? '✔' : '✘'} ${outcome.name} (${file})`);
    if (outcome.error) out.push(`    ${outcome.error}`);
    for (const l of outcome.lines.filter((x) => !x.ok))
      out.push(
        `    ${l.path}: ${fr ? 'attendu' : 'expected'} ${JSON.stringify(l.expected)}, ${fr ? 'obtenu' : 'got'} ${JSON.stringify(l.actual)}`,
      );
  }
  const failed = runs.filter((r) => !r.outcome.ok).length;
  const figures = runs.reduce((n, r) => n + r.outcome.lines.length, 0);
  out.push(
    fr
      ? `${runs.length - failed} cas sur ${runs.length} tiennent (${figures} montants vérifiés).`
      : `${runs.length - failed} of ${runs.length} cases hold (${figures} figures checked).`,
  );
  return `${out.join('\n')}\n`;
}
