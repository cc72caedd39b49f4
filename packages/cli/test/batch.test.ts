import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFileEncoding } from '../src/encoding.js';
import { runStudy, studyCsv, studyCsvColumns } from '@passerelle/rules';
import { BatchInputError, runBatch, type BatchOptions } from '../src/batch.js';
import { progressLine } from '../src/progress.js';
import { autoJobs } from '../src/args.js';
import { parseBatchArgs } from '../src/run.js';
import { runGrid } from '../src/grid.js';

const marc = (hours: number) => ({
  period: { year: 2026, month: 6 },
  household: {
    adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: hours } } }],
  },
});

const exclusion400 = {
  name: 'Exclusion 400 $',
  overrides: [
    { parameter: 'lastResort.workIncomeExclusion.singleAdult', from: '2026-01-01', value: 400 },
  ],
};

const csvOptions = { input: 'jsonl', output: 'csv', lang: 'fr', marginalRates: false } as const;

async function batch(text: string, options: BatchOptions = csvOptions) {
  let out = '';
  const summary = await runBatch(
    Readable.from(text),
    options,
    (c) => (out += c),
    () => {},
  );
  const [header, ...rows] = out.trim().split('\n');
  const names = header!.split(',');
  // Cells by column name (these rows hold no quoted commas).
  const cells = rows.map((r) => Object.fromEntries(r.split(',').map((c, i) => [names[i], c])));
  return { summary, out, header: header!, rows, cells };
}

