import { defineConfig } from 'vite';

// `vite build`: the embeddable elements, each one `<script type="module">` tag
// (dist/passerelle-simulator.js, -meeting.js, -materials.js; -rules.js: the same rules without an
// element); the bundler splits what they share
// and what loads later into dist/chunks/, fetched relative to the entry.
// `vite build --mode esm`: ES modules for bundlers (dist/esm), Lit and the rules left as imports.
export default defineConfig(({ mode }) =>
  mode === 'esm'
    ? {
        build: {
          outDir: 'dist/esm',
          target: 'es2022',
          minify: false,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
          rolldownOptions: { external: [/^lit/, /^@passerelle\/rules/] },
        },
      }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          lib: {
            entry: {
              'passerelle-simulator': 'src/standalone.ts',
              'passerelle-meeting': 'src/meeting-standalone.ts',
              'passerelle-materials': 'src/materials-standalone.ts',
              'passerelle-rules': 'src/rules-standalone.ts',
            },
            formats: ['es'],
          },
          rolldownOptions: {
            output: {
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Chromium's explicit compile hint: the functions of a file loaded on a first visit
              // are nearly all called at once, so compile them on a background thread while the
              // file streams in, not one by one on the main thread. Measured: first amount at
              // CPU x4 about 100 ms sooner. Files loaded on demand (details, timeline) are left
              // to lazy compilation. Other browsers ignore the comment.
              postBanner: (chunk) => (chunk.isDynamicEntry ? '' : '//# allFunctionsCalledOnLoad'),
            },
          },
        },
      },
);
