// Fails (exit 1) on a broken internal link in docs/ or the READMEs: `pnpm docs:check`.
// With --built, also checks that every documentation page exists in the built Storybook.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pages, storyIdOf } from '../docs/site/pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];

function markdownFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'site' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const files = [
  ...markdownFiles(join(root, 'docs')),
  join(root, 'README.md'),
  ...['rules', 'cli', 'widget'].map((p) => join(root, 'packages', p, 'README.md')),
];

for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, href] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
    const target = resolve(dirname(file), href.split('#')[0]);
    if (!existsSync(target)) problems.push(`${relative(root, file)}: broken link ${href}`);
  }
}

for (const file of markdownFiles(join(root, 'docs'))) {
  const key = relative(join(root, 'docs'), file);
  if (!pages[key])
    problems.push(`docs/${key} is not listed in docs/site/pages.mjs (it would not be on the site)`);
}

if (process.argv.includes('--built')) {
  const index = JSON.parse(readFileSync(join(root, 'storybook-static', 'index.json'), 'utf8'));
  for (const [md, title] of Object.entries(pages)) {
    if (!index.entries[`${storyIdOf(title)}--docs`])
      problems.push(`site page for docs/${md} ("${title}") is missing`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `links checked: ${files.length} files${process.argv.includes('--built') ? ', site pages present' : ''}`,
);
