/**
 * The elements embedded in a blank page of an organization's own, with a dark theme and rude
 * global styles: they stay legible (their own surface and colours; axe-core finds no contrast
 * failure) and the host's `* { color: … !important }` does not reach their text.
 */
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, startDemoServer, type DemoServer } from './harness.js';

let server: DemoServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'passerelle-dark-'));

beforeAll(async () => {
  const dist = fileURLToPath(new URL('../../../packages/widget/dist/', import.meta.url));
  for (const f of ['passerelle-simulator.js', 'passerelle-materials.js'])
    cpSync(join(dist, f), join(dir, f));
  cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true });
  const page = (body: string, script: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Association (thème sombre)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  html { color-scheme: dark; background: #121212; color: #e8e8e8; }
  * { color: #ff00ff !important; line-height: 3 !important; }
</style>
<script type="module" src="${script}"></script></head>
<body><h1>Notre simulateur</h1>${body}</body></html>`;
  writeFileSync(
    join(dir, 'index.html'),
    // With the months toward the revenu de base and a bus pass: their lines are checked too.
    page(
      `<passerelle-simulator no-url-state defaults='{"solidarityMonths":40,"transportCosts":100,"wageHours":30}'><p slot="contact">Pour en parler : Marie, 514 555-0101</p></passerelle-simulator>`,
      'passerelle-simulator.js',
    ),
  );
  writeFileSync(
    join(dir, 'tableau.html'),
    page('<passerelle-comparison-table></passerelle-comparison-table>', 'passerelle-materials.js'),
  );
  server = await startDemoServer(`${dir}/`);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('on a dark host page with global !important styles', () => {
  for (const [path, tag, ready] of [
    ['/index.html', 'passerelle-simulator', '[data-testid="after-costs-wage"]'],
    ['/tableau.html', 'passerelle-comparison-table', 'h2'],
  ] as const) {
    it(`${tag} keeps its own colours and passes axe-core's contrast rules`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${server.origin}${path}`);
      await page.locator(`${tag} ${ready}`).first().waitFor();
      if (tag === 'passerelle-simulator') {
        await page.locator(`${tag} [data-testid="basic-income-count-wage"]`).waitFor();
        // The host's contact: shown after the answers and before the chart, in the element's
        // colours, not the host page's.
        const contact = page.locator('passerelle-simulator [slot="contact"]');
        expect(await contact.isVisible()).toBe(true);
        const y = async (selector: string) =>
          (await page.locator(`passerelle-simulator ${selector}`).first().boundingBox())!.y;
        expect(await y('[slot="contact"]')).toBeGreaterThan(await y('section.results'));
        expect(await y('[slot="contact"]')).toBeLessThan(await y('figure, .chart'));
      }
      // The title inside the element: the element's text colour on the element's surface.
      const colours = await page.locator(tag).evaluate((el) => {
        const title = el.shadowRoot!.querySelector('h2')!;
        return {
          text: getComputedStyle(title).color,
          surface: getComputedStyle(el).backgroundColor,
          lineHeight: getComputedStyle(title).lineHeight,
        };
      });
      expect(colours.text).toBe('rgb(27, 27, 31)');
      expect(colours.surface).toBe('rgb(255, 255, 255)');
      expect(colours.lineHeight).not.toBe('normal');
      const violations = (await axeViolations(page)).filter(
        (v) => v.id === 'color-contrast' && (v.impact === 'serious' || v.impact === 'critical'),
      );
      expect(violations).toEqual([]);
      await page.screenshot({
        path: new URL(`../../../bench/out/dark-host-${tag}.png`, import.meta.url).pathname,
        fullPage: true,
      });
      await page.close();
    });
  }
});
