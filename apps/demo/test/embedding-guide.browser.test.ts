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
