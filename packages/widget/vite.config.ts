import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

// `vite build`: the embeddable elements, each one `<script type="module">` tag
// (dist/passerelle-simulator.js, -meeting.js, -materials.js); the bundler splits what they share
// and what loads later into dist/chunks/, fetched relative to the entry.
// `vite build --mode rules`: dist/passerelle-rules.js, the same rules without an element (its
// chunks in dist/chunks/rules/). Built apart: as an entry beside the elements it imports every
// module of the library, which made the bundler put code only the materials or the meeting use
// into the chunk a participant's first visit downloads (1,1 KB gzip measured).
// `vite build --mode esm`: ES modules for bundlers (dist/esm), Lit and the rules left as imports.
/**
 * The files an entry loads at once: itself and its static imports, and theirs. `skipOnDemand`:
 * not through a file that some element imports on demand (for the compile hint, which such a
 * file must not carry); the browser still fetches it at once for an entry that imports it.
 */
function loadedAtOnce(
  chunks: readonly OutputChunk[],
  skipOnDemand: boolean,
): Map<string, Set<string>> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const onDemand = new Set(skipOnDemand ? chunks.flatMap((c) => c.dynamicImports) : []);
  const byEntry = new Map<string, Set<string>>();
  for (const entry of chunks.filter((c) => c.isEntry)) {
    const atOnce = new Set<string>();
    const visit = (name: string) => {
      if (atOnce.has(name) || onDemand.has(name)) return;
      atOnce.add(name);
      for (const next of byName.get(name)?.imports ?? []) visit(next);
    };
    visit(entry.fileName);
    byEntry.set(entry.fileName, atOnce);
  }
  return byEntry;
}

/**
 * What a first visit loads, said twice, after minification (which would strip a comment), so after
 * the file names are hashed (a name's hash covers the code, not this comment):
 * - Chromium's explicit compile hint: the functions of a file loaded on a first visit are nearly
 *   all called at once, so compile them on a background thread while the file streams in, not one
 *   by one on the main thread (measured: first amount at CPU x4 about 100 ms sooner). A file some
 *   element imports on demand (words, form, details, timeline) is left to lazy compilation, even
 *   when another element's entry imports it directly. Other browsers ignore the comment.
 * - `preload.json`: for each entry, the chunks it imports at once, so that a host page can name
 *   them in `<link rel="modulepreload">` and the browser fetches them while it reads the page,
 *   instead of after reading the entry (measured on the demo page, 360 px, CPU x4: the chunks
 *   requested at 96 ms instead of 240 ms; first amount 419 ms instead of 481 ms, medians of 21
 *   interleaved loads).
 */
const firstVisit: Plugin = {
  name: 'passerelle-first-visit',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
    const hinted = loadedAtOnce(chunks, true);
    const atOnce = new Set([...hinted.values()].flatMap((files) => [...files]));
    for (const c of chunks)
      if (atOnce.has(c.fileName)) c.code = `//# allFunctionsCalledOnLoad\n${c.code}`;
    const preload = Object.fromEntries(
      [...loadedAtOnce(chunks, false)].map(([entry, files]) => [
        entry,
        [...files].filter((f) => f !== entry).sort(),
      ]),
    );
    this.emitFile({
      type: 'asset',
      fileName: 'preload.json',
      source: `${JSON.stringify(preload, null, 2)}\n`,
    });
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
          // The elements' CSS and HTML templates without their comments and indentation (the
          // minifier leaves template literals alone): about 2 KB gzip less on a first visit.
          plugins: [minifyTemplateLiterals(), firstVisit],
        },
);
