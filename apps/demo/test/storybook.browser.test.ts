/**
 * Every story of the built Storybook renders in Chromium; persona stories run their play
 * functions, which compare the figures shown with the library's results.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startDemoServer, storybookRoot, type DemoServer } from './harness.js';

let server: DemoServer;
let browser: Browser;
const index = JSON.parse(readFileSync(`${storybookRoot}index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: string; name: string }>;
};
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docsPages = Object.values(index.entries).filter((e) => e.type === 'docs');

beforeAll(async () => {
  server = await startDemoServer(storybookRoot);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook', () => {
  it('has one story per persona (1–6)', () => {
    for (const n of [1, 2, 3, 4, 5, 6])
      expect(stories.some((s) => s.id.includes(`persona-${n}-`))).toBe(true);
  });

  // Every element has an API page: its attributes from the manifest, with their descriptions,
  // and none of its internal state.
  for (const [tag, attributes] of [
    ['passerelle-simulator', ['scenarios', 'defaults', 'reading-level']],
    ['passerelle-meeting', ['lang', 'reading-level', 'no-url-state']],
    ['passerelle-comparison-table', ['allowance-per-hour', 'reading-level']],
    ['passerelle-myths', ['year', 'month', 'reading-level']],
  ] as const) {
    it(`${tag} has an API page listing its attributes`, async () => {
      const doc = docsPages.find((d) => d.id.endsWith(`${tag}--docs`));
      expect(doc, tag).toBeDefined();
      const page = await browser.newPage();
      await page.goto(`${server.origin}/iframe.html?id=${doc!.id}&viewMode=docs`);
      const table = page.locator('#storybook-docs table.docblock-argstable').first();
      await table.waitFor();
      const names = (await table.locator('tbody tr td:first-child').allInnerTexts()).map((n) =>
        n.trim(),
      );
      for (const a of attributes) expect(names.join(' | '), tag).toContain(a);
      for (const internal of ['situationOpen', 'shareMessage', 'headlineVisible', 'problems'])
        expect(names, tag).not.toContain(internal);
      await page.close();
    });
  }

  for (const doc of docsPages) {
    it(`documentation page ${doc.id} renders`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}/iframe.html?id=${doc.id}&viewMode=docs`);
      await page.locator('#storybook-docs h1, #storybook-docs h2').first().waitFor();
      if (doc.id.includes('mythes')) {
        await expect
          .poll(() => page.locator('#storybook-docs passerelle-simulator').count())
          .toBe(4);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const story of stories) {
    // Stories with a play function that asserts what a person sees.
    const checked =
      /persona|invalid|cliff|plain-language|allowance-unknown|comparison-table|myths-sheet|meeting-overview|myths-overview/.test(
        story.id,
      );
    it(`${story.name} renders${checked ? ' and its play function passes' : ''}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page
        .locator(
          [
            '#storybook-root passerelle-simulator [data-testid^="headline-"]',
            '#storybook-root passerelle-simulator [data-testid^="unavailable-"]',
            '#storybook-root passerelle-comparison-table [data-testid^="table-"]',
            '#storybook-root passerelle-myths [data-testid^="myth-"]',
            '#storybook-root passerelle-meeting [data-testid="scenario-row"]',
          ].join(', '),
        )
        .first()
        .waitFor();
      if (checked)
        await page.locator('#storybook-root[data-play="passed"]').waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
