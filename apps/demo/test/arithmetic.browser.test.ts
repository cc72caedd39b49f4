/**
 * One arithmetic: the figures a page computes with the widget's own bundle equal the command
 * line's to the cent, on random households and timelines (and on the household where the
 * browser's former engine was a cent off). The simulator's file carries its own copy of the rules
 * (it is built alone, see packages/widget/vite.config.ts): its cards are held to the command line
 * too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useDemo } from './harness.js';

const demo = useDemo();
const cli = fileURLToPath(new URL('../../../packages/cli/dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'passerelle-arithmetic-'));

const activity = fc.record(
  {
    wage: fc.record(
      {
        hoursPerWeek: fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
        hourlyWage: fc.integer({ min: 1000, max: 4000 }).map((c) => c / 100),
      },
      { requiredKeys: ['hoursPerWeek'] },
    ),
    allowance: fc.record({
      hoursPerWeek: fc.integer({ min: 0, max: 200 }).map((t) => t / 10),
      amountPerHour: fc.integer({ min: 0, max: 800 }).map((c) => c / 100),
    }),
  },
  { requiredKeys: [] },
);
const program = fc.constantFrom('socialAssistance', 'socialSolidarity', 'basicIncome', 'none');
const adult = fc.record({
  age: fc.integer({ min: 18, max: 64 }),
  program,
  activity,
  disabilityTaxCredit: fc.boolean(),
});
const household = program.chain((p) =>
  fc.record({
    adults: fc.oneof(
      fc.tuple(adult.map((a) => ({ ...a, program: p }))),
      p === 'basicIncome'
        ? fc.tuple(adult.map((a) => ({ ...a, program: p })))
        : fc.tuple(
            adult.map((a) => ({ ...a, program: p })),
            adult.map((a) => ({ ...a, program: p })),
          ),
    ),
    children: fc.array(fc.record({ age: fc.integer({ min: 0, max: 25 }) }), { maxLength: 3 }),
  }),
);
const simulation = fc.record({
  period: fc.record({
    year: fc.constantFrom(2025, 2026),
    month: fc.integer({ min: 1, max: 12 }),
  }),
  household,
  options: fc.record({ creditTiming: fc.constantFrom('averaged', 'schedule') }),
});
const timelineCase = fc.record({
  start: fc.record({ year: fc.constantFrom(2025, 2026), month: fc.integer({ min: 1, max: 12 }) }),
  months: fc.integer({ min: 12, max: 24 }),
  household: household.map((h) => ({
    ...h,
    adults: h.adults.map(({ activity: _, ...a }) => a),
  })),
  activity: fc.array(activity, { minLength: 1, maxLength: 24 }),
});

/** The household where the browser's former engine (decimal.js-light) was a cent off the CLI. */
const oneCentOff = {
  period: { year: 2026, month: 5 },
  household: {
    adults: [
      {
        age: 59,
        program: 'socialSolidarity',
        activity: { wage: { hoursPerWeek: 60 } },
        disabilityTaxCredit: true,
      },
    ],
    children: [{ age: 18 }, { age: 5 }, { age: 25 }],
  },
  options: { creditTiming: 'schedule' },
};

/** Every number of a result, by its path; the parameters' documentation (not shipped in a page's first visit) aside. */
function figures(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => figures(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) figures(v, `${path}.${k}`, out);
  return out;
}

