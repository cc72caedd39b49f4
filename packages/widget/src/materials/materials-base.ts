/**
 * What the participant materials share: the attributes `lang`, `reading-level`, `year` and
 * `month` (the rules of that month; the current month by default, or the latest the data has, and
 * said), their words, and a notice when an attribute is not valid.
 */
import { defaultParameters } from '@passerelle/rules';
import { isSpokenLanguage, PasserelleElement } from '../base/passerelle-element.js';
import { formatMoney } from '../i18n/format.js';
import { frenchTypography } from '../i18n/typography.js';
import { materialsEn, materialsFr, type MaterialsWords } from './words.js';

/** A problem with an attribute, set in the sheet's language's typography (« ; » unbroken). */
export function speakProblem(lang: 'fr' | 'en', problem: string): string {
  return lang === 'fr' ? frenchTypography(problem) : problem;
}

export abstract class MaterialsElement extends PasserelleElement {
  static override properties = {
    ...PasserelleElement.properties,
    year: { type: String },
    month: { type: String },
  };

  /** Year of the rules (one the data covers); the current one by default. */
  declare year: string | undefined;
  /** Month of the rules, 1–12; the current one by default. */
  declare month: string | undefined;

  protected get w(): MaterialsWords {
    return this.language === 'en' ? materialsEn : materialsFr;
  }

  protected money(n: number): string {
    return formatMoney(this.w.locale, n, 0);
  }

  /** The month whose rules apply, and the problems with the attributes, in words. */
  protected period(): { year: number; month: number; problems: string[] } {
    const years = defaultParameters.supportedYears;
    const now = new Date();
    const problems: string[] = [];
    let year = years.includes(now.getFullYear()) ? now.getFullYear() : years[years.length - 1]!;
    let month = now.getMonth() + 1;
    if (!years.includes(now.getFullYear()) && now.getFullYear() > year)
      problems.push(
        this.w.lang === 'fr'
          ? `Montants de ${year} : ceux de ${now.getFullYear()} ne sont pas encore intégrés.`
          : `${year} amounts: those of ${now.getFullYear()} are not in the data yet.`,
      );
    if (this.year !== undefined && this.year !== null) {
      const given = String(this.year);
      const y = Number(given);
      if (/^\d{4}$/.test(given) && years.includes(y)) year = y;
      else problems.push(this.invalid('year', given));
    }
    if (this.month !== undefined && this.month !== null) {
      const given = String(this.month);
      const m = Number(given);
      if (/^\d{1,2}$/.test(given) && m >= 1 && m <= 12) month = m;
      else problems.push(this.invalid('month', given));
    }
    if (!['standard', 'simple'].includes(this.readingLevel))
      problems.push(this.invalid('reading-level', String(this.readingLevel)));
    if (!isSpokenLanguage(this.lang)) problems.push(this.invalid('lang', String(this.lang)));
    return { year, month, problems };
  }

  private invalid(name: string, value: string): string {
    return this.w.lang === 'fr'
      ? `Réglage « ${name} » invalide (« ${value.slice(0, 40)} ») : la valeur par défaut est utilisée.`
      : `Setting “${name}” is invalid (“${value.slice(0, 40)}”): the default value is used.`;
  }
}
