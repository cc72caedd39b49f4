// Prints the size of the one-file build and fails above the budget (issue: ≤ 60 KB min+gzip).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const file = new URL('../dist/passerelle-simulator.js', import.meta.url);
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `passerelle-simulator.js: ${kb(raw.length)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`,
);
if (gz > BUDGET) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
