// Generates docs/reference/parameters.md (from the parameter files) and docs/reference/rules.md
// (from the rules catalogue of the built library): `pnpm docs:reference`.
// A test fails when a committed file is stale (packages/rules/test/reference.test.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readParameterFiles } from './parameter-files.mjs';

const root = new URL('..', import.meta.url);
const files = [
  'last-resort-assistance',
  'basic-income',
  'labour',
  'payroll',
  'federal-tax',
  'quebec-tax',
  'refundable-credits',
  'family-benefits',
  'employer',
];

export async function renderParametersReference() {
  const { validRange } = await import(new URL('packages/rules/dist/src/index.js', root).href);
  const joined = new Map(
    readParameterFiles(fileURLToPath(new URL('packages/rules/params/', root))).map((f) => [
      f.name,
      f.data,
    ]),
  );
  const out = [
    '# Paramètres / Parameters',
    '',
    '> Fichier généré par `pnpm docs:parameters` à partir de `packages/rules/params/*.json` : ne pas modifier à la main.',
    '> Generated from the parameter files: do not edit by hand.',
    '',
    'Statut : **verified** = lu dans la source officielle pour cette date ; **secondary** = lu dans une source secondaire fiable ;',
    '**derived** = calculé à partir d’un montant officiel par l’indexation officielle ; **unconfirmed** = à confirmer.',
    '',
  ];
  for (const name of files) {
    const { parameters } = joined.get(`${name}.json`);
    out.push(`## ${name}`, '');
    for (const p of parameters) {
      out.push(
        `### ${p.label.fr}`,
        '',
        p.unit === 'scale'
          ? `*${p.label.en}* — \`${p.id}\` (barème / scale ; taux permis / allowed rates: ${validRange(p).min} – ${validRange(p).max} ; seuils croissants à partir de 0 / thresholds rising from 0)`
          : `*${p.label.en}* — \`${p.id}\` (${p.unit} ; valeurs permises / allowed values: ${validRange(p).min} – ${validRange(p).max})`,
        '',
        p.description.fr,
        '',
      );
      if (p.unit === 'scale') {
        out.push(...scaleTables(p), '');
        continue;
      }
      out.push(
        '| En vigueur le | Valeur | Statut | Source | Méthode / note |',
        '|---|---|---|---|---|',
      );
      for (const v of p.values) {
        const note = [v.method, v.note].filter(Boolean).join(' ').replaceAll('|', '\\|');
        out.push(
          `| ${v.effectiveFrom} | ${v.value} | ${v.status}${v.verified ? ' ✔' : ''} | [${v.source.title.replaceAll('|', '\\|')}](${v.source.url}) | ${note} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** A tax scale: one table of brackets per dated value, then its status and source. */
function scaleTables(p) {
  const out = [];
  for (const v of p.values) {
    const note = [v.method, v.note].filter(Boolean).join(' ');
    out.push(
      `En vigueur le / in force from **${v.effectiveFrom}** — ${v.status}${v.verified ? ' ✔' : ''} — [${v.source.title}](${v.source.url})${note ? ` — ${note}` : ''}`,
      '',
      '| Tranche / bracket | Revenu imposable au-delà de / taxable income above | Taux / rate |',
      '|---|---|---|',
      ...v.brackets.map((b, i) => `| ${i + 1} | ${b.threshold} $ | ${b.rate} |`),
      '',
    );
  }
  return out;
}

export async function renderRulesReference() {
  const { rulesCatalog } = await import(new URL('packages/rules/dist/src/index.js', root).href);
  const out = [
    '# Règles / Rules',
    '',
    '> Fichier généré par `pnpm docs:reference` à partir du catalogue des règles (`packages/rules/src/rules-catalog.ts`) : ne pas modifier à la main.',
    '> Generated from the rules catalogue: do not edit by hand. Every amount in a result carries one of these rule ids.',
    '',
  ];
  for (const r of rulesCatalog) {
    out.push(
      `## ${r.label.fr}`,
      '',
      `*${r.label.en}* — \`${r.id}\``,
      '',
      r.description.fr,
      '',
      `> ${r.description.en}`,
      '',
    );
    if (r.parameters.length > 0) {
      out.push(
        `Paramètres / Parameters : ${r.parameters.map((p) => `\`${p}${p.endsWith('.') ? '*' : ''}\``).join(', ')} — voir [parameters.md](parameters.md).`,
        '',
      );
    }
    out.push('Sources :', '', ...r.sources.map((s) => `- [${s.title}](${s.url})`), '');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('docs/reference/parameters.md', root), await renderParametersReference());
  writeFileSync(new URL('docs/reference/rules.md', root), await renderRulesReference());
  console.log('docs/reference/parameters.md and docs/reference/rules.md written');
}
