// Browser benchmark: `pnpm bench:browser` (after `pnpm build`). As a participant's phone feels it:
// a 360 × 740 page with Chromium's CPU slowed 4 times, navigation → the first amount on screen, and
// one slider change → repainted (median of 20); then the same without throttling, and the
// analyst page. BENCH_ROOT=<folder> measures another build of the demo (before/after comparisons).
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root =
  process.env.BENCH_ROOT ?? fileURLToPath(new URL('../apps/demo/dist/', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const file = join(root, new URL(req.url, 'http://x').pathname);
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A 360 × 740 page, its CPU slowed `rate` times (Chrome DevTools Protocol), as a phone would run. */
async function phonePage(rate) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

async function firstAmount(rate) {
  const page = await phonePage(rate);
  const t0 = performance.now();
  await page.goto(`${origin}/index.html`);
  await page.locator('passerelle-simulator [data-testid="money-wage"]').waitFor();
  const driver = performance.now() - t0;
  // The page's own clock (User Timing mark set by the element), free of the driver's polling.
  const mark = await page.evaluate(
    () => performance.getEntriesByName('passerelle:first-amount')[0]?.startTime ?? null,
  );
  await page.close();
  return mark ?? driver;
}

/** Measured inside the page: input event → the component's update and the next animation frame. */
async function sliderRepaint(rate) {
  const page = await phonePage(rate);
  await page.goto(`${origin}/index.html`);
  await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
  const r = await page.evaluate(async () => {
    const el = document.querySelector('passerelle-simulator');
    const slider = el.shadowRoot.querySelector('#wage-hours');
    const update = [];
    const frame = [];
    for (let i = 0; i < 20; i++) {
      // Start right after a frame so that the wait for the next one measures our work, not vsync phase.
      await new Promise((r) => requestAnimationFrame(() => r()));
      const t0 = performance.now();
      slider.value = String(5 + i);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      update.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
      frame.push(performance.now() - t0);
    }
    return { update, frame };
  });
  await page.close();
  return r;
}

const loads4 = [];
for (let i = 0; i < 7; i++) loads4.push(await firstAmount(4));
const repaints4 = await sliderRepaint(4);
const loads = [];
for (let i = 0; i < 5; i++) loads.push(await firstAmount(1));
const repaints = await sliderRepaint(1);
// The analyst page opened on a study of 4 profiles × 2 models × 81 hours (0 to 40 h by 0.5 h),
// rules in force only: navigation → the first chart drawn (results computed in the Web Worker).
const study = JSON.parse(
  readFileSync(new URL('../docs/examples/persona-7-study.json', import.meta.url), 'utf8'),
);
const grid = {
  ...study,
  hoursPerWeek: Array.from({ length: 81 }, (_, i) => i / 2),
  reforms: [],
};
const analystLoads = [];
const workerMs = [];
const marks = [];
for (let i = 0; i < 5; i++) {
  const p = await browser.newPage();
  const t0 = performance.now();
  await p.goto(`${origin}/analyst.html#etude=${encodeURIComponent(JSON.stringify(grid))}`);
  await p.locator('body[data-ready="true"]').waitFor({ timeout: 60000 });
  analystLoads.push(performance.now() - t0);
  workerMs.push(Number(/en (\d+) ms/.exec(await p.locator('#status').textContent())[1]));
  marks.push(
    await p.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
      ),
    ),
  );
  await p.close();
}
console.log(
  `360 × 740, CPU ×4: navigation → first amount ${median(loads4).toFixed(0)} ms (median of 7; budget 500 ms); slider → repainted ${median(repaints4.frame).toFixed(1)} ms (median of 20; budget 33 ms), component updated ${median(repaints4.update).toFixed(1)} ms`,
);
console.log(
  `360 × 740, no throttling: navigation → first amount ${median(loads).toFixed(0)} ms (median of 5)`,
);
console.log(
  `analyst page, 4 profiles × 2 models × 81 hours (648 grid points): first chart drawn ${median(marks.map((m) => m['passerelle:charts']))} ms after navigation (page clock), the Web Worker computing for ${median(workerMs).toFixed(0)} ms; ${median(analystLoads).toFixed(0)} ms as seen by the test driver (medians of 5)`,
);
console.log(
  `slider change → component updated (median of 20): ${median(repaints.update).toFixed(1)} ms`,
);
console.log(
  `slider change → next frame painted (median of 20): ${median(repaints.frame).toFixed(1)} ms`,
);
await browser.close();
server.close();
