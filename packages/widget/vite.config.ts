import { defineConfig, type Plugin } from 'vite';

// `vite build`: the embeddable elements, each one `<script type="module">` tag
// (dist/passerelle-simulator.js, -meeting.js, -materials.js); the bundler splits what they share
// and what loads later into dist/chunks/, fetched relative to the entry.
// `vite build --mode rules`: dist/passerelle-rules.js, the same rules without an element (its
// chunks in dist/chunks/rules/). Built apart: as an entry beside the elements it imports every
// module of the library, which made the bundler put code only the materials or the meeting use
// into the chunk a participant's first visit downloads (1,1 KB gzip measured).
// `vite build --mode esm`: ES modules for bundlers (dist/esm), Lit and the rules left as imports.
/**
 * Chromium's explicit compile hint: the functions of a file loaded on a first visit are nearly
 * all called at once, so compile them on a background thread while the file streams in, not one
 * by one on the main thread (measured: first amount at CPU x4 about 100 ms sooner). A file some
 * element imports on demand (words, form, details, timeline) is left to lazy compilation, even
 * when another element's entry imports it directly. Other browsers ignore the comment.
 */
const compileHints: Plugin = {
  name: 'passerelle-compile-hints',
  // After minification (which would strip the comment), so after the file names are hashed: a
  // name's hash covers the code, not this comment. Tried in renderChunk: the minifier removes it.
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
    : mode === 'rules'
      ? {
          build: {
            outDir: 'dist',
            // After the elements' build, into the same folder.
            emptyOutDir: false,
            target: 'es2022',
            lib: { entry: { 'passerelle-rules': 'src/rules-standalone.ts' }, formats: ['es'] },
            rolldownOptions: {
              output: { minify: true, chunkFileNames: 'chunks/rules/[name]-[hash].js' },
            },
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
              },
              formats: ['es'],
            },
            rolldownOptions: {
              output: {
                minify: true,
                chunkFileNames: 'chunks/[name]-[hash].js',
              },
            },
          },
          plugins: [compileHints],
        },
);
