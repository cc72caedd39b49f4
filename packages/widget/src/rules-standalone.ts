/**
 * The rules as the elements run them in a page (`<script type="module">` or `import()` of
 * `passerelle-rules.js`): the same code and arithmetic the simulator computes with, for a host
 * that wants the figures without an element, and for the test that holds the page's arithmetic to
 * the CLI's. Unlike the simulator's first visit, this file carries the parameters' documentation,
 * so that its explanations name each parameter and its source, as the CLI's do.
 */
import {
  compare as compareWith,
  defaultParameters,
  simulate as simulateWith,
  sweep as sweepWith,
  timeline as timelineWith,
} from '@passerelle/rules';
import { parameterDocFiles } from '@passerelle/rules/parameter-docs';

/** The library's parameters with their names and sources. */
export const parameters = defaultParameters.withDocumentation(parameterDocFiles ?? []);

export const simulate: typeof simulateWith = (input, options = {}) =>
  simulateWith(input, { parameters, ...options });
export const compare: typeof compareWith = (inputs, options = {}) =>
  compareWith(inputs, { parameters, ...options });
export const sweep: typeof sweepWith = (input, sweepOptions, options = {}) =>
  sweepWith(input, sweepOptions, { parameters, ...options });
export const timeline: typeof timelineWith = (input, options = {}) =>
  timelineWith(input, { parameters, ...options });
