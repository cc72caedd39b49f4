// The documentation pages: markdown source → Storybook docs title. Shared by the MDX pages (to
// rewrite links between pages) and by scripts/check-links.mjs (which fails the build on a broken link).
export const pages = {
  'README.md': 'Documentation/Accueil',
  'calculation.md': 'Documentation/Calcul',
  'embedding.md': 'Documentation/Intégrer le simulateur',
  'counsellor-guide.md': 'Documentation/Guide intervenant',
  'analyst-guide.md': 'Documentation/Guide analyste',
  'glossary.md': 'Documentation/Lexique',
  'personas.md': 'Documentation/Personas',
  'myths.md': 'Documentation/Mythes et réalités',
  'yearly-update.md': 'Documentation/Mise à jour annuelle',
  'families.md': 'Documentation/Familles avec enfants',
  'reference/rules.md': 'Référence/Règles',
  'reference/parameters.md': 'Référence/Paramètres',
};

/** Storybook's id for a title (same sanitizing as Storybook: lower case, punctuation and spaces → "-"). */
export function storyIdOf(title) {
  return title
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** Rewrites a link found in `fromPage` (a key of `pages`) for the Storybook site; null: not on the site. */
export function siteHref(fromPage, href) {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return href;
  const [path, anchor] = href.split('#');
  const base = fromPage.includes('/') ? fromPage.slice(0, fromPage.lastIndexOf('/') + 1) : '';
  const resolved = new URL(path, `file:///docs/${base}`).pathname.replace(/^\/docs\//, '');
  const title = pages[resolved];
  if (title) return `?path=/docs/${storyIdOf(title)}--docs${anchor ? `#${anchor}` : ''}`;
  // A file of the repository outside the documentation (a package README): the site has no page
  // for it, so the page shows its path as text instead of a dead link.
  return null;
}
