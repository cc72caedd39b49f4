import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  base: './',
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
