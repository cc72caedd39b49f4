/**
 * What the library says about the household itself, whatever the activity, and that the figures
 * do not count (living with a parent on aide sociale, RAPF s. 57): the participant's page and the
 * meeting say it in the library's words, plain ones in « Facile à lire ».
 */
import type { Localized, SimulationResult } from '@passerelle/rules';

export function householdWarning(r: SimulationResult | null, simple: boolean): Localized | null {
  const notice = r?.notices.find((n) => n.code === 'livingWithParent');
  if (!notice) return null;
  return simple && notice.simpleMessage ? notice.simpleMessage : notice.message;
}
