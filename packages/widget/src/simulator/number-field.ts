/**
 * A typed number, shown as typed and never silently replaced: a value that is not a number or is
 * out of its field's limits marks the box (`aria-invalid`, a message tied to it by
 * `aria-describedby`), and the results keep the last valid value until the box is fixed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { readField, type WidgetState } from '../state/widget-state.js';
import type { NumberFieldOptions } from './render-context.js';

/** Texts typed but not valid yet, by field id: what the box shows instead of the state. */
export type Drafts = Map<string, string>;

export function renderNumberField(
  o: NumberFieldOptions,
  drafts: Drafts,
  lang: 'fr' | 'en',
  onValid: (patch: Partial<WidgetState>) => void,
  rerender: () => void,
  keptLastResult: string,
): TemplateResult {
  const draft = drafts.get(o.id);
  const invalid = draft !== undefined;
  const shown =
    draft ?? (o.value === null ? '' : String(o.value).replace('.', lang === 'fr' ? ',' : '.'));
  const read = (e: Event) => {
    const text = (e.target as HTMLInputElement).value;
    const value = readField(o.spec, text);
    if (value.ok) {
      drafts.delete(o.id);
      onValid({ [o.spec.key]: value.value } as Partial<WidgetState>);
      rerender();
    } else {
      drafts.set(o.id, text);
      rerender();
    }
  };
  const describedBy = [o.help ? `${o.id}-help` : '', invalid ? `${o.id}-error` : '']
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
      @change=${read}
    />
    ${o.help ? html`<p class="help" id=${`${o.id}-help`}>${o.help}</p>` : nothing}
    ${
      invalid
        ? html`<p class="field-error" id=${`${o.id}-error`} role="alert">
            ${o.message} ${keptLastResult}
          </p>`
        : nothing
    }
  </div>`;
}
