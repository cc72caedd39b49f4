import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

const here = import.meta.dirname;

/**
 * A page that embeds an element names the chunks its entry imports at once in
 * `<link rel="modulepreload">` (listed by the widget's build in `preload.json`): the browser
 * fetches and compiles them while it reads the page, instead of after reading the entry
 * (docs/embedding.md, « A faster first answer »). The embed itself stays one script tag.
 */
const preloadWidgetChunks: Plugin = {
  name: 'passerelle-preload-widget-chunks',
  transformIndexHtml(html) {
    const preload = JSON.parse(
      readFileSync(resolve(here, 'public/preload.json'), 'utf8'),
    ) as Record<string, string[]>;
    const tags: HtmlTagDescriptor[] = [];
    for (const [, entry] of html.matchAll(/<script type="module" src="\.?\/([\w-]+\.js)">/g))
      for (const chunk of preload[entry!] ?? [])
        tags.push({
          tag: 'link',
          attrs: { rel: 'modulepreload', href: `./${chunk}` },
          injectTo: 'head',
        });
    return tags;
  },
};

export default defineConfig({
  base: './',
  plugins: [preloadWidgetChunks],
  build: {
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(here, 'index.html'),
        counsellor: resolve(here, 'counsellor.html'),
        csp: resolve(here, 'csp.html'),
        analyst: resolve(here, 'analyst.html'),
        tableau: resolve(here, 'tableau.html'),
        mythes: resolve(here, 'mythes.html'),
      },
    },
  },
});
