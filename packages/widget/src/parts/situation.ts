/**
 * The person's situation: one line once filled (« Votre situation : solidarité sociale, seul·e,
 * juin 2026. Modifier »), the form when opened. Opening moves focus to the first question,
 * closing moves it back to the « Modifier » button, so that focus is never lost when it folds.
 */
import { html, type TemplateResult } from 'lit';
import { childrenOf, childrenWithoutAge } from '../state/fields.js';
import type { RenderContext } from './render-context.js';

export function situationParts(c: RenderContext): string[] {
  const { t, state: s } = c;
  const parts = [
    t.programs[s.program] +
      (s.program === 'socialAssistance' && s.temporaryConstraints
        ? ` (${t.temporaryConstraints.toLowerCase()})`
        : ''),
    s.household === 'couple' ? t.couple : t.single,
  ];
  if (s.program === 'socialAssistance' && s.livesWithParent) parts.push(t.livesWithParentSummary);
  const ages = childrenOf(s).map((x) => x.age);
  if (ages.length > 0) parts.push(t.childrenCount(ages));
  const missing = childrenWithoutAge(s);
  if (missing > 0) parts.push(t.childAgeMissing(missing));
  parts.push(`${t.month(s.month)} ${s.year}`);
  const costs = s.transportCosts + (ages.length + missing > 0 ? s.childcareCosts : 0);
  if (costs > 0) parts.push(t.costsSummary(c.money(costs, 0)));
  if (s.includeClaimBookletValue) parts.push(t.includeBookletSummary);
  return parts;
}

export function renderSituation(
  c: RenderContext,
  open: boolean,
  toggle: (open: boolean) => void,
  /** The form, opened from the summary. */
  form: (c: RenderContext, toggle: (open: boolean) => void) => TemplateResult,
): TemplateResult {
  const { t } = c;
  if (!open) {
    return html`<div class="situation-summary" part="situation">
      <p id="situation-line">${t.situationSummary(situationParts(c))}</p>
      <button
        type="button"
        id="situation-open"
        class="secondary"
        aria-expanded="false"
        aria-controls="situation-form"
        aria-describedby="situation-line"
        @click=${() => toggle(true)}
      >
        ${t.changeSituation}
      </button>
    </div>`;
  }
  return form(c, toggle);
}
