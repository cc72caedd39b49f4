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
  /** The library's definition, when it owns the words (amounts read from the parameters). */
  libraryDefinition?: string,
): TemplateResult {
  const entry = t.terms[id];
  const definition = libraryDefinition ?? (id === 'recognition' ? '' : t.termDefinitions[id]);
  const defId = `term-${id}-${scope}`;
  return html`<button
      type="button"
      class="term"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${defId}
      aria-label=${t.explainTerm(entry.term)}
      @click=${toggle}
    >
      ?</button
    ><span class="term-definition" id=${defId} ?hidden=${!open}
      ><strong>${entry.term}</strong>${t.colon}${definition}</span
    >`;
}
