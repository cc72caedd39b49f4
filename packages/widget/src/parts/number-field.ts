/**
 * A typed number, shown as typed and never silently replaced: a value that is not a number or is
 * out of its field's limits marks the box (`aria-invalid`, a message tied to it by
 * `aria-describedby`), and the results keep the last valid value until the box is fixed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { plainNumber, readField, type WidgetState } from '../state/widget-state.js';
import type { NumberFieldOptions } from './render-context.js';

/**
 * Texts typed and not yet committed (`typing`, until the box's change event) or committed but
 * not valid (`invalid`), by state key (one box per key): what the box shows instead of the state, so that a redraw
 * while a person types never wipes what they typed.
 */
export interface Drafts {
  readonly typing: Map<string, string>;
  readonly invalid: Map<string, string>;
}

export function createDrafts(): Drafts {
  return { typing: new Map(), invalid: new Map() };
}

export function renderNumberField(
  o: NumberFieldOptions,
  drafts: Drafts,
  lang: 'fr' | 'en',
  onValid: (patch: Partial<WidgetState>) => void,
  rerender: () => void,
  keptLastResult: string,
): TemplateResult {
  const draft = drafts.invalid.get(o.spec.key);
  const invalid = draft !== undefined;
  const shown =
    drafts.typing.get(o.spec.key) ??
    draft ??
    (o.value === null ? '' : plainNumber(o.value).replace('.', lang === 'fr' ? ',' : '.'));
  const typing = (e: Event) => drafts.typing.set(o.spec.key, (e.target as HTMLInputElement).value);
  const read = (e: Event) => {
    const text = (e.target as HTMLInputElement).value;
    drafts.typing.delete(o.spec.key);
    const value = readField(o.spec, text, lang);
    if (value.ok) {
      drafts.invalid.delete(o.spec.key);
      onValid({ [o.spec.key]: value.value } as Partial<WidgetState>);
    } else {
      drafts.invalid.set(o.spec.key, text);
    }
    rerender();
  };
  const warned = !invalid && o.warning ? o.warning : null;
  const describedBy = [
    o.help ? `${o.id}-help` : '',
    invalid ? `${o.id}-error` : '',
    warned ? `${o.id}-warning` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<div class="field number-field">
    <label for=${o.id} class=${o.hiddenLabel ? 'visually-hidden' : ''}>${o.label}</label>
    <input
      id=${o.id}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      placeholder=${o.placeholder ?? nothing}
      .value=${live(shown)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${typing}
      @change=${read}
    />
    ${o.help ? html`<p class="help" id=${`${o.id}-help`}>${o.help}</p>` : nothing}
    ${
      // A valid value that deserves a second look (a wage below the minimum): said, not refused.
      warned
        ? html`<p class="field-warning" id=${`${o.id}-warning`} role="status">${warned}</p>`
        : nothing
    }
    ${
      invalid
        ? html`<p class="field-error" id=${`${o.id}-error`} role="alert">
            ${o.message} ${keptLastResult}
          </p>`
        : nothing
    }
  </div>`;
}
