/**
 * A word explained on demand: a « ? » button (its accessible name asks « Qu'est-ce que … ? »)
 * that shows or hides the definition just after it, announced by `aria-expanded`.
 */
import { html, type TemplateResult } from 'lit';
import type { TermId, Translation } from '../i18n/translation.js';

export function renderTerm(
  t: Translation,
  id: TermId,
  scope: string,
  open: boolean,
  toggle: () => void,
  /**
   * The library's words, when it owns them (amounts read from the parameters): its definition,
   * and for some words the term itself (« supplément de 25 % »).
   */
  library?: { readonly term?: string; readonly definition: string },
): TemplateResult {
  const term = library?.term ?? (id === 'workIncomeSupplement' ? '' : t.terms[id].term);
  const definition =
    library?.definition ??
    (id === 'recognition' || id === 'workIncomeSupplement' ? '' : t.termDefinitions[id]);
  const defId = `term-${id}-${scope}`;
  return html`<button
      type="button"
      class="term"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${defId}
      aria-label=${t.explainTerm(term)}
      @click=${toggle}
    >
      ?</button
    ><span class="term-definition" id=${defId} ?hidden=${!open}
      ><strong>${term}</strong>${t.colon}${definition}</span
    >`;
}
