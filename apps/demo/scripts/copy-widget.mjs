// Puts the built widget where an organization would put it: next to its pages, each element's
// entry file with the chunks it loads (dist/chunks/, fetched relative to the entry).
import { cpSync, readdirSync, rmSync } from 'node:fs';

const dist = new URL('../../../packages/widget/dist/', import.meta.url);
const pub = new URL('../public/', import.meta.url);
rmSync(new URL('chunks/', pub), { recursive: true, force: true });
// preload.json: the chunks each entry imports at once, named in the pages' modulepreload links.
for (const name of readdirSync(dist).filter((f) => f.endsWith('.js') || f === 'preload.json')) {
  cpSync(new URL(name, dist), new URL(name, pub));
  console.log(`public/${name} updated`);
}
cpSync(new URL('chunks/', dist), new URL('chunks/', pub), { recursive: true });
console.log('public/chunks/ updated');
