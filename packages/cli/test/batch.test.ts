import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch.js';
import { runGrid } from '../src/grid.js';

const marc = (hours: number) => ({
  period: { year: 2026, month: 6 },
  household: {
    adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: hours } } }],
  },
});

describe('passerelle batch', () => {
  it('malformed rows get an error and do not stop the batch', async () => {
    const lines = [
      JSON.stringify(marc(10)),
      '{ nope',
      JSON.stringify({ ...marc(10), period: { year: 2031, month: 1 } }),
      '',
      JSON.stringify(marc(20)),
    ];
    let out = '';
    const summary = await runBatch(
      Readable.from(lines.join('\n')),
      { output: 'csv', lang: 'fr', marginalRates: false },
      (c) => (out += c),
      () => {},
    );
    expect(summary).toMatchObject({ rows: 4, ok: 2, failed: 2 });
    const csv = out.trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toContain('netPublicCost');
    expect(csv[2]).toContain('JSON illisible');
    expect(csv[3]).toContain('2031');
    expect(csv[1]!.split(',')[9]).toBe('1638.56');
  });

  it('JSON Lines out, one object a line', async () => {
    let out = '';
    await runBatch(
      Readable.from(`${JSON.stringify(marc(10))}\n`),
      { output: 'jsonl', lang: 'en', marginalRates: true },
      (c) => (out += c),
      () => {},
    );
    const row = JSON.parse(out.trim());
    expect(row.taxYear.disposableIncome).toBe(23642.65);
    expect(row.marginalRates.oneMoreHour.rate).toBeGreaterThan(0);
  });

  // Volume, not speed: timings on shared CI machines vary too much for a timed test (`pnpm bench`).
  it('streams 20 000 rows, one output line each', async () => {
    function* rows() {
      for (let i = 0; i < 20_000; i++) yield `${JSON.stringify(marc((i % 400) / 10))}\n`;
    }
    let count = 0;
    const summary = await runBatch(
      Readable.from(rows()),
      { output: 'csv', lang: 'fr', marginalRates: false },
      () => (count += 1),
      () => {},
    );
    expect(summary.failed).toBe(0);
    expect(count).toBe(20_001);
  }, 120_000);
});

describe('passerelle grid', () => {
  it('writes the model comparison as CSV', () => {
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
    expect(lines[0]).toBe(
      'model,hoursPerWeek,disposableIncome,differenceVsNoActivity,effectiveMarginalRate,participationTaxRate,onAssistance,netPublicCost,netPublicCostQuebec,netPublicCostFederal,allowancesPaid,publicCostPerParticipantHour',
    );
  });
  it('names the field of a bad comparison, exit 2', () => {
    const out = runGrid(JSON.stringify({ base: marc(0), hoursPerWeek: [5] }));
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('allowance');
  });
});
