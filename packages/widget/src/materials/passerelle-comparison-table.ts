import { html, nothing, type TemplateResult } from 'lit';
import {
  comparisonColumns,
  comparisonTable,
  type ComparisonCell,
  type ComparisonHousehold,
  type ComparisonTable,
} from '@passerelle/rules';
import { speak } from '../i18n/typography.js';
import { MaterialsElement, speakProblem } from './materials-base.js';
import { materialsStyles } from './materials.styles.js';

/**
 * @summary The « Tableau calcul comparatif salaire vs aide sociale » for participants: for each
 * program, money per month at 0 to 25 hours a week with a wage at the minimum wage or an
 * allowance (not recognized, recognized), computed by the library for the rules in force, for one
 * adult or the household the host chooses (`household`, `child-ages`), said above the tables.
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
export class PasserelleComparisonTable extends MaterialsElement {
  static override styles = materialsStyles;

  static override properties = {
    ...MaterialsElement.properties,
    allowancePerHour: { type: String, attribute: 'allowance-per-hour' },
    household: { type: String },
    childAges: { type: String, attribute: 'child-ages' },
  };

  /** Allowance paid per hour in the allowance columns (dollars); 3 by default. */
  declare allowancePerHour: string | undefined;
  /**
   * Whose figures: `single` (one adult, by default) or `couple` (the second adult has no income and
   * the same program; the basic income is then left out). Said above the tables.
   */
  declare household: string | undefined;
  /** The children's ages, 0 to 17, separated by spaces or commas (`"4 9"`); none by default. */
  declare childAges: string | undefined;

  private cache: { key: string; table: ComparisonTable } | null = null;

  private table(
    year: number,
    month: number,
    perHour: number,
    household: ComparisonHousehold,
  ): ComparisonTable {
    const key = JSON.stringify([year, month, perHour, household]);
    if (this.cache?.key !== key)
      this.cache = {
        key,
        table: comparisonTable({ period: { year, month }, allowancePerHour: perHour, household }),
      };
    return this.cache.table;
  }

  /**
   * The household the host chose, and what could not be used, in words. An empty attribute is no
   * choice (the default), as for the other attributes.
   */
  private chosenHousehold(problems: string[]): ComparisonHousehold {
    const fr = this.w.lang === 'fr';
    let couple = false;
    const household =
      this.household === undefined || this.household === null ? '' : String(this.household);
    if (household === 'couple') couple = true;
    else if (household !== '' && household !== 'single')
      problems.push(
        fr
          ? `Réglage « household » invalide (« ${household.slice(0, 40)} ») : attendu « single » ou « couple » ; une personne seule est utilisée.`
          : `Setting “household” is invalid (“${household.slice(0, 40)}”): expected “single” or “couple”; a single person is used.`,
      );
    let childAges: number[] = [];
    const given =
      this.childAges === undefined || this.childAges === null ? '' : String(this.childAges);
    // Ages separated by spaces, commas or semicolons; a separator too many is not an age.
    const parts = given.split(/[\s,;]+/).filter((a) => a !== '');
    if (parts.length <= 6 && parts.every((a) => /^\d{1,2}$/.test(a) && Number(a) <= 17))
      childAges = parts.map(Number);
    else
      problems.push(
        fr
          ? `Réglage « child-ages » invalide (« ${given.slice(0, 40)} ») : attendu l’âge de chaque enfant, de 0 à 17 ans, six au plus (« 4 9 ») ; aucun enfant n’est compté.`
          : `Setting “child-ages” is invalid (“${given.slice(0, 40)}”): expected each child’s age, 0 to 17, six at most (“4 9”); no child is counted.`,
      );
    return { couple, childAges };
  }

  private cell(c: ComparisonCell): TemplateResult {
    const w = this.w;
    const d = c.shownDifference;
    return html`<strong>${c.leavesAssistance ? '★ ' : ''}${this.money(c.moneyPerMonth)}</strong>
      <span class="diff"
        >${d === 0 ? w.same : d > 0 ? w.more(this.money(d)) : w.less(this.money(-d))}</span
      >
      ${
        c.leavesAssistance
          ? html`<span class="flag"
              >${c.claimBookletMonths ? w.bookletKept(c.claimBookletMonths) : w.leaves}</span
            >`
          : nothing
      }`;
  }

  override render(): TemplateResult {
    const w = this.w;
    const { year, month, problems } = this.period();
    let perHour = 3;
    if (this.allowancePerHour !== undefined && this.allowancePerHour !== null) {
      const given = String(this.allowancePerHour);
      const n = Number(given);
      if (/^\d+(\.\d{1,2})?$/.test(given) && n <= 200) perHour = n;
      else
        problems.push(
          w.lang === 'fr'
            ? `Réglage « allowance-per-hour » invalide (« ${String(this.allowancePerHour).slice(0, 40)} ») : 3 $ l’heure est utilisé.`
            : `Setting “allowance-per-hour” is invalid (“${String(this.allowancePerHour).slice(0, 40)}”): $3 an hour is used.`,
        );
    }
    const t = this.table(year, month, perHour, this.chosenHousehold(problems));
    const monthName = `${w.months[month - 1]} ${year}`;
    const uncertainty = t.uncertainty ? t.uncertainty[w.lang] : '';
    return html`<div part="base" lang=${w.lang}>
      <h2>${w.tableTitle}</h2>
      <p class="for-whom" data-testid="for-whom"><strong>${speak(w.lang, t.forWhom)}</strong></p>
      ${
        problems.length > 0
          ? html`<ul class="problems" role="alert">
              ${problems.map((p) => html`<li>${speakProblem(w.lang, p)}</li>`)}
            </ul>`
          : nothing
      }
      <ul class="guide">
        ${(this.simple ? w.tableGuideSimple : w.tableGuide).map((g) => html`<li>${g}</li>`)}
      </ul>
      <p class="small">${w.rulesOf(monthName)} ${w.perHour(this.money(perHour))} ${uncertainty}</p>
      <div class="programs">
        ${t.programs.map(
          // Each table scrolls on its own on a phone: focusable, named by its program, so that a
          // keyboard can scroll it too.
          (p) =>
            html`<section class="program">
              <div
                class="table-wrap"
                tabindex="0"
                role="region"
                aria-label=${w.programs[p.program]}
              >
                <table data-testid=${`table-${p.program}`}>
                  <caption>
                    ${w.programs[p.program]}
                    <span class="small">${w.noActivity(this.money(p.noActivity))}</span>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${w.hours}</th>
                      ${comparisonColumns.map((c) => html`<th scope="col">${w.columns[c]}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${p.rows.map(
                      (r) =>
                        html`<tr>
                          <th scope="row">${r.hours}</th>
                          ${comparisonColumns.map((c) => html`<td>${this.cell(r.cells[c])}</td>`)}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${
                // Under the frame, not in it: a sentence is read whole, never scrolled away.
                p.cliffs.map(
                  (c) =>
                    html`<p class="small cliff" data-testid=${`cliff-${p.program}`}>
                      ⚠ ${speak(w.lang, this.simple ? c.simpleExplanation : c.explanation)}
                    </p>`,
                )
              }
            </section>`,
        )}
      </div>
      <p class="small">${w.privacy}</p>
      <button type="button" @click=${() => window.print()}>${w.print}</button>
    </div>`;
  }
}
