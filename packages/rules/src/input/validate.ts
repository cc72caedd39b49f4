import type * as z from 'zod/mini';
import { PasserelleError, type InputIssue } from '../errors.js';
import type { Localized } from '../i18n/localized.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { simulationInputSchema, type ValidSimulationInput } from './schema.js';

/** Plain-language names of the fields, so that an error says which box to fix (every field of the input has one: tested). */
export const fieldLabels: Record<string, Localized> = {
  period: { fr: 'Période', en: 'Period' },
  year: { fr: 'Année', en: 'Year' },
  month: { fr: 'Mois', en: 'Month' },
  household: { fr: 'Ménage', en: 'Household' },
  adults: { fr: 'Adultes', en: 'Adults' },
  children: { fr: 'Enfants', en: 'Children' },
  age: { fr: 'Âge', en: 'Age' },
  program: { fr: 'Programme d’aide', en: 'Assistance program' },
  temporaryConstraints: { fr: 'Contraintes temporaires', en: 'Temporary constraints' },
  disabilityTaxCredit: {
    fr: 'Crédit d’impôt pour personnes handicapées',
    en: 'Disability tax credit',
  },
  disability: { fr: 'Enfant handicapé', en: 'Child with a disability' },
  paidChildcare: { fr: 'Garde payante', en: 'Paid childcare' },
  activity: { fr: 'Activité', en: 'Activity' },
  wage: { fr: 'Salaire', en: 'Wage' },
  allowance: { fr: 'Allocation RPST', en: 'RPST allowance' },
  hoursPerWeek: { fr: 'Heures par semaine', en: 'Hours per week' },
  hourlyWage: { fr: 'Salaire horaire', en: 'Hourly wage' },
  amountPerHour: { fr: 'Allocation par heure', en: 'Allowance per hour' },
  amountPerMonth: { fr: 'Allocation par mois', en: 'Allowance per month' },
  options: { fr: 'Options', en: 'Options' },
  allowanceTreatment: { fr: 'Traitement de l’allocation', en: 'Allowance treatment' },
  allowanceExclusionCap: {
    fr: 'Plafond d’exclusion de l’allocation',
    en: 'Allowance exclusion cap',
  },
  allowanceTaxTreatment: { fr: 'Imposition de l’allocation', en: 'Allowance tax treatment' },
  livesAlone: { fr: 'Vit seul ou seule', en: 'Lives alone' },
  housingComponent: {
    fr: 'Composante logement du crédit pour solidarité',
    en: 'Solidarity credit housing component',
  },
  groupInsurance: { fr: 'Assurance collective', en: 'Group insurance' },
  includeClaimBookletValue: {
    fr: 'Valeur du carnet de réclamation comptée',
    en: 'Claim booklet value counted',
  },
  creditTiming: { fr: 'Moment des crédits', en: 'Credit timing' },
  longTermRecipient: {
    fr: 'À l’aide au moins 36 des 42 derniers mois',
    en: 'On assistance at least 36 of the last 42 months',
  },
  monthsOnAssistance: { fr: 'Mois consécutifs à l’aide', en: 'Consecutive months on assistance' },
  costsOfWorking: { fr: 'Frais liés au travail', en: 'Costs of working' },
  transportPerMonth: { fr: 'Transport par mois', en: 'Transport per month' },
  childcarePerMonth: { fr: 'Frais de garde par mois', en: 'Childcare per month' },
  monthsTowardBasicIncome: {
    fr: 'Mois comptés pour le revenu de base',
    en: 'Months counted toward the basic income',
  },
  subsidizedHousing: { fr: 'Logement subventionné', en: 'Subsidized housing' },
  livesWithParent: { fr: 'Habite avec son père ou sa mère', en: 'Lives with father or mother' },
  label: { fr: 'Libellé', en: 'Label' },
  profiles: { fr: 'Profils', en: 'Profiles' },
};

function labelOf(
  path: readonly PropertyKey[],
  more: Readonly<Record<string, Localized>> = {},
): Localized {
  const named = [...path]
    .reverse()
    .find((p) => typeof p === 'string' && (more[p] ?? fieldLabels[p]));
  const label = typeof named === 'string' ? (more[named] ?? fieldLabels[named]) : undefined;
  const index = path.find((p) => typeof p === 'number');
  const who = path.includes('adults') ? 'adults' : path.includes('children') ? 'children' : null;
  const suffix =
    typeof index === 'number' && who
      ? ` (${who === 'adults' ? 'adulte' : 'enfant'} ${index + 1})`
      : '';
  const suffixEn =
    typeof index === 'number' && who
      ? ` (${who === 'adults' ? 'adult' : 'child'} ${index + 1})`
      : '';
  return label
    ? { fr: label.fr + suffix, en: label.en + suffixEn }
    : { fr: path.join('.') || 'Entrée', en: path.join('.') || 'Input' };
}

