/**
 * Fuzzing of the batch's external input (issue 12): arbitrary CSV headers (valid paths, junk,
 * prototype names, huge indices, both delimiters) and arbitrary cells, and arbitrary JSON Lines.
 * A run either refuses its header with a BatchInputError before writing anything, or writes one
 * line per input line; never another exception, never a non-finite number, never an internal error.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchInputError, runBatch } from '../src/batch.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100);

const paths = [
  'label',
  'period.year',
  'period.month',
  'household.adults.0.age',
  'household.adults.0.program',
  'household.adults.0.activity.wage.hoursPerWeek',
  'household.adults.0.activity.wage.hourlyWage',
  'household.adults.0.activity.allowance.hoursPerWeek',
  'household.adults.0.activity.allowance.amountPerHour',
  'household.adults.1.age',
  'options.allowanceTreatment',
];
const junkPaths = [
  '__proto__.x',
  'constructor.prototype.x',
  'household.hasOwnProperty.call',
  'period.toString.call',
  'household.adults.99999999.age',
  'household.adults.4294967295.age',
  'household.adults.-1.age',
  '',
];
const header = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...paths) },
    fc.constantFrom(...junkPaths),
    fc.string(),
  ),
  { minLength: 1, maxLength: 8 },
);
const cell = fc.oneof(
  fc.constantFrom(
    '2026',
    '6',
    '34',
    'socialSolidarity',
    'none',
    '10',
    '12,5',
    '1e308',
    '-1',
    'true',
    '',
  ),
  fc.string(),
  fc.double().map(String),
);

async function run(text: string, input: 'csv' | 'jsonl') {
  let out = '';
  try {
    const summary = await runBatch(
      Readable.from(text),
      { input, output: 'csv', lang: 'fr', marginalRates: true },
      (c) => (out += c),
      () => {},
    );
    return { summary, out };
  } catch (e) {
    // The only refusal: a bad header (or UTF-16), before any output.
    expect(e).toBeInstanceOf(BatchInputError);
    expect(out).toBe('');
    return null;
  }
}

function expectSoundOutput(out: string, lines: number) {
  const rows = out.trim().split('\n').slice(1);
  expect(rows).toHaveLength(lines);
  expect(out).not.toMatch(/\b(NaN|Infinity)\b/);
  expect(out).not.toMatch(/interne|internal/);
}

describe('fuzz: passerelle batch input', () => {
  it(`arbitrary CSV headers and cells, with , or ; (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(cell, { maxLength: 9 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(',', ';'),
        async (columns, rows, delimiter) => {
          const quote = (c: string) =>
            /[",;\r\n]/.test(c) ? `"${c.replace(/[\r\n]/g, ' ').replaceAll('"', '""')}"` : c;
          const lines = [columns, ...rows].map((r) => r.map(quote).join(delimiter));
          const result = await run(lines.join('\n'), 'csv');
          // Blank lines are skipped, as in JSON Lines.
          const dataLines = lines.slice(1).filter((l) => l.trim() !== '').length;
          if (result) expectSoundOutput(result.out, dataLines);
        },
      ),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it(`arbitrary JSON Lines (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 4 }), async (values) => {
        const text = values.map((v) => JSON.stringify(v) ?? 'null').join('\n');
        const result = await run(text, 'jsonl');
        expect(result).not.toBeNull();
        expectSoundOutput(result!.out, values.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: CSV bodies with stray quotes, multi-line cells and mixed encodings', () => {
  const goodHeader =
    'label,period.year,period.month,household.adults.0.age,household.adults.0.program';
  // A cell: plain text, text with quotes anywhere, a properly quoted cell (maybe over lines).
  const plain = fc.stringMatching(/^[a-zA-Zéèàç 0-9]{0,8}$/);
  const cell = fc.oneof(
    plain,
    fc.tuple(plain, plain).map(([a, b]) => `${a}"${b}`),
    fc.tuple(plain, plain).map(([a, b]) => `"${a}`.concat(b)),
    fc.tuple(plain, plain).map(([a, b]) => `"${a},""${b}"""`),
    fc.tuple(plain, plain).map(([a, b]) => `"${a}\n${b}"`),
  );
  const row = fc.oneof(
    cell.map((label) => `${label},2026,6,34,socialSolidarity`),
    fc.array(cell, { minLength: 1, maxLength: 7 }).map((cells) => cells.join(',')),
  );

  it(`rows in = rows out, every unreadable one an error (${RUNS * 2} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('utf-8', 'windows-1252') as fc.Arbitrary<'utf-8' | 'windows-1252'>,
        async (rows, encoding) => {
          const text = [goodHeader, ...rows].join('\n');
          // The file as a French spreadsheet would save it, or as UTF-8.
          const bytes =
            encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1');
          let out = '';
          const summary = await runBatch(
            Readable.from([bytes]),
            { input: 'csv', output: 'jsonl', lang: 'fr', marginalRates: false, encoding },
            (c) => (out += c),
            () => {},
          );
          const lines = out.trim() === '' ? [] : out.trim().split('\n');
          expect(lines).toHaveLength(summary.rows);
          // Each physical line starts a row, continues a closed multi-line cell, or is an error:
          // never fewer rows than the lines that hold no continuation.
          const physical = text
            .split('\n')
            .slice(1)
            .filter((l) => l.trim() !== '').length;
          expect(summary.rows).toBeGreaterThanOrEqual(Math.ceil(physical / 51));
          expect(summary.rows).toBeLessThanOrEqual(physical);
          for (const l of lines) {
            const r = JSON.parse(l) as { row: number; error?: string; label?: string };
            expect(Number.isInteger(r.row)).toBe(true);
            if (r.label !== undefined) expect(r.label).not.toContain('\uFFFD');
          }
          // A body whose lines hold no quote: exactly one row per line.
          if (!rows.some((r) => r.includes('"')))
            expect(summary.rows).toBe(rows.filter((r) => r.trim() !== '').length);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it(`quotes inside unquoted cells never join lines: one row per line (${RUNS * 2} runs)`, async () => {
    const stray = fc
      .tuple(fc.stringMatching(/^[a-zA-Z0-9 ]{1,6}$/), fc.stringMatching(/^[a-zA-Z0-9 "]{0,6}$/))
      .map(([a, b]) => `${a}"${b}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          stray.map((label) => `${label},2026,6,34,socialSolidarity`),
          { minLength: 1, maxLength: 40 },
        ),
        async (rows) => {
          let out = '';
          const summary = await runBatch(
            Readable.from([goodHeader, ...rows].join('\n')),
            { input: 'csv', output: 'jsonl', lang: 'fr', marginalRates: false },
            (c) => (out += c),
            () => {},
          );
          expect(summary.rows).toBe(rows.length);
          expect(summary.failed).toBe(0);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});