describe('passerelle batch', () => {
  it('malformed rows get an error and do not stop the batch', async () => {
    const lines = [
      JSON.stringify(marc(10)),
      '{ nope',
      JSON.stringify({ ...marc(10), period: { year: 2031, month: 1 } }),
      '',
      JSON.stringify(marc(20)),
    ];
    const { summary, header, rows, cells } = await batch(lines.join('\n'));
    expect(summary).toMatchObject({ rows: 4, ok: 2, failed: 2 });
    expect(rows).toHaveLength(4);
    expect(header).toContain('netPublicCost');
    expect(rows[1]).toContain('JSON illisible');
    expect(rows[2]).toContain('2031');
    // Persona 1 (Marc), 10 h at the minimum wage in June 2026: see packages/rules/test/personas.test.ts.
    expect(cells[0]!['disposableIncomeMonthly']).toBe('1638.56');
    expect(cells[0]!['disposableIncomeAfterTaxes']).toBe('23642.65');
    expect(cells[0]!['model']).toBe('wage');
  });

  it('a failed row keeps its label (CSV and JSON Lines), neutralized like any cell', async () => {
    const failing = JSON.stringify({
      ...marc(10),
      label: 'Zed, 2031',
      period: { year: 2031, month: 1 },
    });
    const planted = JSON.stringify({ ...marc(10), label: '=HYPERLINK("x")', household: {} });
    const { cells, rows } = await batch(`${failing}\n${planted}\n`);
    expect(rows[0]).toMatch(/^1,"Zed, 2031",,/);
    expect(rows[0]).toContain('2031');
    expect(cells[1]!['label']).toBe(`"'=HYPERLINK(""x"")"`);
    let out = '';
    await runBatch(
      Readable.from(`${failing}\n`),
      { ...csvOptions, output: 'jsonl' },
      (c) => (out += c),
      () => {},
    );
    expect(JSON.parse(out)).toMatchObject({ row: 1, label: 'Zed, 2031' });
  });

  it('JSON Lines out, one object a line, with the marginal rates on request', async () => {
    let out = '';
    await runBatch(
      Readable.from(`${JSON.stringify(marc(10))}\n`),
      { ...csvOptions, output: 'jsonl', lang: 'en', marginalRates: true },
      (c) => (out += c),
      () => {},
    );
    const row = JSON.parse(out.trim());
    expect(row.taxYear.disposableIncome).toBe(23642.65);
    expect(row.marginalRates.oneMoreHour.rate).toBeGreaterThan(0);
    expect(row.publicCost.total).toBe(14981.05);
  });

  it('reads CSV whose header holds the paths of the JSON input: same figures as JSON Lines', async () => {
    const csv = [
      'label,period.year,period.month,household.adults.0.age,household.adults.0.program,household.adults.0.activity.wage.hoursPerWeek,household.adults.1.age,household.adults.1.program',
      '"Marc, 10 h",2026,6,34,socialSolidarity,10,,',
      'Karim et Julie,2026,6,41,socialAssistance,15,38,socialAssistance',
      'trop court,2026',
    ].join('\n');
    const fromCsv = await batch(csv, { ...csvOptions, input: 'csv' });
    const couple = {
      label: 'Karim et Julie',
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 41, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 15 } } },
          { age: 38, program: 'socialAssistance' },
        ],
      },
    };
    const fromJson = await batch(
      [JSON.stringify({ ...marc(10), label: 'Marc, 10 h' }), JSON.stringify(couple)].join('\n'),
    );
    expect(fromCsv.summary).toMatchObject({ rows: 3, ok: 2, failed: 1 });
    expect(fromCsv.rows[0]).toBe(fromJson.rows[0]);
    expect(fromCsv.rows[1]).toBe(fromJson.rows[1]);
    expect(fromCsv.rows[0]).toContain('"Marc, 10 h"');
    expect(fromCsv.rows[2]).toContain('l’en-tête en a 8');
  });

  it('reads a family from CSV (children, their flags, TRUE/FALSE as a spreadsheet writes them)', async () => {
    const csv = [
      'label,period.year,period.month,household.adults.0.age,household.adults.0.program,household.adults.0.disabilityTaxCredit,household.children.0.age,household.children.0.disability,household.children.0.paidChildcare',
      'Amélie,2026,6,30,socialAssistance,FALSE,4,TRUE,false',
    ].join('\n');
    const family = {
      label: 'Amélie',
      period: { year: 2026, month: 6 },
      household: {
        adults: [{ age: 30, program: 'socialAssistance', disabilityTaxCredit: false }],
        children: [{ age: 4, disability: true, paidChildcare: false }],
      },
    };
    const fromCsv = await batch(csv, { ...csvOptions, input: 'csv' });
    const fromJson = await batch(JSON.stringify(family));
    expect(fromCsv.summary).toMatchObject({ rows: 1, ok: 1, failed: 0 });
    expect(fromCsv.rows[0]).toBe(fromJson.rows[0]);
    // The Allocation famille carries the handicapped child supplement: 4 272 + 2 892 $.
    expect(fromCsv.cells[0]!['familyAllowance']).toBe('7164');
    expect(fromCsv.cells[0]!['canadaChildBenefit']).toBe('8157');
  });

  it('refuses a CSV header that reaches an object prototype', async () => {
    await expect(
      batch('label,__proto__.polluted\nx,1', { ...csvOptions, input: 'csv' }),
    ).rejects.toThrow(BatchInputError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads a French spreadsheet CSV (; and decimal commas, with a BOM): same figures', async () => {
    const comma = [
      'label,period.year,period.month,household.adults.0.age,household.adults.0.program,household.adults.0.activity.wage.hoursPerWeek',
      'Marc,2026,6,34,socialSolidarity,12.5',
    ].join('\n');
    const semicolon = [
      '\uFEFFlabel;period.year;period.month;household.adults.0.age;household.adults.0.program;household.adults.0.activity.wage.hoursPerWeek',
      'Marc;2026;6;34;socialSolidarity;12,5',
    ].join('\r\n');
    const a = await batch(comma, { ...csvOptions, input: 'csv' });
    const b = await batch(semicolon, { ...csvOptions, input: 'csv' });
    expect(b.summary).toMatchObject({ rows: 1, ok: 1, failed: 0 });
    expect(b.rows[0]).toBe(a.rows[0]);
    // The delimiter can also be given (--delimiter ;) rather than detected.
    const c = await batch(semicolon, { ...csvOptions, input: 'csv', delimiter: ';' });
    expect(c.rows[0]).toBe(a.rows[0]);
  });

  it('refuses, before writing anything, a CSV header naming a field the input does not have', async () => {
    for (const header of [
      'label,household.adults.0.salary',
      'label,household.hasOwnProperty.call',
      'label,household.adults.99999999.age',
      'label,constructor.prototype.x',
      // The same field twice (one would be silently ignored), also once trimmed; a nameless column.
      'label,period.year,period.year',
      'label,period.year ,period.year',
      'label,,period.year',
    ]) {
      let out = '';
      const run = runBatch(
        Readable.from(`${header}\nx,1\n`),
        { ...csvOptions, input: 'csv' },
        (ch) => (out += ch),
        () => {},
      );
      await expect(run, header).rejects.toThrow(BatchInputError);
      expect(out, header).toBe('');
    }
  });

  it('accepts a trailing delimiter on the header, and refuses a cell under that nameless column', async () => {
    const csv = [
      'label;period.year;period.month;household.adults.0.age;household.adults.0.program;',
      'ok;2026;6;34;socialSolidarity;',
      'stray;2026;6;34;socialSolidarity;42',
    ].join('\n');
    const { summary, rows } = await batch(csv, { ...csvOptions, input: 'csv' });
    expect(summary).toMatchObject({ rows: 2, ok: 1, failed: 1 });
    expect(rows[1]).toContain('colonne sans nom');
  });

  it('accepts a BOM on JSON Lines and refuses UTF-16 input with a clear error', async () => {
    const withBom = await batch(`\uFEFF${JSON.stringify(marc(10))}\n`);
    expect(withBom.summary).toMatchObject({ rows: 1, ok: 1 });
    expect(withBom.cells[0]!['disposableIncomeMonthly']).toBe('1638.56');
    const utf16 = Buffer.from(`\uFEFF${JSON.stringify(marc(10))}\n`, 'utf16le');
    let out = '';
    await expect(
      runBatch(
        Readable.from([utf16]),
        csvOptions,
        (c) => (out += c),
        () => {},
      ),
    ).rejects.toThrow(/UTF-16/);
    // Refused before anything is written, as a bad CSV header is.
    expect(out).toBe('');
  });

  it('computes every row under a reform too and writes the differences', async () => {
    const { cells } = await batch(JSON.stringify(marc(10)), {
      ...csvOptions,
      reform: { name: 'Exclusion 400 $', definition: exclusion400 },
    });
    const row = cells[0]!;
    expect(row['reform']).toBe('Exclusion 400 $');
    // 200 $ more excluded, less the 25 % supplement on that 200 $ (RAPF 154.1): +150 $ a month.
    expect(Number(row['reformBenefitMonthly']) - Number(row['benefitMonthly'])).toBeCloseTo(150, 2);
    expect(Number(row['reformPublicCostChange'])).toBeCloseTo(
      Number(row['reformGainAfterTaxes']),
      2,
    );
  });

  it('gives the same output, in the same order, with worker threads (--jobs)', async () => {
    // Mixed rows (programs, months, hours, bad rows) over several chunks of 1 000 rows.
    const rows = Array.from({ length: 2_500 }, (_, i) =>
      i % 397 === 0
        ? '{ nope'
        : JSON.stringify({
            label: `cas ${i}`,
            period: { year: 2026, month: 1 + (i % 12) },
            household: {
              adults: [
                {
                  age: 19 + (i % 45),
                  program: ['socialAssistance', 'socialSolidarity', 'basicIncome'][i % 3],
                  activity: { wage: { hoursPerWeek: (i % 400) / 10 } },
                },
              ],
            },
          }),
    ).join('\n');
    const options = {
      ...csvOptions,
      marginalRates: true,
      reform: { name: 'x', definition: exclusion400 },
    };
    const one = await batch(rows, options);
    const two = await batch(rows, {
      ...options,
      jobs: 2,
      // The tests run the TypeScript sources; the worker thread runs the built module.
      workerUrl: new URL('../dist/batch-worker.js', import.meta.url),
    });
    expect(two.summary).toMatchObject({ rows: 2_500, failed: 7 });
    expect(two.out).toBe(one.out);
  });

  it('fails, without hanging, when a worker thread cannot start', async () => {
    await expect(
      batch(JSON.stringify(marc(10)), {
        ...csvOptions,
        jobs: 2,
        workerUrl: new URL('../dist/no-such-worker.js', import.meta.url),
      }),
    ).rejects.toThrow();
  });

  // The issue asks for a 100 000-row batch in CI under one minute; this machine does it in ~8 s.
  it('streams 100 000 rows in under a minute, one output line each', async () => {
    function* rows() {
      for (let i = 0; i < 100_000; i++) yield `${JSON.stringify(marc((i % 400) / 10))}\n`;
    }
    let lines = 0;
    const started = performance.now();
    const summary = await runBatch(
      Readable.from(rows()),
      csvOptions,
      (c) => (lines += c.split('\n').length - 1),
      () => {},
    );
    const seconds = (performance.now() - started) / 1000;
    expect(summary.failed).toBe(0);
    expect(lines).toBe(100_001);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});

describe('batch arguments and progress', () => {
  it('takes the input format from the extension unless told', () => {
    expect(parseBatchArgs(['cas.csv'])).toMatchObject({ options: { input: 'csv' } });
    expect(parseBatchArgs(['cas.jsonl', '--csv'])).toMatchObject({
      options: { input: 'jsonl', output: 'csv' },
    });
    expect(parseBatchArgs(['--input', 'csv'])).toMatchObject({
      file: null,
      options: { input: 'csv' },
    });
    expect(parseBatchArgs(['--input', 'xml'])).toHaveProperty('error');
    expect(parseBatchArgs(['x.csv', '--reform', 'r.json'])).toMatchObject({ reformFile: 'r.json' });
    expect(parseBatchArgs(['x.csv'])).toMatchObject({ options: { jobs: autoJobs() } });
    expect(parseBatchArgs(['x.csv', '--jobs', '2', '--jobs', '3'])).toHaveProperty('error');
    expect(parseBatchArgs(['x.csv', '--bogus'])).toEqual({
      error: 'Option inconnue / unknown option: --bogus',
    });
    expect(parseBatchArgs(['x.csv', '--jobs'])).toHaveProperty('error');
    expect(parseBatchArgs(['-'])).toMatchObject({ file: null });
    expect(parseBatchArgs(['x.csv', '--jobs', '3'])).toMatchObject({ options: { jobs: 3 } });
    expect(parseBatchArgs(['x.csv', '--jobs', 'auto'])).toMatchObject({
      options: { jobs: expect.any(Number) },
    });
    expect(parseBatchArgs(['x.csv', '--jobs', '0'])).toHaveProperty('error');
    expect(parseBatchArgs(['x.csv', '--delimiter', ';'])).toMatchObject({
      options: { delimiter: ';' },
    });
    expect(parseBatchArgs(['x.csv', '--delimiter', 'tab'])).toHaveProperty('error');
  });

  it('shows a bar, a percentage and the time left when the size is known', () => {
    const line = progressLine({
      rows: 50_000,
      seconds: 5,
      bytes: 500,
      totalBytes: 1000,
      lang: 'fr',
    });
    expect(line).toContain('50 %');
    expect(line).toContain('10\u00a0000 cas/s');
    expect(line).toContain('reste ~5 s');
    expect(progressLine({ rows: 10, seconds: 2, bytes: 1, lang: 'en' })).toBe(
      '\r10 cases · 5 cases/s',
    );
  });
});

describe('batch: CSV rows whose quoted cells span lines', () => {
  it('joins the lines of a quoted cell, keeps the row count, reports a cell never closed', async () => {
    const csv = [
      'label,period.year,period.month,household.adults.0.age,household.adults.0.program',
      '"Marc',
      'deuxième ligne",2026,6,34,socialSolidarity',
      '"avec ""guillemets""",2026,6,34,socialSolidarity',
      '"jamais fermé,2026,6,34,socialSolidarity',
      'x,2026,6,34,socialSolidarity',
    ].join('\n');
    let out = '';
    const summary = await runBatch(
      Readable.from(csv),
      { ...csvOptions, input: 'csv', output: 'jsonl' },
      (c) => (out += c),
      () => {},
    );
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; label?: string; error?: string });
    expect(rows[0]).toMatchObject({ row: 1, label: 'Marc\ndeuxième ligne' });
    expect(rows[1]).toMatchObject({ row: 2, label: 'avec "guillemets"' });
    // The unclosed cell costs its own row only: the error names the line where it opened, and
    // the next line is a row of its own.
    expect(rows[2]!.error).toContain('un guillemet ouvert à la ligne 5 du fichier ne se ferme pas');
    expect(rows[3]).toMatchObject({ row: 4, label: 'x' });
    expect(rows[3]!.error).toBeUndefined();
    expect(summary).toMatchObject({ rows: 4, ok: 3, failed: 1 });
  });
});

