/**
 * The detail words (situation form, detail of the calculation) for the words a page holds: English
 * and « Facile à lire » carry them; French in standard words gets them here. Imported only by the
 * parts loaded on demand, so a first visit does not download them.
 */
import { frDetailWords } from './fr-details.js';
import { overlaid } from './overlay.js';
import type { DetailedTranslation, Translation } from './translation.js';
import { typesetFrench } from './typography.js';

const frDetails = typesetFrench(frDetailWords);
const detailed = new WeakMap<Translation, DetailedTranslation>();

function hasDetails(t: Translation): t is DetailedTranslation {
  return t.whereFrom !== undefined && t.situationDone !== undefined;
}

export function withDetails(t: Translation): DetailedTranslation {
  if (hasDetails(t)) return t;
  let out = detailed.get(t);
  if (!out) {
    // Only French lacks them (English carries its own): the French ones, typeset, under the
    // page's own (« Facile à lire » brings some plain labels for the detail's two tables, merged
    // label by label).
    out = overlaid(frDetails as Partial<DetailedTranslation>, t) as DetailedTranslation;
    detailed.set(t, out);
  }
  return out;
}