/** zod's type names, in words. */
const expectedType: Partial<Record<string, Localized>> = {
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  string: { fr: 'du texte', en: 'text' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  array: { fr: 'une liste [ … ]', en: 'a list [ … ]' },
  object: { fr: 'un objet { … }', en: 'an object { … }' },
};

function describe(issue: z.core.$ZodIssue): Localized {
  // Every parse here passes `reportInput`, so a missing field is an issue whose input is undefined
  // (a missing program is « missing », not « unknown value »).
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    'input' in issue &&
    issue.input === undefined
  )
    return { fr: 'champ manquant', en: 'missing field' };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedType[issue.expected] ?? { fr: issue.expected, en: issue.expected };
      return { fr: `attendu : ${expected.fr}`, en: `expected ${expected.en}` };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return {
          fr: `au moins ${String(issue.minimum)} élément(s)`,
          en: `at least ${String(issue.minimum)} item(s)`,
        };
      return {
        fr: `doit être ${issue.inclusive === false ? 'supérieur à' : 'au moins'} ${String(issue.minimum)}`,
        en: `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}`,
      };
    case 'too_big':
      if (issue.origin === 'array')
        return {
          fr: `au plus ${String(issue.maximum)} élément(s)`,
          en: `at most ${String(issue.maximum)} item(s)`,
        };
      return {
        fr: `doit être au plus ${String(issue.maximum)}`,
        en: `must be at most ${String(issue.maximum)}`,
      };
    case 'invalid_value':
      return {
        fr: `valeur inconnue ; valeurs permises : ${issue.values.map(String).join(', ')}`,
        en: `unknown value; allowed: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        fr: `champ(s) inconnu(s) : ${issue.keys.join(', ')}`,
        en: `unknown field(s): ${issue.keys.join(', ')}`,
      };
    case 'custom': {
      const params = issue.params as Partial<Localized> | undefined;
      const trim = (t: string) => t.replace(/[.\s]+$/, '');
      if (params?.fr && params.en) return { fr: trim(params.fr), en: trim(params.en) };
      return { fr: issue.message, en: issue.message };
    }
    default:
      return { fr: `valeur invalide (${issue.code})`, en: `invalid value (${issue.code})` };
  }
}

/**
 * `labels`: names of fields a caller's own schema adds (the analyst tools name theirs there, so
 * that the participant's simulator does not carry them).
 */
export function toInputIssues(
  error: z.core.$ZodError,
  labels: Readonly<Record<string, Localized>> = {},
  where: (path: readonly PropertyKey[]) => Localized | null = () => null,
): InputIssue[] {
  return error.issues.map((issue) => {
    const label = labelOf(issue.path, labels);
    const what = describe(issue);
    // Where the field is, when its name alone does not say it (the month of a timeline).
    const at = where(issue.path);
    return {
      field: issue.path.map(String).join('.'),
      code: issue.code,
      message: {
        fr: `${at ? `${at.fr} — ` : ''}${label.fr} : ${what.fr}.`,
        en: `${at ? `${at.en} — ` : ''}${label.en}: ${what.en}.`,
      },
    };
  });
}

/** The InvalidInput error for a failed zod parse, with every issue localized. */
export function invalidInputError(
  error: z.core.$ZodError,
  labels: Readonly<Record<string, Localized>> = {},
  where?: (path: readonly PropertyKey[]) => Localized | null,
): PasserelleError {
  const issues = toInputIssues(error, labels, where);
  return new PasserelleError({
    name: 'InvalidInput',
    message: {
      fr: `Données invalides : ${issues.map((i) => i.message.fr).join(' ')}`,
      en: `Invalid input: ${issues.map((i) => i.message.en).join(' ')}`,
    },
    info: { issues },
  });
}

/** Validates a public input; throws a PasserelleError (InvalidInput or UnsupportedPeriod) on failure. */
export function validateInputUnsafe(
  input: unknown,
  parameters: ParameterSet,
): ValidSimulationInput {
  const parsed = simulationInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw invalidInputError(parsed.error);
  const { year } = parsed.data.period;
  if (!parameters.supportedYears.includes(year)) {
    const years = parameters.supportedYears.join(', ');
    throw new PasserelleError({
      name: 'UnsupportedPeriod',
      message: {
        fr: `Année : aucun paramètre pour ${year}. Années disponibles : ${years}.`,
        en: `Year: no parameters for ${year}. Available years: ${years}.`,
      },
      info: { year, supportedYears: parameters.supportedYears },
    });
  }
  return parsed.data;
}
