import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, runCli } from '../src/run.js';
import { runTimeline } from '../src/timeline-cli.js';
import { simulate } from '@passerelle/rules';

const args = {
  file: null,
  format: 'json',
  lang: 'fr',
  summary: false,
  help: false,
  latestRules: false,
} as const;

function run(a: Parameters<typeof runCli>[0], text: string) {
  let stdout = '';
  let stderr = '';
  const code = runCli(a, text, { out: (c) => (stdout += c), err: (c) => (stderr += c) });
  return { code, stdout, stderr };
}
const marc = {
  period: { year: 2026, month: 6 },
  household: {
    adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } }],
  },
};

describe('passerelle CLI', () => {
  it('one case in, one result out', () => {
    const out = run(args, JSON.stringify(marc));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).monthly.disposableIncome).toBe(1638.56);
  });
  it('an array of cases in, an array of results out', () => {
    const out = run(args, JSON.stringify([marc, marc]));
    expect(JSON.parse(out.stdout)).toHaveLength(2);
  });
  it('bad input: exit 2 and a JSON error naming the field, in French and English', () => {
    const bad = {
      ...marc,
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: -3 } } },
        ],
      },
    };
    const out = run(args, JSON.stringify([marc, bad]));
    expect(out.code).toBe(2);
    const { error } = JSON.parse(out.stdout);
    expect(error.caseIndex).toBe(1);
    expect(error.info.issues[0].field).toBe('household.adults.0.activity.wage.hoursPerWeek');
    expect(error.message.fr).toContain('Heures par semaine');
    expect(error.message.en).toContain('Hours per week');
  });
  it('unreadable JSON: exit 2, no stack trace', () => {
    const out = run(args, '{ nope');
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout).error.name).toBe('InvalidJson');
    expect(out.stdout).not.toMatch(/at .*\.js:\d+/);
  });
  it('text format in English', () => {
    const out = run({ ...args, format: 'text', lang: 'en' }, JSON.stringify(marc));
    expect(out.stdout).toContain('Month total, before taxes and credits');
    expect(out.stdout).toContain('$1,638.56');
    expect(out.stdout).toContain('With 10 hours a week at the minimum wage: $');
  });
  it('text format says the headline, the cliff, the next hour and the coverage in words, and counts the unverified parameters', () => {
    const out = run({ ...args, format: 'text' }, JSON.stringify(marc));
    const r = simulate(marc);
    if (!r.ok) throw new Error();
    expect(out.stdout).toContain(r.value.moneyPerMonth.headline.fr);
    expect(out.stdout).toContain(
      'Vers 22,6 h par semaine, l’aide s’arrête ; à 22,5 h, vous avez encore un chèque. Entre 22,5 h et',
    );
    expect(out.stdout).toContain('Une heure de plus par semaine vous rapporterait');
    expect(out.stdout).toContain(
      'Médicaments, soins dentaires et de la vue : couverts par votre carnet',
    );
    // A count and a pointer, not dozens of parameter ids (the JSON keeps the list).
    expect(out.stdout).toMatch(/Paramètres non vérifiés à une source officielle : \d+ \(/);
    expect(out.stdout).toContain('docs/reference/parameters.md');
    expect(out.stdout).not.toContain('lastResort.');
    expect(out.stdout).not.toContain('credits.');
  });
  it('text format past the exit: one year figure, the headline’s, not the cliff’s at other hours', () => {
    // 24 h with the work premium supplement (36 of 42 months): the headline gains over the year,
    // the cliff read at 23 h loses; both printed side by side read as two answers (review).
    const at24 = {
      ...marc,
      household: {
        adults: [{ ...marc.household.adults[0], activity: { wage: { hoursPerWeek: 24 } } }],
      },
      options: { longTermRecipient: true },
    };
    const out = run({ ...args, format: 'text' }, JSON.stringify(at24)).stdout;
    const r = simulate(at24);
    if (!r.ok) throw new Error();
    expect(out).toContain(r.value.moneyPerMonth.headline.fr);
    expect(r.value.moneyPerMonth.headline.fr).toContain('Sur un an');
    expect(out).toContain('Vers 22,6 h par semaine, l’aide s’arrête');
    expect(out).not.toMatch(/à 23 h qu’à 22,5 h/);
  });
  it('--summary writes the figures without explanations', () => {
    const out = run({ ...args, summary: true }, JSON.stringify([marc, marc]));
    const parsed = JSON.parse(out.stdout);
    expect(parsed).toHaveLength(2);
    expect(parsed[0].lines).toBeUndefined();
    expect(parsed[0].taxYear.disposableIncome).toBeGreaterThan(0);
  });
  it('rejects unknown options', () => {
    expect(parseArgs(['--nope'])).toHaveProperty('error');
  });
  it('the built binary reads stdin and exits 2 on bad input', () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const ok = execFileSync('node', [main], { input: JSON.stringify(marc) }).toString();
    expect(JSON.parse(ok).program).toBe('socialSolidarity');
    const bad = spawnSync('node', [main], { input: '{"period":{"year":2025}}' });
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout.toString()).error.name).toBe('InvalidInput');
    expect(bad.stderr.toString()).not.toContain('    at ');
  });
});

