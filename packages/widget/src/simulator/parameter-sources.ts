/**
 * Where each parameter value was read, by `id|effectiveFrom`, for « D'où viennent ces montants ? ».
 * Empty here: results carry their sources. The simulator's one-file build leaves the sources out of
 * its first file (they are shown only in the opened detail, which loads on demand) and fills this
 * table, which ships in the on-demand sibling (see `vite.config.ts`, `sourcesOnDemand`).
 */
export const parameterSources: Readonly<Record<string, string>> = {};

/** A value's source address: from the on-demand table when the build moved it there. */
export function sourceUrlOf(p: {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly source: { readonly url: string };
}): string {
  return parameterSources[`${p.id}|${p.effectiveFrom}`] ?? p.source.url;
}
