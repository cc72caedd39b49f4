import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

interface ParameterFile {
  parameters?: {
    id?: string;
    description: unknown;
    label?: unknown;
    values?: { method?: string; note?: string; source?: { title: string; url: string } }[];
  }[];
}

/** A parameter file as the one-file builds ship it (see `stripParameterDescriptions`). */
function stripParameterFile(data: ParameterFile): ParameterFile {
  for (const p of data.parameters ?? []) {
    p.description = { fr: '', en: '' };
    // Only the assistance amounts' labels appear in sentences (« Prestation de base 800 $ + … »).
    if (!p.id?.startsWith('lastResort.')) p.label = { fr: '', en: '' };
    // The widget names each source by its publisher, in the reader's language, and links to it;
    // the documents' own titles and the derivation notes are in the parameter reference.
    for (const v of p.values ?? []) {
      delete v.method;
      delete v.note;
      // The publisher's address stands for the title (the simulator's first file carries no
      // source at all: see `sourcesOnDemand`).
      if (v.source) v.source.title = new URL(v.source.url).hostname;
    }
  }
  return data;
}

/**
 * Parameter descriptions, source titles and derivation notes are documentation the widget never
 * shows (it names sources by publisher): drop them in the one-file build.
 */
function stripParameterDescriptions(): Plugin {
  return {
    name: 'passerelle-strip-parameter-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]params[\\/][^\\/]+\.json$/.test(id)) return null;
      return {
        code: JSON.stringify(stripParameterFile(JSON.parse(code) as ParameterFile)),
        map: null,
      };
    },
  };
}

/**
 * The simulator shows a parameter's source only in « D'où viennent ces montants ? », which loads
 * on demand: its first file carries no source (the parameter schema puts `sourceGivenApart` in
 * their place), and the table of
 * addresses (`id|effectiveFrom` → URL) fills `parameter-sources.ts`, which only the on-demand
 * sibling imports. About 1.7 KB (min+gzip) of addresses leave the first file; nothing is lost.
 */
function sourcesOnDemand(): Plugin {
  const params = new URL('../rules/params/', import.meta.url);
  return {
    name: 'passerelle-sources-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]rules[\\/](dist[\\/])?params[\\/][^\\/]+\.json$/.test(id)) {
        const data = JSON.parse(code) as { parameters?: { values?: { source?: unknown }[] }[] };
        for (const p of data.parameters ?? []) for (const v of p.values ?? []) delete v.source;
        return { code: JSON.stringify(data), map: null };
      }
      if (!/[\\/]simulator[\\/]parameter-sources\.ts$/.test(id)) return null;
      const table: Record<string, string> = {};
      for (const file of readdirSync(params).filter((f) => f.endsWith('.json'))) {
        const data = JSON.parse(readFileSync(new URL(file, params), 'utf8')) as {
          parameters?: {
            id: string;
            values: { effectiveFrom: string; source: { url: string } }[];
          }[];
        };
        for (const p of data.parameters ?? [])
          for (const v of p.values) table[`${p.id}|${v.effectiveFrom}`] = v.source.url;
      }
      return {
        code: code.replace(
          /export const parameterSources[^;]*;/,
          `export const parameterSources = ${JSON.stringify(table)};`,
        ),
        map: null,
      };
    },
  };
}

/**
 * The parameters of families with children are read only when a household has a child: the
 * simulator's first file leaves `family-benefits.json` out of the library's list of files and its
 * sibling carries it (`family-parameters.ts`), stripped like the others, to be added
 * to the library's parameters when a child is entered (see `parametersNeeded` in the element).
 */
function familiesOnDemand(): Plugin {
  const file = new URL('../rules/params/family-benefits.json', import.meta.url);
  return {
    name: 'passerelle-families-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]rules[\\/](dist[\\/])?src[\\/]parameters[\\/]data\.(js|ts)$/.test(id)) {
        // The list of shipped files, without the families' (its import and its entry).
        const out = code
          .replace(/^import familyBenefits from [^\n]*\n/m, '')
          .replace(/^\s*'family-benefits': familyBenefits,\n/m, '');
        // A changed data module fails the build here rather than shipping the families twice.
        if (!/familyBenefits/.test(code) || /familyBenefits/.test(out))
          throw new Error('parameters/data.js: the families file could not be left out');
        return { code: out, map: null };
      }
      if (!/[\\/]simulator[\\/]family-parameters\.ts$/.test(id)) return null;
      const data = JSON.parse(readFileSync(file, 'utf8')) as ParameterFile;
      // The addresses are in the sources' table (`sourcesOnDemand`), in the same sibling.
      for (const p of data.parameters ?? []) for (const v of p.values ?? []) delete v.source;
      stripParameterFile(data);
      return {
        code: code.replace(
          /export const familyParameterFile[^;]*;/,
          `export const familyParameterFile = ${JSON.stringify(data)};`,
        ),
        map: null,
      };
    },
  };
}

/**
 * A rule's description, legal sources and declared parameters (`defineRule({ … })`, next to its
 * formula) are documentation: the generated reference and the tests read them, the widget never
 * shows them (it explains each amount by its sentence and names the sources of the parameters the
 * rule actually read). Removed in the one-file builds; ids and labels stay. The syntax tree finds them, so a
 * reformatted definition is still handled.
 */
