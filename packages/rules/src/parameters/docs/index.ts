/** `@passerelle/rules/parameter-docs`: the parameters' documentation, for a page that shows sources. */
export { parameterDocFiles } from './all.js';
export { parameterDocFileSchema, type ParameterDocFile } from '../schema.js';
