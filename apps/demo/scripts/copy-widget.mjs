// Puts the one-file widget build where an organization would put it: next to its pages.
import { copyFileSync, mkdirSync } from 'node:fs';

const from = new URL('../../../packages/widget/dist/passerelle-simulator.js', import.meta.url);
const to = new URL('../public/passerelle-simulator.js', import.meta.url);
mkdirSync(new URL('../public/', import.meta.url), { recursive: true });
copyFileSync(from, to);
console.log('public/passerelle-simulator.js updated');
