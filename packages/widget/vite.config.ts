import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

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
      const data = JSON.parse(code) as { parameters?: { description: unknown }[] };
      for (const p of data.parameters ?? []) {
        p.description = { fr: '', en: '' };
        // Only the assistance amounts' labels appear in sentences (« Prestation de base 800 $ + … »).
        const q = p as { id?: string; label?: unknown };
        if (!q.id?.startsWith('lastResort.')) q.label = { fr: '', en: '' };
        // The widget names each source by its publisher, in the reader's language, and links to it;
        // the documents' own titles and the derivation notes are in the parameter reference.
        for (const v of (
          p as {
            values?: { method?: string; note?: string; source: { title: string; url: string } }[];
          }
        ).values ?? []) {
          delete v.method;
          delete v.note;
          // The parameter schema wants a title: the publisher's address stands for it.
          v.source.title = new URL(v.source.url).hostname;
        }
      }
      return { code: JSON.stringify(data), map: null };
    },
  };
}

/**
 * A rule's description, legal sources and declared parameters (`defineRule({ … })`, next to its
 * formula) are documentation: the generated reference and the tests read them, the widget never
 * shows them (it explains each amount by its sentence and names the sources of the parameters the
 * rule actually read). Emptied in the one-file builds; ids and labels stay. The syntax tree finds them, so a
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
          for (const prop of node.arguments[0].properties) {
            if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) continue;
            const empty = {
              description: "{ fr: '', en: '' }",
              sources: '[]',
              parameters: '[]',
            }[prop.name.text];
            if (empty)
              edits.push({
                start: prop.initializer.getStart(file),
                end: prop.initializer.end,
                text: empty,
              });
          }
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
      ...(fileName === 'passerelle-simulator.js' ? [removeStaleChunks()] : []),
      stripParameterDescriptions(),
      stripRuleDocumentation(),
      collapseTemplateWhitespace(),
    ],
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