function stripRuleDocumentation(): Plugin {
  return {
    name: 'passerelle-strip-rule-documentation',
    transform(code, id) {
      if (!/[\\/]rules[\\/](src|dist)[\\/]/.test(id) || !code.includes('defineRule(')) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'defineRule' &&
          node.arguments[0] &&
          ts.isObjectLiteralExpression(node.arguments[0])
        ) {
          const props = node.arguments[0].properties;
          props.forEach((prop, k) => {
            if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) return;
            if (!['description', 'sources', 'parameters'].includes(prop.name.text)) return;
            // The property and its comma go: the widget never reads them.
            const next = props[k + 1];
            const end = next ? next.getStart(file) : prop.end + (code[prop.end] === ',' ? 1 : 0);
            edits.push({ start: prop.getStart(file), end, text: '' });
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (edits.length === 0) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * The assumptions every library result carries (`scenario/assumptions`) are shown by the CLI, the
 * API and the counsellor's tools, never by the participant's simulator, which says what matters
 * in its own words: its one file leaves them out (results there carry an empty list).
 */
function leaveOutResultAssumptions(): Plugin {
  return {
    name: 'passerelle-leave-out-result-assumptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]rules[\\/](src|dist[\\/]src)[\\/]scenario[\\/]assumptions\.(ts|js)$/.test(id))
        return null;
      return { code: 'export const resultAssumptions = [];\n', map: null };
    },
  };
}

/**
 * The style sheets (`*.styles.ts`, css`` literals without interpolation) are written for people; the one file ships them without comments and without the spaces CSS
 * ignores: around braces, semicolons, commas and `>`, and after a colon. A space before a colon is
 * kept (`.a :focus` is not `.a:focus`), and quoted strings are left as they are.
 */
function minifyStyleSheets(): Plugin {
  return {
    name: 'passerelle-minify-style-sheets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return {
        code: code.replace(/css`([^`]*)`/g, (whole, sheet: string) => {
          if (sheet.includes('${')) return whole;
          // Comments first (they may hold apostrophes), then only what lies outside quoted strings.
          const min = sheet
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .split(/('[^']*'|"[^"]*")/)
            .map((part, i) =>
              i % 2 === 1
                ? part
                : part
                    .replace(/\s+/g, ' ')
                    .replace(/\s*([{};,>])\s*/g, '$1')
                    .replace(/:\s+/g, ':'),
            )
            .join('')
            .replace(/;}/g, '}')
            .trim();
          return `css\`${min}\``;
        }),
        map: null,
      };
    },
  };
}

/**
 * Lit templates (html``, css``) keep their source indentation through minification: whitespace
 * after a line break is insignificant in HTML and CSS, so it is dropped from the final chunk (the
 * minified code has line breaks only inside template literals).
 */
function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'passerelle-collapse-template-whitespace',
    renderChunk(code) {
      return { code: code.replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n'), map: null };
    },
  };
}

// Two builds: `vite build` → dist/esm (ES modules for bundlers, dependencies external);
// `vite build --mode standalone` → dist/passerelle-simulator.js, one self-contained minified file.
/** The on-demand file of an earlier build would survive `emptyOutDir: false`: remove it first. */
function removeStaleChunks(): Plugin {
  return {
    name: 'passerelle-remove-stale-chunks',
    buildStart() {
      const dist = new URL('./dist/', import.meta.url);
      if (!existsSync(dist)) return;
      for (const f of readdirSync(dist))
        if (/^passerelle-simulator-more\d*\.js$/.test(f)) rmSync(new URL(f, dist));
    },
  };
}

/** A one-file build of an entry (`standalone`: the simulator; `meeting`: the counsellor's meeting). */
function oneFile(entry: string, fileName: string) {
  return {
    plugins: [
      ...(fileName === 'passerelle-simulator.js'
        ? [removeStaleChunks(), leaveOutResultAssumptions(), familiesOnDemand(), sourcesOnDemand()]
        : []),
      stripParameterDescriptions(),
      stripRuleDocumentation(),
      minifyStyleSheets(),
      collapseTemplateWhitespace(),
    ],
    // The rules run on decimal.js-light here, not on their FastDecimal (money.ts): 4 KB smaller,
    // the same results, slower only in volume; FastDecimal is then not shipped.
    define: { PASSERELLE_DECIMAL_LIGHT: 'true' },
    resolve: {
      // Same API, same author, same exact decimal arithmetic, without the trigonometric and
      // exponential functions the rules never use: 4 KB less in the one-file budget. The browser
      // tests check that the page shows exactly the library's (decimal.js) figures.
      alias: {
        'decimal.js': createRequire(import.meta.url).resolve('decimal.js-light/decimal.mjs'),
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['es' as const], fileName: () => fileName },
      // Vite minifies library ES output without whitespace minification (codegen off) so that
      // bundlers can re-tree-shake it; this file is what pages load as is: minify it fully.
      rolldownOptions: {
        output: {
          minify: true,
          comments: false,
          // What loads on demand (see src/on-demand.ts) sits beside the one file.
          chunkFileNames: 'passerelle-simulator-more.js',
        },
      },
    },
  };
}

// Three builds: `vite build` → dist/esm (ES modules for bundlers, dependencies external);
// `vite build --mode standalone` → dist/passerelle-simulator.js (+ its on-demand sibling);
// `vite build --mode meeting` → dist/passerelle-meeting.js, the counsellor's meeting in one file;
// `vite build --mode materials` → dist/passerelle-materials.js, the comparison table and the myths sheet.
export default defineConfig(({ mode }) =>
  mode === 'standalone'
    ? oneFile('src/standalone.ts', 'passerelle-simulator.js')
    : mode === 'meeting'
      ? oneFile('src/meeting-standalone.ts', 'passerelle-meeting.js')
      : mode === 'materials'
        ? oneFile('src/materials-standalone.ts', 'passerelle-materials.js')
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
