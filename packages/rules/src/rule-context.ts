import type { ParameterSet, IsoDate, ResolvedParameter } from './parameters/parameter-set.js';

/** What a rule may read besides its inputs: the parameters in force on the simulated date. */
export interface RuleContext {
  readonly date: IsoDate;
  readonly parameters: ParameterSet;
}

export function param(ctx: RuleContext, id: string): ResolvedParameter {
  return ctx.parameters.at(id, ctx.date);
}
