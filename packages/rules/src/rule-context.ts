import {
  monthDate,
  type IsoDate,
  type ParameterSet,
  type ResolvedParameter,
  type ResolvedScale,
} from './parameters/parameter-set.js';

/** What a rule may read besides its inputs: the parameters in force on the simulated date. */
export interface RuleContext {
  readonly date: IsoDate;
  readonly parameters: ParameterSet;
}

export function param(ctx: RuleContext, id: string): ResolvedParameter {
  return ctx.parameters.at(id, ctx.date);
}

/** The context of a simulated month: the first day of the month and the parameters in force. */
export function contextFor(
  period: { readonly year: number; readonly month: number },
  parameters: ParameterSet,
): RuleContext {
  return { date: monthDate(period.year, period.month), parameters };
}

/** A tax scale (unit `scale`) in force in the simulated month. */
export function scaleParam(ctx: RuleContext, id: string): ResolvedScale {
  return ctx.parameters.scale(id, ctx.date);
}
