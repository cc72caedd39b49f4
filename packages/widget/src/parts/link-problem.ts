/**
 * The name in words of a setting a shared link holds (« Chez un parent », not « lp »): a detail
 * word, so that a page whose link is good never downloads the names (this module is loaded on
 * demand by the simulator; the meeting, which carries the detail words, imports it).
 */
import { withDetails } from '../i18n/details.js';
import type { Translation } from '../i18n/translation.js';
import type { LinkFieldKey } from '../state/fields.js';

export function linkFieldName(t: Translation, key: LinkFieldKey): string {
  return withDetails(t).linkFieldNames[key];
}

/** A key the link holds that no setting has (« zz »): said as such, not as a bad value. */
export function unknownLinkSetting(t: Translation, key: string, value: string): string {
  return withDetails(t).unknownLinkSetting(key, value);
}
