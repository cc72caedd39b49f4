import { defineConfig, type Plugin } from 'vite';

// `vite build`: the participant's element, `dist/passerelle-simulator.js`, one file holding all it
// needs for a first answer; what loads later (English, « Facile à lire », the form, the details)
// goes to `dist/chunks/`, fetched relative to it.
// `vite build --mode shared`: the counsellor's and the materials' elements (`-meeting.js`,
// `-materials.js`; `-rules.js`: the rules without an element), which share their chunks.
// `vite build --mode esm`: ES modules for bundlers (dist/esm), Lit and the rules left as imports.
//
// Why the simulator is built alone: in a build shared with the other entries the bundler puts the
// rules and Lit in chunks the entry imports, and a phone only discovers them once the entry has
// arrived and the page's own layout has let the main thread go: measured (CPU x4, 360 px, 15
// interleaved cold visits) first amount 675 ms with chunks, 615 ms with one file. A page holding
// both the simulator and the meeting downloads Lit and the rules twice; no participant page does.
/**
 * Chromium's explicit compile hint: the functions of a file loaded on a first visit are nearly
 * all called at once, so compile them on a background thread while the file streams in, not one
 * by one on the main thread (measured: first amount at CPU x4 about 100 ms sooner). A file some
 * element imports on demand (words, form, details, timeline) is left to lazy compilation, even
 * when another element's entry imports it directly. Other browsers ignore the comment.
 */
const compileHints: Plugin = {
  name: 'passerelle-compile-hints',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const onDemand = new Set(chunks.flatMap((c) => c.dynamicImports));
    // What an entry loads at once: its static imports, not through a file loaded on demand.
    const atOnce = new Set<string>();
    const visit = (name: string) => {
      if (atOnce.has(name) || onDemand.has(name)) return;
      atOnce.add(name);
      for (const next of byName.get(name)?.imports ?? []) visit(next);
    };
    for (const c of chunks) if (c.isEntry) visit(c.fileName);
    for (const c of chunks)
      if (atOnce.has(c.fileName)) c.code = `//# allFunctionsCalledOnLoad\n${c.code}`;
  },
};

/** Each build's chunks in a folder of their own: two builds never write the same file name. */
const output = (folder: string) =>
  ({ minify: true, chunkFileNames: `${folder}/[name]-[hash].js` }) as const;

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
    : mode === 'shared'
      ? {
          build: {
            outDir: 'dist',
            // After the simulator's build, into the same folder.
            emptyOutDir: false,
            target: 'es2022',
            lib: {
              entry: {
                'passerelle-meeting': 'src/meeting-standalone.ts',
                'passerelle-materials': 'src/materials-standalone.ts',
                'passerelle-rules': 'src/rules-standalone.ts',
              },
              formats: ['es'],
            },
            rolldownOptions: { output: output('chunks/shared') },
          },
          plugins: [compileHints],
        }
      : {
          build: {
            outDir: 'dist',
            emptyOutDir: true,
            target: 'es2022',
            lib: {
              entry: { 'passerelle-simulator': 'src/standalone.ts' },
              formats: ['es'],
            },
            rolldownOptions: {
              // The chunks loaded later may import from the entry itself (no facade file, no
              // second round trip before the first answer).
              preserveEntrySignatures: 'allow-extension',
              output: output('chunks'),
            },
          },
          plugins: [compileHints],
        },
);
