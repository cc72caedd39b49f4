/**
 * The parameters of the analyst tools: everything a person's simulation reads, plus what only the
 * funder's side of a comparison needs (the employer's cost of a wage, `params/employer.json`).
 * Kept apart so that the participant's one-file simulator does not carry them; `applyReform`,
 * `compareModels`, `runStudy` and the CLI start from this set, so a reform may change them too.
 */
import employer from '../../params/employer.json' with { type: 'json' };
import { parameterDocFiles } from '#parameter-docs';
import { coverageFile, parameterFiles } from './data.js';
import { ParameterSet } from './parameter-set.js';

export const employerParameterFile = employer;

export const analystParameters = new ParameterSet(
  [...Object.values(parameterFiles), employer],
  coverageFile,
  parameterDocFiles,
  { shipped: true },
);