describe('a year past the data', () => {
  const in2027 = { ...marc, period: { year: 2027, month: 1 } };
  it('is refused with the years available, unless --latest-rules, which says which year it shows', () => {
    const refused = run(args, JSON.stringify(in2027));
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error.name).toBe('UnsupportedPeriod');
    const latest = run({ ...args, latestRules: true, format: 'text' }, JSON.stringify(in2027));
    expect(latest.code).toBe(0);
    expect(latest.stdout).toContain('Montants de 2026 : ceux de 2027 ne sont pas encore intégrés.');
    const json = run({ ...args, latestRules: true }, JSON.stringify(in2027));
    expect(JSON.parse(json.stdout).notices[0].code).toBe('latestRulesUsed');
    expect(parseArgs(['--latest-rules'])).toMatchObject({ latestRules: true });
  });
});

describe('passerelle timeline', () => {
  const example = readFileSync(
    fileURLToPath(new URL('../../../docs/examples/timeline-marc.json', import.meta.url)),
    'utf8',
  );
  it('writes the library’s timeline as JSON, and month lines with events in words as text', () => {
    const json = runTimelineCli({ ...args }, example);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.months).toHaveLength(12);
    expect(parsed.milestones.assistanceStops).toEqual({ year: 2026, month: 6 });
    const text = runTimelineCli({ ...args, format: 'text' }, example);
    expect(text.stdout).toContain('mars 2026 — Chèque réduit : les revenus de février 2026');
    expect(text.stdout).toContain('mai 2026 — Chèque réduit : les revenus d’avril 2026');
    // June 2026 is the first month without a cheque: the first of the 48 kept, 47 more after it.
    expect(text.stdout).toMatch(/juin 2026 .*gardé \(encore 47 mois\)/);
    const en = runTimelineCli({ ...args, format: 'text', lang: 'en' }, example);
    expect(en.stdout).toContain('June 2026 — No assistance cheque');
  });
  it('refuses a bad timeline with exit 2 and the field', () => {
    const out = runTimelineCli(args, JSON.stringify({ ...JSON.parse(example), months: 40 }));
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout).error.info.issues[0].field).toBe('months');
  });
  it('the built binary has the timeline command', () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const file = fileURLToPath(
      new URL('../../../docs/examples/timeline-marc.json', import.meta.url),
    );
    const out = execFileSync('node', [main, 'timeline', file, '--format', 'text']).toString();
    expect(out).toContain('Total des 12 mois');
  });
});

function runTimelineCli(a: Parameters<typeof runTimeline>[0], text: string) {
  let stdout = '';
  let stderr = '';
  const code = runTimeline(a, text, { out: (c) => (stdout += c), err: (c) => (stderr += c) });
  return { code, stdout, stderr };
}

