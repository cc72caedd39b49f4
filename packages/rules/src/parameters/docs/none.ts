/**
 * In a browser bundle (package.json `imports`, condition `browser`) the first visit computes
 * without the parameters' documentation; `@passerelle/rules/parameter-docs` brings it on demand.
 */
export const parameterDocFiles: readonly unknown[] | null = null;
