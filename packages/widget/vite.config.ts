import { defineConfig, type Plugin } from 'vite';

/** Parameter descriptions are documentation the widget never shows: empty them in the one-file build. */
function stripParameterDescriptions(): Plugin {
  return {
    name: 'passerelle-strip-parameter-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]params[\\/][^\\/]+\.json$/.test(id)) return null;
      const data = JSON.parse(code) as { parameters?: { description: unknown }[] };
      for (const p of data.parameters ?? []) p.description = { fr: '', en: '' };
      return { code: JSON.stringify(data), map: null };
    },
  };
}

// Two builds: `vite build` → dist/esm (ES modules for bundlers, dependencies external);
// `vite build --mode standalone` → dist/passerelle-simulator.js, one self-contained minified file.
export default defineConfig(({ mode }) =>
  mode === 'standalone'
    ? {
        plugins: [stripParameterDescriptions()],
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
