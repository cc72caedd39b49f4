/**
 * The answer bar: the headline of the scenario whose hours a person is moving, kept at the bottom
 * of the screen while the card's own headline is out of view, so that on a phone the answer is
 * always on screen with the slider. It is hidden (and silent) when the headline itself is visible.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../parts/render-context.js';

export function renderAnswerBar(
  c: RenderContext,
  headline: string | null,
  warning: string | null,
  hidden: boolean,
  /** With costs of working: the money left after them, so the bar and the card say the same. */
  afterCosts: string | null = null,
): TemplateResult | typeof nothing {
  if (headline === null) return nothing;
  return html`<div
    class="answer-bar ${hidden ? 'answer-bar-hidden' : ''}"
    part="answer-bar"
    role="region"
    aria-label=${c.t.answerBar}
    aria-hidden=${hidden ? 'true' : 'false'}
    data-testid="answer-bar"
  >
    <p class="answer-bar-headline">${headline}</p>
    ${afterCosts ? html`<p class="answer-bar-costs" data-testid="answer-bar-costs">${afterCosts}</p>` : nothing}
    ${warning ? html`<p class="answer-bar-warning">${c.t.attention}${c.t.colon}${warning}</p>` : nothing}
  </div>`;
}
