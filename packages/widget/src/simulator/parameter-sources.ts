/**
 * The parameters' names and where each value was read, for « Voir le détail du calcul ». The
 * library computes in the browser without its parameters' documentation (a first visit does not
 * download it: the cards name no parameter); the documentation is imported when a person opens a
 * detail (`loadParameterSources`), and an ordinary dynamic import lets the bundler put it in a
 * chunk of its own. The detail's explanations are then computed with the documented parameters.
 */
import { defaultParameters, type ParameterSet } from '@passerelle/rules';
import type { ParameterDocFile } from '@passerelle/rules/parameter-docs';

let table: ReadonlyMap<string, string> | null = null;
let documented: ParameterSet | null = null;
let loading: Promise<void> | null = null;

/**
 * Fetches the documentation once; resolves when the sources can be named. A failed fetch is
 * forgotten, so that opening a detail again tries again (the embedding guide's promise).
 */
export function loadParameterSources(): Promise<void> {
  loading ??= import('@passerelle/rules/parameter-docs').then(
    ({ parameterDocFiles }) => {
      const map = new Map<string, string>();
      for (const file of (parameterDocFiles ?? []) as ParameterDocFile[])
        for (const p of file.parameters)
          for (const v of p.values) map.set(`${p.id}|${v.effectiveFrom}`, v.source.url);
      documented = defaultParameters.withDocumentation(parameterDocFiles ?? []);
      table = map;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The library's parameters with their names and sources, once loaded (null before). */
export function documentedParameters(): ParameterSet | null {
  return documented;
}

/** Whether the sources can be named now. */
export function parameterSourcesLoaded(): boolean {
  return table !== null;
}

/** A value's source address: the result's own, or from the documentation once it is loaded. */
export function sourceUrlOf(p: {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly source: { readonly url: string };
}): string {
  return table?.get(`${p.id}|${p.effectiveFrom}`) ?? p.source.url;
}
