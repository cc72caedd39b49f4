/**
 * The demo in real headless Chromium: what a participant and a counsellor do, checked against
 * the library's own results.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate, type SimulationInput } from '../../../packages/rules/dist/src/index.js';
import { runGrid } from '../../../packages/cli/dist/grid.js';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './harness.js';

let server: DemoServer;
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fr = new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' });
const en = new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' });
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.origin}${path}`);
  await page.locator('passerelle-simulator [data-testid="disposable-none"]').waitFor();
  return page;
}

/** Reads a figure in the widget (Playwright's locators pierce the shadow root). */
async function text(page: Page, testId: string): Promise<string> {
  return norm(await page.locator(`passerelle-simulator [data-testid="${testId}"]`).textContent());
}

async function widgetMonth(page: Page): Promise<{ year: number; month: number }> {
  const month = Number(await page.locator('passerelle-simulator #month').inputValue());
  const year = Number(await page.locator('passerelle-simulator #year').inputValue());
  return { year, month };
}

function expected(
  input: SimulationInput,
  field: 'disposableIncome' | 'disposableIncomeAfterTaxes' = 'disposableIncome',
): number {
  const r = simulate(input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.monthly[field];
}

const solidarity = (
  period: { year: number; month: number },
  activity: object,
): SimulationInput => ({
  period,
  household: { adults: [{ age: 35, program: 'socialSolidarity', activity }] },
});

describe('demo page', () => {
  it('shows the three scenarios with the library’s figures', async () => {
    const page = await open('/index.html');
    const period = await widgetMonth(page);
    expect(await text(page, 'disposable-none')).toBe(
      norm(fr.format(expected(solidarity(period, {})))),
    );
    expect(await text(page, 'disposable-wage')).toBe(
      norm(fr.format(expected(solidarity(period, { wage: { hoursPerWeek: 10 } })))),
    );
    // After taxes and credits (the tax year ÷ 12), as the library computes it.
    expect(await text(page, 'after-tax-wage')).toContain(
      norm(
        fr.format(
          expected(
            solidarity(period, { wage: { hoursPerWeek: 10 } }),
            'disposableIncomeAfterTaxes',
          ),
        ),
      ),
    );
    expect(await text(page, 'disposable-allowance')).toBe(
      norm(
        fr.format(
          expected(solidarity(period, { allowance: { hoursPerWeek: 10, amountPerHour: 3 } })),
        ),
      ),
    );
    await page.close();
  });

  it('changes hours with the keyboard and with the mouse, and the numbers follow the library', async () => {
    const page = await open('/index.html');
    const period = await widgetMonth(page);
    const slider = page.locator('passerelle-simulator #wage-hours');
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('15');
    expect(await text(page, 'disposable-wage')).toBe(
      norm(fr.format(expected(solidarity(period, { wage: { hoursPerWeek: 15 } })))),
    );
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
    const hours = Number(await slider.inputValue());
    expect(hours).toBeGreaterThan(25);
    expect(await text(page, 'disposable-wage')).toBe(
      norm(fr.format(expected(solidarity(period, { wage: { hoursPerWeek: hours } })))),
    );
    await page.close();
  });

  it('switches to English', async () => {
    const page = await open('/index.html');
    const period = await widgetMonth(page);
    await page.locator('passerelle-simulator button.lang').click();
    await expect
      .poll(() => page.locator('passerelle-simulator h2').textContent())
      .toBe('How much money will I have each month?');
    expect(await text(page, 'disposable-none')).toBe(
      norm(en.format(expected(solidarity(period, {})))),
    );
    await page.close();
  });

  it('a shared URL restores the situation', async () => {
    const page = await open('/counsellor.html');
    await page.locator('passerelle-simulator #program').selectOption('socialAssistance');
    await page.locator('passerelle-simulator #tc').check();
    await page.locator('passerelle-simulator #wage-hours-number').fill('15');
    await page.locator('passerelle-simulator #wage-hours-number').press('Enter');
    await page.locator('passerelle-simulator #wage-hours-number').blur();
    const wage = await text(page, 'disposable-wage');
    // The hash is written once the person pauses (150 ms).
    await expect.poll(() => page.url()).toMatch(/wh(%3D|%253D|=)15/);
    const url = page.url();
    const second = await open(new URL(url).pathname + new URL(url).hash);
    expect(await second.locator('passerelle-simulator #program').inputValue()).toBe(
      'socialAssistance',
    );
    expect(await second.locator('passerelle-simulator #wage-hours').inputValue()).toBe('15');
    expect(await text(second, 'disposable-wage')).toBe(wage);
    const period = await widgetMonth(second);
    const input: SimulationInput = {
      period,
      household: {
        adults: [
          {
            age: 35,
            program: 'socialAssistance',
            temporaryConstraints: true,
            activity: { wage: { hoursPerWeek: 15 } },
          },
        ],
      },
    };
    expect(wage).toBe(norm(fr.format(expected(input))));
    await page.close();
    await second.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const page = await open('/index.html');
    // Open every explanation so that their content is checked too.
    await page
      .locator('passerelle-simulator details')
      .evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    // Let the toggle events render the explanations before checking them.
    await page.locator('passerelle-simulator .explanation').first().waitFor();
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('makes no network request beyond the page’s own files', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/index.html`);
    await page.locator('passerelle-simulator [data-testid="disposable-none"]').waitFor();
    await page.locator('passerelle-simulator #wage-hours-number').fill('20');
    await page.locator('passerelle-simulator #wage-hours-number').press('Enter');
    await page.waitForTimeout(300);
    const foreign = requests.filter((u) => !u.startsWith(server.origin));
    expect(foreign).toEqual([]);
    const paths = requests.map((u) => new URL(u).pathname).sort();
    expect(paths).toEqual(['/demo.css', '/index.html', '/passerelle-simulator.js']);
    await page.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.origin}/csp.html`);
    await page.locator('passerelle-simulator [data-testid="disposable-wage"]').waitFor();
    expect(await text(page, 'disposable-wage')).toMatch(/\d+,\d\d \$/);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const page = await open('/index.html', { width: 320, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    await page.screenshot({
      path: new URL('../../../bench/out/demo-320px.png', import.meta.url).pathname,
      fullPage: true,
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows an inline message for an invalid attribute and never goes blank', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.evaluate(() => {
      const el = document.createElement('passerelle-simulator');
      el.setAttribute('year', '1999');
      el.setAttribute('scenarios', 'wage bogus');
      el.setAttribute('no-url-state', '');
      el.id = 'bad';
      document.querySelector('main')!.append(el);
    });
    await page.locator('#bad [data-testid="disposable-wage"]').waitFor();
    const problems = norm(await page.locator('#bad .attribute-problems').textContent());
    expect(problems).toContain('year');
    expect(problems).toContain('bogus');
    await page.close();
  });
});

describe('host integration', () => {
  it('fires a typed passerelle-change on user action only, with plain data', async () => {
    const page = await open('/index.html');
    await page.evaluate(() => {
      const w = window as unknown as { events: unknown[] };
      w.events = [];
      document.querySelector('passerelle-simulator')!.addEventListener('passerelle-change', (e) => {
        w.events.push(JSON.parse(JSON.stringify((e as CustomEvent).detail)));
      });
      // Setting an attribute is not a user action: no event.
      document.querySelector('passerelle-simulator')!.setAttribute('lang', 'en');
    });
    await page.waitForTimeout(100);
    expect(
      await page.evaluate(() => (window as unknown as { events: unknown[] }).events.length),
    ).toBe(0);
    await page.locator('passerelle-simulator #wage-hours-number').fill('12');
    await page.locator('passerelle-simulator #wage-hours-number').press('Enter');
    const events = (await page.evaluate(
      () => (window as unknown as { events: unknown[] }).events,
    )) as {
      isTriggeredByUser: boolean;
      scenarios: {
        kind: string;
        disposableIncome: number;
        input: { household: { adults: { activity: { wage?: { hoursPerWeek: number } } }[] } };
      }[];
    }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.isTriggeredByUser).toBe(true);
    const wage = events[0]!.scenarios.find((s) => s.kind === 'wage')!;
    expect(wage.input.household.adults[0]!.activity.wage?.hoursPerWeek).toBe(12);
    expect(typeof wage.disposableIncome).toBe('number');
    await page.close();
  });

  it('prints a one-page summary without the form', async () => {
    const page = await open('/counsellor.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('passerelle-simulator form').isVisible()).toBe(false);
    expect(await page.locator('passerelle-simulator .print-only').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.close();
  });
});

describe('analyst page', () => {
  it('computes the wage vs allowance grid in a Web Worker, with the library’s figures and no outside request', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/analyst.html`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    const rows = await page.locator('#table-body tr').count();
    expect(rows).toBe(162);
    expect(requests.filter((u) => !u.startsWith(server.origin))).toEqual([]);
    // Marc at 10 h with a wage, tax year 2026: the library's 23 642,65 $ (rounded to the dollar on the page).
    const wage10 = page
      .locator('#table-body tr', { has: page.locator('th', { hasText: 'Salaire' }) })
      .nth(20);
    expect(norm(await wage10.locator('td').nth(1).textContent())).toBe('10');
    expect(norm(await wage10.locator('td').nth(2).textContent())).toBe('23 643 $');
    // The public cost line by line at 10 h: assistance of 11 476,08 $ for the year (library figure).
    expect(await page.locator('#cost-hours').inputValue()).toBe('10');
    const assistance = page.locator('#cost-body tr', {
      has: page.locator('th', { hasText: 'Aide financière de dernier recours' }),
    });
    expect(norm(await assistance.locator('td').nth(0).textContent())).toBe('11 476 $');
    expect(await page.locator('#cost-body tr').count()).toBe(9);
    await page.close();
  });

  it('reproduces the persona-7 study of the command line: same CSV, byte for byte', async () => {
    const study = readFileSync(
      new URL('../../../docs/examples/persona-7-study.json', import.meta.url),
      'utf8',
    );
    const page = await browser.newPage();
    await page.goto(
      `${server.origin}/analyst.html#etude=${encodeURIComponent(JSON.stringify(JSON.parse(study)))}`,
    );
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    // 4 profiles × (rules in force + 2 reforms) × 2 models × 4 hours.
    expect(await page.locator('#table-body tr').count()).toBe(96);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(runGrid(study).stdout);
    expect(csv).toContain(
      'marc,en vigueur,wage,10,23642.65,6015.61,0,0.3392,0.3055,true,14981.05,13269.12,1711.93,0,-5.09',
    );
    await page.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/analyst.html`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});
