import type { Localized } from './i18n/localized.js';

/** One issue with a public input: which field, what is wrong, in French and English. */
export interface InputIssue {
  /** Dotted path of the field, e.g. `household.adults.0.activity.wage.hoursPerWeek`. */
  readonly field: string;
  readonly code: string;
  readonly message: Localized;
}

/** Every expected failure of the library, by name. */
export interface PasserelleErrorInfo {
  InvalidInput: { readonly issues: readonly InputIssue[] };
  MissingParameter: { readonly parameterId: string; readonly date: string };
  UnsupportedPeriod: { readonly year: number; readonly supportedYears: readonly number[] };
  UnsupportedHousehold: { readonly reason: Localized };
}

export type PasserelleErrorName = keyof PasserelleErrorInfo;

/** The serializable form of an error, returned by the safe functions and printed by the CLI. */
export type PasserelleFailure = {
  [N in PasserelleErrorName]: {
    readonly name: N;
    readonly message: Localized;
    readonly info: PasserelleErrorInfo[N];
  };
}[PasserelleErrorName];

export class PasserelleError extends Error {
  readonly failure: PasserelleFailure;

  constructor(failure: PasserelleFailure) {
    super(`${failure.name}: ${failure.message.en}`);
    this.name = 'PasserelleError';
    this.failure = failure;
  }
}

export function isPasserelleError<N extends PasserelleErrorName>(
  error: unknown,
  name?: N,
): error is PasserelleError & { readonly failure: Extract<PasserelleFailure, { name: N }> } {
  return error instanceof PasserelleError && (name === undefined || error.failure.name === name);
}

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PasserelleFailure };

/** Runs an unsafe computation and turns expected errors into a failure; unexpected ones are reported, never thrown. */
export function toOutcome<T>(compute: () => T): Outcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isPasserelleError(error)) return { ok: false, error: error.failure };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        name: 'UnsupportedHousehold',
        message: {
          fr: `Calcul impossible pour cette situation (erreur interne : ${detail}).`,
          en: `This situation cannot be computed (internal error: ${detail}).`,
        },
        info: {
          reason: {
            fr: 'Erreur interne inattendue : signalez-la avec les données saisies.',
            en: 'Unexpected internal error: please report it with the input.',
          },
        },
      },
    };
  }
}
