import { parameterDocFiles } from '#parameter-docs';
import { coverageFile, parameterFiles } from './data.js';
import { ParameterSet } from './parameter-set.js';

/** The parameters shipped with this version of the library (with their sources, outside a browser). */
export const defaultParameters = new ParameterSet(
  Object.values(parameterFiles),
  coverageFile,
  parameterDocFiles,
  { shipped: true },
);
