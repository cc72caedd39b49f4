// Screenshots of the demo pages at a phone and a desktop size, in French and English, for a
// person to look at before calling a page done. Usage: node scripts/screenshots.mjs [outDir] [path...]
// Serves apps/demo/dist (run `pnpm build` first); uses Debian's Chromium, never downloads one.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveDirectory } from './static-server.mjs';

const out = process.argv[2] ?? 'screenshots';
const paths = process.argv.slice(3);
const pages = paths.length > 0 ? paths : ['/index.html', '/counsellor.html'];
const sizes = [
  { name: '360', width: 360, height: 740 },
  { name: '1280', width: 1280, height: 800 },
];
mkdirSync(out, { recursive: true });
const server = await serveDirectory(new URL('../apps/demo/dist/', import.meta.url));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const path of pages) {
  for (const [lang, hash] of [
    ['fr', ''],
    ['en', 'l%3Den'],
    ['fr-simple', 'r%3Dsimple'],
    ['en-simple', 'l%3Den%26r%3Dsimple'],
  ]) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      const sep = path.includes('#') ? '&' : '#';
      // The meeting page reads its own link (`#rencontre=` JSON with `l`), not the simulator's.
      const meeting = path.startsWith('/counsellor.html');
      const meetingHash = encodeURIComponent(
        JSON.stringify({ l: lang.startsWith('en') ? 'en' : 'fr' }),
      );
      await page.goto(
        meeting
          ? `${server.origin}${path}#rencontre=${meetingHash}`
          : `${server.origin}${path}${hash ? `${sep}passerelle=${hash}` : ''}`,
      );
      await page.waitForTimeout(400);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${lang}-${size.name}`;
      await page.screenshot({ path: `${out}/${name}.png` });
      await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