/** Sentences carry the figures too: compared as text, the sources aside. */
function sentences(
  value: unknown,
  path = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => sentences(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      if (!['source', 'method', 'note'].includes(k)) sentences(v, `${path}.${k}`, out);
  return out;
}

function runCli(args: string[], input: unknown): unknown {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(input));
  const run = spawnSync('node', [cli, ...args, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stdout.slice(0, 400)}`);
  return JSON.parse(run.stdout) as unknown;
}

type Outcome = { ok: boolean; value?: unknown; error?: unknown };
type Rules = { simulate: (i: unknown) => Outcome; timeline: (i: unknown) => Outcome };

/** A blank page of the demo's origin with the widget's rules bundle loaded as a module. */
async function pageWithRules() {
  const page = await demo.browser.newPage();
  await page.goto(`${demo.server.origin}/mythes.html`);
  await page.setContent('<!doctype html><title>rules</title>');
  await page.addScriptTag({
    type: 'module',
    content: `import * as rules from '${demo.server.origin}/passerelle-rules.js'; window.rules = rules;`,
  });
  await page.waitForFunction(() => 'rules' in window);
  return page;
}

describe('the page’s arithmetic is the command line’s', () => {
  it('300 random households and the one a cent off before: every figure and sentence equal', async () => {
    const cases = [oneCentOff, ...fc.sample(simulation, { numRuns: 300, seed: 20261207 })];
    const fromCli = runCli([], cases) as unknown[];
    const page = await pageWithRules();
    const inPage = (await page.evaluate((all) => {
      const rules = (window as unknown as { rules: Rules }).rules;
      return all.map((c) => {
        const r = rules.simulate(c);
        return r.ok ? r.value : { error: r.error };
      });
    }, cases)) as unknown[];
    await page.close();
    expect(inPage).toHaveLength(cases.length);
    let compared = 0;
    for (const [i, cliResult] of fromCli.entries()) {
      const a = figures(cliResult);
      const b = figures(inPage[i]);
      expect(b, `case ${i}`).toEqual(a);
      expect(sentences(inPage[i]), `case ${i}`).toEqual(sentences(cliResult));
      compared += a.size;
    }
    // The household that was a cent off: 5 467,19 $ on both sides now.
    expect((inPage[0] as { moneyPerMonth: { amount: number } }).moneyPerMonth.amount).toBe(
      (fromCli[0] as { moneyPerMonth: { amount: number } }).moneyPerMonth.amount,
    );
    expect(compared).toBeGreaterThan(300 * 50);
  });

  it('40 random timelines: every month equal to the cent', async () => {
    const cases = fc.sample(timelineCase, { numRuns: 40, seed: 7122026 });
    const fromCli = cases.map((c) => runCli(['timeline'], c));
    const page = await pageWithRules();
    const inPage = (await page.evaluate((all) => {
      const rules = (window as unknown as { rules: Rules }).rules;
      return all.map((c) => {
        const r = rules.timeline(c);
        return r.ok ? r.value : { error: r.error };
      });
    }, cases)) as unknown[];
    await page.close();
    for (const [i, cliResult] of fromCli.entries()) {
      expect(figures(inPage[i]), `timeline ${i}`).toEqual(figures(cliResult));
      expect(sentences(inPage[i]), `timeline ${i}`).toEqual(sentences(cliResult));
    }
  });

  it('the simulator’s own file: 16 random situations, each card’s figures equal', async () => {
    const situation = fc.record({
      program: fc.constantFrom('socialAssistance', 'socialSolidarity', 'basicIncome'),
      household: fc.constantFrom('single', 'couple'),
      hourlyWage: fc.integer({ min: 1660, max: 3000 }).map((c) => c / 100),
      allowanceHours: fc.integer({ min: 0, max: 40 }).map((h) => h / 2),
      wageHours: fc.integer({ min: 1, max: 80 }).map((h) => h / 2),
    });
    const cases = fc
      .sample(situation, { numRuns: 16, seed: 8122026 })
      // The basic income is not computed for a couple (said on the card, no figure).
      .map((c) => (c.program === 'basicIncome' ? { ...c, household: 'single' } : c));
    type Summary = {
      kind: string;
      input: unknown;
      moneyPerMonth: number | null;
      differenceVsNoActivity: number | null;
      benefit: number | null;
      headline: unknown;
    };
    const summaries: Summary[] = [];
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.origin}/mythes.html`);
    for (const c of cases) {
      const { wageHours, ...defaults } = c;
      await page.setContent(
        `<!doctype html><html lang="fr"><script type="module" src="${demo.server.origin}/passerelle-simulator.js"></script><passerelle-simulator no-url-state></passerelle-simulator></html>`,
      );
      await page.locator('passerelle-simulator').evaluate((el, d) => {
        el.setAttribute('defaults', d);
      }, JSON.stringify(defaults));
      await page.locator('passerelle-simulator [data-testid="money-wage"]').waitFor();
      const changed = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.addEventListener(
              'passerelle-change',
              (e) => resolve((e as CustomEvent<{ scenarios: unknown }>).detail.scenarios),
              { once: true },
            ),
          ),
      );
      const field = page.locator('passerelle-simulator #wage-hours-number');
      await field.fill(String(wageHours).replace('.', ','));
      await field.press('Enter');
      summaries.push(...((await changed) as Summary[]));
    }
    await page.close();
    const fromCli = runCli(
      [],
      summaries.map((s) => s.input),
    ) as {
      moneyPerMonth: { amount: number; differenceVsNoActivity: number; headline: unknown };
      monthly: { benefit: number };
    }[];
    expect(summaries.length).toBe(cases.length * 3);
    // The hours typed reached the computation (not the default 10 h), and figures came out.
    const wages = summaries.filter((s) => s.kind === 'wage');
    expect(
      wages.map(
        (s) =>
          (
            s.input as {
              household: { adults: { activity: { wage?: { hoursPerWeek: number } } }[] };
            }
          ).household.adults[0]!.activity.wage?.hoursPerWeek,
      ),
    ).toEqual(cases.map((c) => c.wageHours));
    expect(summaries.every((s) => typeof s.moneyPerMonth === 'number')).toBe(true);
    for (const [i, s] of summaries.entries()) {
      const cli = fromCli[i]!;
      expect(s.moneyPerMonth, `${s.kind} ${i}`).toBe(cli.moneyPerMonth.amount);
      expect(s.differenceVsNoActivity, `${s.kind} ${i}`).toBe(
        cli.moneyPerMonth.differenceVsNoActivity,
      );
      expect(s.benefit, `${s.kind} ${i}`).toBe(cli.monthly.benefit);
      expect(s.headline, `${s.kind} ${i}`).toEqual(cli.moneyPerMonth.headline);
    }
  });
});
