/**
 * The elements' public API as the manifest records it (read by Storybook's docs pages and by
 * editors). Lit's internal reactive state (`static properties` entries with `state: true`,
 * declared `private`) is not an attribute a host can set: the analyzer lists it because the
 * properties object spreads the base element's, so it is taken out here.
 */
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts'],
  plugins: [
    {
      name: 'passerelle-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.customElement) continue;
            const hidden = new Set(
              (d.members ?? [])
                .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
                .map((m) => m.name),
            );
            d.attributes = (d.attributes ?? []).filter((a) => !hidden.has(a.fieldName ?? a.name));
            d.members = (d.members ?? []).filter((m) => !hidden.has(m.name));
          }
        }
      },
    },
  ],
};
