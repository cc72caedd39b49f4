/**
 * « D'où viennent ces montants ? »: each amount with its sentence, then the sources once, by
 * publisher, with what is known of each value's status. Rendered only when opened.
 */
import { html, type TemplateResult } from 'lit';
import type { SimulationResult } from '@passerelle/rules';
import { publisherOf } from '../i18n/publishers.js';
import { sourceUrlOf } from './parameter-sources.js';
import type { RenderContext } from '../parts/render-context.js';

type Status = keyof RenderContext['t']['status'];

export function renderExplanations(c: RenderContext, r: SimulationResult): TemplateResult {
  const { t } = c;
  const sources = new Map<string, { title: string; statuses: Set<Status> }>();
  for (const l of r.lines) {
    for (const p of l.explanation.parameters) {
      const url = sourceUrlOf(p);
      // Not named until the parameters' documentation has arrived (a moment after opening).
      if (url.includes('passerelle.invalid')) continue;
      const entry = sources.get(url) ?? { title: new URL(url).hostname, statuses: new Set() };
      entry.statuses.add(p.verified ? 'verified' : p.status);
      sources.set(url, entry);
    }
  }
  const lines = r.lines.filter((l) => l.monthly !== 0 || l.annual !== 0);
  return html`${lines.map(
      (l) =>
        html`<div class="explanation" part="explanation">
          <p>
            <strong>${c.speak(l.label)}${t.colon}${c.money(l.monthly)} ${t.perMonth}</strong>
          </p>
          <p>${c.speak(l.explanation.text)}</p>
        </div>`,
    )}
    ${r.exit.explanation ? html`<p class="exit">${c.speak(r.exit.explanation)}</p>` : ''}
    <h5>${t.sources}</h5>
    <ul class="sources">
      ${[...sources].map(
        ([url, s]) =>
          html`<li>
            <a href=${url} target="_blank" rel="noopener noreferrer" title=${s.title}
              >${publisherOf(url, t.lang)}</a
            >
            — ${[...s.statuses].map((x) => t.status[x]).join(t.lang === 'fr' ? '\u00a0; ' : '; ')}
          </li>`,
      )}
    </ul>`;
}
