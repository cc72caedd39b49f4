/**
 * Browser-test harness: a static server for the built demo (apps/demo/dist) on 127.0.0.1 and
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const demoRoot = fileURLToPath(new URL('../dist/', import.meta.url));
/** Built Storybook (`pnpm build-storybook`), served the same way for the persona stories. */
export const storybookRoot = fileURLToPath(new URL('../../../storybook-static/', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

export interface DemoServer {
  readonly origin: string;
  readonly served: string[];
  close(): Promise<void>;
}

export async function startDemoServer(root = demoRoot): Promise<DemoServer> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} is missing: run \`pnpm build\` and \`pnpm build-storybook\` first`);
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    served.push(path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export { chromiumPath };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The page's WCAG 2.2 AA violations found by axe-core (injected from node_modules, no network). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string }[]> {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{ violations: { id: string; impact: string }[] }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
}

/**
 * The demo's server and Chromium for one test file: started before its tests, closed after them.
 * Read `demo.server` and `demo.browser` inside tests.
 */
export function useDemo(root?: string): { readonly server: DemoServer; readonly browser: Browser } {
  const demo = {} as { server: DemoServer; browser: Browser };
  beforeAll(async () => {
    demo.server = await startDemoServer(root);
    demo.browser = await launchChromium();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}

/** Text as a person reads it: non-breaking spaces as spaces, runs of white space as one. */
export const visibleText = (s: string | null): string =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
