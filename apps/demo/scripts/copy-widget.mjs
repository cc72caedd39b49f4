// Puts the one-file widget build where an organization would put it: next to its pages, with the
// file it loads on demand (English, plain language, a calculation's detail) beside it.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync(new URL('../public/', import.meta.url), { recursive: true });
for (const name of [
  'passerelle-simulator.js',
  'passerelle-simulator-more.js',
  'passerelle-meeting.js',
  'passerelle-materials.js',
]) {
  copyFileSync(
    new URL(`../../../packages/widget/dist/${name}`, import.meta.url),
    new URL(`../public/${name}`, import.meta.url),
  );
  console.log(`public/${name} updated`);
}
