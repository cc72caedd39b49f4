/**
 * The parameters of families with children (`params/family-benefits.json`), for the simulator's
 * one-file build only: it leaves them out of its first file and ships them here, in the on-demand
 * sibling, where the build fills this value (see `vite.config.ts`, `familiesOnDemand`). Null in
 * every other build, where the library's parameters already hold them.
 */
export const familyParameterFile: unknown = null;
