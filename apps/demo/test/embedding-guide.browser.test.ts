/**
 * The embedding guide's snippet, copied from docs/embedding.md into a blank page, works as is.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, startDemoServer, type DemoServer } from './harness.js';

let server: DemoServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'passerelle-embed-'));

beforeAll(async () => {
  const guide = readFileSync(new URL('../../../docs/embedding.md', import.meta.url), 'utf8');
  const snippet = /```html\n([\s\S]*?)```/.exec(guide)?.[1];
  if (!snippet) throw new Error('no html snippet in docs/embedding.md');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}</body></html>`,
  );
  // What the guide says to copy: the entry files and their chunks.
  const dist = fileURLToPath(new URL('../../../packages/widget/dist/', import.meta.url));
  cpSync(join(dist, 'passerelle-simulator.js'), join(dir, 'passerelle-simulator.js'));
  cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true });
  server = await startDemoServer(`${dir}/`);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the guide’s two lines in a blank page give a working simulator', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  const amount = page.locator('passerelle-simulator [data-testid="money-none"]');
  await amount.waitFor();
  expect((await amount.textContent())?.replace(/\s/g, ' ')).toMatch(/\d,\d\d \$/);
  await page.close();
});

it('a renamed entry with a query string (as WordPress adds ?ver=) keeps every part that loads later', async () => {
  cpSync(join(dir, 'passerelle-simulator.js'), join(dir, 'simulateur.js'));
  writeFileSync(
    join(dir, 'renamed.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Renamed</title><script type="module" src="simulateur.js?ver=6.4.2"></script></head><body><passerelle-simulator no-url-state></passerelle-simulator></body></html>',
  );
  const page = await browser.newPage();
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(r.url());
  });
  page.on('pageerror', (e) => failed.push(String(e)));
  await page.goto(`${server.origin}/renamed.html`);
  await page.locator('passerelle-simulator [data-testid="money-wage"]').waitFor();
  // English, then the detail of a calculation: both come from chunks loaded later.
  await page.locator('passerelle-simulator button.lang').click();
  await expect
    .poll(async () => (await page.locator('passerelle-simulator h2').textContent())?.trim())
    .toMatch(/^How much/);
  await page.locator('passerelle-simulator .scenario-wage details.explanations summary').click();
  await page.locator('passerelle-simulator .scenario-wage .breakdown').first().waitFor();
  expect(failed).toEqual([]);
  // The entry is fetched once, under its new name; never under the build's name.
  expect(requested.filter((p) => p.endsWith('.js') && !p.startsWith('/chunks/'))).toEqual([
    '/simulateur.js',
  ]);
  await page.close();
});
