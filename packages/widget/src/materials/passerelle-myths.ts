import { html, nothing, type TemplateResult } from 'lit';
import { speak, frenchTypography } from '../i18n/typography.js';
import { MaterialsElement, speakProblem } from './materials-base.js';
import { materialsStyles } from './materials.styles.js';
import { mythResults, myths } from './myths.js';

/**
 * @summary « Mythes et réalités » for participants: each myth, the reality in two or three plain
 * sentences with its live figure (computed by the library), and its sources.
 * @status experimental
 * @since 0.2
 *
 * @event passerelle-language - The language the element speaks changed (and once at first); `detail.lang` is `fr` or `en`, for the host page's own text.
 *
 * @csspart base - The whole sheet.
 *
 * @cssproperty --passerelle-font-family - Font of the sheet.
 * @cssproperty --passerelle-color-text - Text colour.
 * @cssproperty --passerelle-color-surface - Background of the sheet.
 * @cssproperty --passerelle-color-primary - Accent colour (headings, links, focus ring).
 * @cssproperty --passerelle-color-border - Borders and rules.
 */
export class PasserelleMyths extends MaterialsElement {
  static override styles = materialsStyles;

  override render(): TemplateResult {
    const w = this.w;
    const { year, month, problems } = this.period();
    return html`<div part="base" class="myths" lang=${w.lang}>
      <h2>${w.mythsTitle}</h2>
      ${
        problems.length > 0
          ? html`<ul class="problems" role="alert">
              ${problems.map((p) => html`<li>${speakProblem(w.lang, p)}</li>`)}
            </ul>`
          : nothing
      }
      <p>
        ${w.mythsIntro} <span class="small">${w.rulesOf(`${w.months[month - 1]} ${year}`)}</span>
      </p>
      <p class="for-whom" data-testid="for-whom"><strong>${w.mythsForWhom}</strong></p>
      ${myths.map((m) => {
        const outcomes = mythResults(m, { year, month });
        const results = outcomes.flatMap((o) => (o.ok ? [o.value] : []));
        if (results.length !== outcomes.length) return nothing;
        const figures = { results, money: (n: number) => this.money(n) };
        const say =
          w.lang === 'fr'
            ? this.simple
              ? m.reality.frSimple
              : m.reality.fr
            : this.simple
              ? m.reality.enSimple
              : m.reality.en;
        const text = say(figures);
        return html`<section
          class="myth"
          data-testid=${`myth-${m.id}`}
          aria-labelledby=${`myth-${m.id}-title`}
        >
          <h3 id=${`myth-${m.id}-title`}>
            ${w.lang === 'fr' ? `«\u00a0${frenchTypography(m.myth.fr)}\u00a0»` : `“${m.myth.en}”`}
          </h3>
          <p>
            <strong>${w.reality}${w.lang === 'fr' ? '\u00a0:' : ':'}</strong>
            ${w.lang === 'fr' ? frenchTypography(text) : text}
          </p>
          <p class="small">
            ${w.sources}${w.lang === 'fr' ? '\u00a0:' : ':'}
            ${m.sources.map(
              (s, i) =>
                html`${i > 0 ? ' · ' : ''}<a href=${s.url} target="_blank" rel="noopener noreferrer"
                    >${speak(w.lang, s.title)}</a
                  >`,
            )}
          </p>
        </section>`;
      })}
      <p class="small">${w.privacy}</p>
      <button type="button" @click=${() => window.print()}>${w.print}</button>
    </div>`;
  }
}
