// Prints the size of the one-file build and fails above the budget (issue: ≤ 60 KB min+gzip).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const file = new URL('../dist/passerelle-simulator.js', import.meta.url);
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `passerelle-simulator.js: ${kb(raw.length)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`,
);
// A whitespace-minified file has almost no indentation left (Lit templates keep theirs): fail if
// more than 3 % of the bytes are line-leading whitespace, as in an unminified build (~15 %).
const text = raw.toString('utf8');
const indentation = [...text.matchAll(/^[ \t]+/gm)].reduce((n, m) => n + m[0].length, 0);
console.log(
  `  line-leading whitespace: ${((indentation / raw.length) * 100).toFixed(1)} % of bytes`,
);
if (indentation / raw.length > 0.03) {
  console.error('The one-file build is not whitespace-minified.');
  process.exit(1);
}
// The one file stands alone: no static import of another file (the on-demand sibling is fetched
// with a dynamic import, only when English, plain language or a calculation's detail is asked for),
// and the sibling imports nothing back.
const sibling = new URL('../dist/passerelle-simulator-more.js', import.meta.url);
const more = readFileSync(sibling);
console.log(
  `passerelle-simulator-more.js (on demand): ${kb(more.length)} minified, ${kb(gzipSync(more, { level: 9 }).length)} min+gzip`,
);
if (/(^|[;}])import[\s{*]/.test(text) || /(^|[;}])import[\s{*]/.test(more.toString('utf8'))) {
  console.error('The one file or its sibling imports another file statically.');
  process.exit(1);
}
// The counsellor's meeting and the participant materials are their own one files (their own
// pages): same checks, their own budget.
const OTHER_BUDGET = 80 * 1024;
for (const name of ['passerelle-meeting.js', 'passerelle-materials.js']) {
  const file = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  const size = gzipSync(file, { level: 9 }).length;
  console.log(
    `${name}: ${kb(file.length)} minified, ${kb(size)} min+gzip (budget ${kb(OTHER_BUDGET)})`,
  );
  if (size > OTHER_BUDGET || /(^|[;}])import[\s{*(]/.test(file.toString('utf8'))) {
    console.error(`${name} is over its budget or imports another file.`);
    process.exit(1);
  }
}
// One sibling only: a second chunk (passerelle-simulator-more2.js…) means code shared by both
// files was split out, and the page would need three files.
const extra = readdirSync(new URL('../dist/', import.meta.url)).filter((f) =>
  /^passerelle-simulator-more\d+\.js$/.test(f),
);
if (extra.length > 0) {
  console.error(`Unexpected extra chunks: ${extra.join(', ')}`);
  process.exit(1);
}
if (gz > BUDGET) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
