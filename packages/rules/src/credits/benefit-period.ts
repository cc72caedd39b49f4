/**
 * The GST credit, the Canada child benefit and the solidarity credit are paid over periods of
 * July to June. Their parameters hold, under a year, the amounts of the period that starts in July
 * of that year (docs/calculation.md): an entry's year names its period.
 */
import type { Lang } from '../i18n/localized.js';
import type { ResolvedParameter } from '../parameters/parameter-set.js';

/** The year in whose July the period of this parameter's amounts starts. */
export function benefitPeriodStart(p: ResolvedParameter): number {
  return Number(p.entry.effectiveFrom.slice(0, 4));
}

/** « période de versement de juillet 2025 à juin 2026 ». */
export const benefitPeriodWords: Record<Lang, (start: number) => string> = {
  fr: (start) => `période de versement de juillet ${start} à juin ${start + 1}`,
  en: (start) => `payment period July ${start} to June ${start + 1}`,
};
