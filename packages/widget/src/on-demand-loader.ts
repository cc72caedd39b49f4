/** Loads `on-demand.ts` once (a sibling file of the one-file build) and tells who asked when it is there. */
type OnDemand = typeof import('./on-demand.js');
let loaded: OnDemand | null = null;
let loading: Promise<OnDemand> | null = null;

/** The on-demand module, or null until it has arrived. */
export function onDemand(): OnDemand | null {
  return loaded;
}

export function loadOnDemand(): Promise<OnDemand> {
  loading ??= import('./on-demand.js').then((m) => (loaded = m));
  return loading;
}