describe('hardening', () => {
  it('text output strips terminal control and bidi-override characters from labels', () => {
    const out = run(
      { ...args, format: 'text' },
      JSON.stringify({ ...marc, label: 'Marc\u001b[31m\u202etxet' }),
    );
    expect(out.stdout.split('\n')[0]).toBe(
      'Marc[31mtxet — Programme de solidarité sociale — 2026-06-01',
    );
  });
  it('a reader that stops early ends the command quietly (EPIPE, exit 0)', () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const file = join(mkdtempSync(join(tmpdir(), 'passerelle-epipe-')), 'cases.jsonl');
    writeFileSync(file, `${JSON.stringify(marc)}\n`.repeat(3000));
    // 3 000 rows of CSV out, of which `head` reads 10 bytes: the batch meets a closed pipe.
    const r = spawnSync('bash', [
      '-c',
      `node ${main} batch ${file} --csv | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`,
    ]);
    expect(r.stderr.toString()).not.toContain('EPIPE');
    expect(r.stderr.toString()).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(0);
  });
});

describe('December edges of the single-case and timeline commands', () => {
  it('reads a file that starts with a byte-order mark, as batch does', () => {
    const out = run(args, `\uFEFF${JSON.stringify(marc)}`);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).monthly.disposableIncome).toBe(1638.56);
  });
  it('names the month of a wrong value in a timeline, in its message to a person', () => {
    let stdout = '';
    let stderr = '';
    const code = runTimeline(
      args,
      JSON.stringify({
        start: { year: 2026, month: 1 },
        months: 12,
        household: { adults: [{ age: 34, program: 'socialSolidarity' }] },
        activity: [{}, {}, { wage: { hoursPerWeek: -1 } }],
      }),
      { out: (c) => (stdout += c), err: (c) => (stderr += c) },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('Mois 3 (mars 2026) — Heures par semaine');
    expect(JSON.parse(stdout).error.message.en).toContain('Month 3 (March 2026) — Hours per week');
  });
  it('counts the claim booklet’s months after this one, and says « 1 more month » in English', () => {
    let stdout = '';
    runTimeline(
      { ...args, format: 'text', lang: 'en' },
      JSON.stringify({
        label: 'two\nlines',
        start: { year: 2026, month: 1 },
        months: 12,
        household: { adults: [{ age: 34, program: 'socialAssistance' }] },
        activity: Array.from({ length: 12 }, () => ({ wage: { hoursPerWeek: 35 } })),
      }),
      { out: (c) => (stdout += c), err: () => undefined },
    );
    // Assistance stops in February (January's pay): kept February to July, lost in August.
    expect(stdout).toMatch(/February 2026.*kept \(5 more months\)/);
    expect(stdout).toMatch(/June 2026.*kept \(1 more month\)/);
    expect(stdout).toMatch(/July 2026.*kept \(last month\)/);
    expect(stdout).toMatch(/August 2026.*\bno\b/);
    expect(stdout.split('\n')[0]).toBe('two lines');
  });
});

describe('a single case or a timeline saved in Windows-1252', () => {
  it('is read as such, never as « H�l�ne »; UTF-16 is refused by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-1252-'));
    const file = join(dir, 'cas.json');
    writeFileSync(file, Buffer.from(JSON.stringify({ ...marc, label: 'Hélène' }), 'latin1'));
    const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const run1252 = spawnSync('node', [cli, file, '--summary'], { encoding: 'utf8' });
    expect(run1252.status).toBe(0);
    expect(JSON.parse(run1252.stdout).label).toBe('Hélène');
    expect(run1252.stderr).toContain('Windows-1252');
    writeFileSync(file, Buffer.from(`\uFEFF${JSON.stringify(marc)}`, 'utf16le'));
    const run16 = spawnSync('node', [cli, file], { encoding: 'utf8' });
    expect(run16.status).toBe(2);
    expect(run16.stdout).toContain('UTF-16');
  });
});