describe('batch: a bad CSV row costs that row alone (December probe)', () => {
  const header =
    'label,period.year,period.month,household.adults.0.age,household.adults.0.program,household.adults.0.activity.wage.hoursPerWeek';
  const run = async (csv: string) => {
    let out = '';
    const summary = await runBatch(
      Readable.from(csv),
      { ...csvOptions, input: 'csv', output: 'jsonl' },
      (c) => (out += c),
      () => {},
    );
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; label?: string; error?: string });
    return { summary, rows };
  };

  it('a stray quote inside an unquoted label is a character: 6 rows in, 6 rows out', async () => {
    const body = [
      'Marc 5",2026,3,34,socialAssistance,10',
      ...Array.from({ length: 5 }, (_, i) => `cas ${i},2026,3,34,socialAssistance,${i}`),
    ];
    const { summary, rows } = await run([header, ...body].join('\n'));
    expect(summary).toMatchObject({ rows: 6, ok: 6, failed: 0 });
    expect(rows[0]!.label).toBe('Marc 5"');
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('an opening quote that never closes, with 2 000 rows after it: one error, 2 000 rows', async () => {
    const body = [
      '"Marc 5,2026,3,34,socialAssistance,10',
      ...Array.from({ length: 2000 }, (_, i) => `cas ${i},2026,3,34,socialAssistance,${i % 40}`),
    ];
    const { summary, rows } = await run([header, ...body].join('\n'));
    expect(summary).toMatchObject({ rows: 2001, ok: 2000, failed: 1 });
    expect(rows[0]!.error).toContain('ligne 2 du fichier');
    expect(rows[2000]).toMatchObject({ row: 2001, label: 'cas 1999' });
  });

  it('a quote opening on a line that already holds a whole row is that line’s error, not a multi-line cell', async () => {
    const { summary, rows } = await run(
      [
        header,
        '"Marc,2026,3,34,socialAssistance,10',
        'Julie,2026,3,34,socialAssistance,20',
        'Jean 5",2026,3,34,socialAssistance,30',
      ].join('\n'),
    );
    expect(summary).toMatchObject({ rows: 3, ok: 2, failed: 1 });
    expect(rows[0]!.error).toContain('ligne 2 du fichier');
    expect(rows.slice(1).map((r) => r.label)).toEqual(['Julie', 'Jean 5"']);
  });

  it('bytes the probe sent: UTF-16 without a mark is named, a UTF-8 mark before Windows-1252 is dropped, a pipe is not read twice', async () => {
    const utf16 = Buffer.from(`${header}\nHélène,2026,3,34,socialAssistance,10\n`, 'utf16le');
    await expect(
      runBatch(
        Readable.from([utf16]),
        { ...csvOptions, input: 'csv', output: 'jsonl' },
        () => {},
        () => {},
      ),
    ).rejects.toThrow(/UTF-16/);
    const marked = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${header}\nHélène,2026,3,34,socialAssistance,10\n`, 'latin1'),
    ]);
    let out = '';
    await runBatch(
      Readable.from([marked]),
      { ...csvOptions, input: 'csv', output: 'jsonl', encoding: 'windows-1252' },
      (c) => (out += c),
      () => {},
    );
    expect(JSON.parse(out.trim()).label).toBe('Hélène');
    // A device or a pipe is never read ahead (it could not be read again).
    expect(await detectFileEncoding('/dev/null')).toBe('utf-8');
  });

  it('an unreadable row keeps its label', async () => {
    const { rows } = await run([header, 'Hélène,2026,3'].join('\n'));
    expect(rows[0]).toMatchObject({ label: 'Hélène' });
    expect(rows[0]!.error).toContain('l’en-tête en a 6');
  });

  it('a Windows-1252 file (French Excel) is read as such and said; on standard input it is refused with how to save as UTF-8', async () => {
    const bytes = Buffer.from(`${header}\nHélène,2026,3,34,socialAssistance,10\n`, 'latin1');
    let out = '';
    const summary = await runBatch(
      Readable.from([bytes]),
      { ...csvOptions, input: 'csv', output: 'jsonl', encoding: 'windows-1252' },
      (c) => (out += c),
      () => {},
    );
    expect(summary.encoding).toBe('windows-1252');
    expect(JSON.parse(out.trim()).label).toBe('Hélène');
    const file = join(mkdtempSync(join(tmpdir(), 'passerelle-1252-')), 'cas.csv');
    writeFileSync(file, bytes);
    expect(await detectFileEncoding(file)).toBe('windows-1252');
    await expect(
      runBatch(
        Readable.from([bytes]),
        { ...csvOptions, input: 'csv', output: 'jsonl' },
        () => {},
        () => {},
      ),
    ).rejects.toThrow(/pas en UTF-8 .*CSV UTF-8/);
  });

  it('10 000 unknown columns: a short message that counts the rest', async () => {
    const wide = [header, ...Array.from({ length: 10_000 }, (_, i) => `x${i}`)].join(',');
    await expect(run(`${wide}\n`)).rejects.toThrow(/x9 … \(\+9990 autres \/ more\)/);
    const message = await run(`${wide}\n`).catch((e: Error) => e.message);
    expect(String(message).length).toBeLessThan(1000);
  });
});

describe('batch: who pays the wage (--wage-payer)', () => {
  const rows = [marc(10), marc(25), { ...marc(0), label: 'sans salaire' }]
    .map((c) => JSON.stringify(c))
    .join('\n');
  it('adds the employer cost and the balance by payer; the identity holds on every row', async () => {
    for (const wagePayer of [
      { kind: 'publicFunded', subsidyRate: 0 },
      { kind: 'private', subsidyRate: 0.5, cnesstRate: 0.01 },
    ] as const) {
      const r = await batch(rows, { ...csvOptions, wagePayer });
      expect(r.header).toContain('employerCost,employerContributions,balanceFunder');
      for (const c of r.cells) {
        const cents = (k: string) => Math.round(Number(c[k]) * 100);
        // Disposable income = public balance + private employer's money (to the cent).
        expect(cents('balanceTotal') + cents('balancePrivateEmployer')).toBe(
          cents('disposableIncomeAfterTaxes'),
        );
      }
    }
    const funded = await batch(rows, {
      ...csvOptions,
      wagePayer: { kind: 'publicFunded', subsidyRate: 0 },
    });
    expect(funded.cells[0]!.employerCost).toBe('9478.07');
    expect(funded.cells[0]!.balanceFunder).toBe('9478.07');
    expect(funded.cells[2]!.employerCost).toBe('0');
  });
  it('refuses a subsidy outside [0, 1], or a subsidy without a payer', () => {
    expect(parseBatchArgs(['--wage-payer', 'private', '--wage-subsidy', '1.5'])).toHaveProperty(
      'error',
    );
    expect(parseBatchArgs(['--wage-subsidy', '0.5'])).toHaveProperty('error');
    expect(parseBatchArgs(['--wage-payer', 'state'])).toHaveProperty('error');
    expect(parseBatchArgs(['--wage-payer', 'private'])).toMatchObject({
      options: { wagePayer: { kind: 'private', subsidyRate: 0 } },
    });
  });
});

describe('passerelle grid', () => {
  it('writes the model comparison of a single profile as CSV', () => {
    const out = runGrid(
      JSON.stringify({
        base: marc(0),
        hoursPerWeek: [5, 10, 15, 20],
        allowance: { amountPerHour: 3, treatment: 'recognizedSupportAllowance' },
      }),
    );
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(studyCsvColumns.join(','));
  });

  it('runs the persona-7 study: 4 profiles × (rules in force + 2 reforms) × 2 models × 4 hours', () => {
    const text = readFileSync(
      new URL('../../../docs/examples/persona-7-study.json', import.meta.url),
      'utf8',
    );
    const out = runGrid(text);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + 4 * 3 * 2 * 4);
    // The same numbers as the library's compareModels for Marc at 10 h with a wage (persona 1).
    expect(lines).toContain(
      // … then who pays the wage and the balance by payer (issue 17): a funded organization pays
      // 9 478,07 $ (wage 8 661,60 $ + 816,47 $ of employer contributions), 484 hours worked.
      'marc,en vigueur,wage,10,23642.65,6015.61,0,0.3392,0.3055,true,14981.05,13269.12,1711.93,0,-5.09,publicFunded,9478.07,816.47,484,9478.07,11476.08,1134.21,1554.29,23642.65,0,0,12.43',
    );
    const study = runStudy(JSON.parse(text));
    if (!study.ok) throw new Error(study.error.message.en);
    expect(out.stdout).toBe(studyCsv(study.value));
  });

  it('the persona-7 variants: who pays the wage moves the balance (docs/analyst-guide.md table)', () => {
    const line = (file: string) => {
      const out = runGrid(
        readFileSync(new URL(`../../../docs/examples/${file}`, import.meta.url), 'utf8'),
      );
      expect(out.code).toBe(0);
      return out.stdout.split('\n').find((l) => l.startsWith('marc,en vigueur,wage,10,'))!;
    };
    expect(line('persona-7-study-private-employer.json')).toMatch(
      /,private,9478\.07,816\.47,484,0,11476\.08,1134\.21,1554\.29,14164\.58,9478\.07,0,-7\.15$/,
    );
    expect(line('persona-7-study-wage-subsidy.json')).toMatch(
      /,private subsidy 50 %,9478\.07,816\.47,484,0,15806\.88,1134\.21,1554\.29,18495\.38,5147\.27,4330\.8,1\.79$/,
    );
  });

  it('names the field of a bad comparison, exit 2', () => {
    const out = runGrid(JSON.stringify({ base: marc(0), hoursPerWeek: [5] }));
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('allowance');
  });
});
