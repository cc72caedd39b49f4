import { defineConfig } from 'vite';

// Two builds: `vite build` → dist/esm (ES modules for bundlers, dependencies external);
// `vite build --mode standalone` → dist/passerelle-simulator.js, one self-contained minified file.
export default defineConfig(({ mode }) =>
  mode === 'standalone'
    ? {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          lib: {
            entry: 'src/standalone.ts',
            formats: ['es'],
            fileName: () => 'passerelle-simulator.js',
          },
        },
      }
    : {
        build: {
          outDir: 'dist/esm',
          target: 'es2022',
          minify: false,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
          rolldownOptions: { external: [/^lit/, /^@passerelle\/rules/] },
        },
      },
);
