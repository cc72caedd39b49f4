/**
 * « Voir le détail du calcul »: the month before taxes and credits, the tax year, the notes, and
 * where each amount comes from. Loaded when a person opens it, with its words (`withDetails`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SimulationResult } from '@passerelle/rules';
import { withDetails } from '../i18n/details.js';
import type { RenderContext } from '../parts/render-context.js';
import { renderExplanations } from './render-explanations.js';

export function renderDetailsBody(c: RenderContext, r: SimulationResult): TemplateResult {
  const t = withDetails(c.t);
  const m = r.monthly;
  const y = r.taxYear;
  // From January to June the month is paid the credits of the period begun the July before: the
  // library's row takes the year's total there, so that the table adds up to the month.
  const credits = r.moneyPerMonth.creditPeriod;
  const rows: [string, number][] = [
    [t.lines.grossEarnings, m.grossEarnings],
    [t.lines.payrollDeductions, -m.payrollDeductions],
    [t.lines.allowances, m.allowances],
    [t.lines.benefit, r.program === 'none' ? 0 : m.benefit],
    [t.lines.workIncomeSupplement, m.workIncomeSupplement],
  ];
  const taxRows: [string, number][] = [
    [t.taxLines.federalIncomeTax, -y.federalIncomeTax],
    [t.taxLines.quebecIncomeTax, -y.quebecIncomeTax],
    [
      y.workPremiumKind === 'adapted' ? t.taxLines.adaptedWorkPremium : t.taxLines.workPremium,
      y.workPremium,
    ],
    [t.taxLines.workPremiumSupplement, y.workPremiumSupplement],
    [t.taxLines.canadaWorkersBenefit, y.canadaWorkersBenefit],
    [t.taxLines.gstCredit, y.gstCredit],
    [t.taxLines.canadaChildBenefit, y.canadaChildBenefit],
    [t.taxLines.familyAllowance, y.familyAllowance],
    [t.taxLines.solidarityCredit, y.solidarityCredit],
    [t.taxLines.drugInsurancePremium, y.drugInsurancePremium],
    [t.taxLines.claimBookletValue, y.claimBookletValueIncluded ? y.claimBookletValue : 0],
  ];
  const row = ([label, v]: [string, number]) =>
    html`<div class="row">
      <dt>${label}</dt>
      <dd>${c.money(v === 0 ? 0 : v)}</dd>
    </div>`;
  return html`<p class="definition">${t.definition}</p>
    <h4>${t.breakdown}</h4>
    <dl class="breakdown">
      ${rows.filter(([, v], i) => v !== 0 || i === 3).map(row)}
      ${row([t.lines.disposableIncome, m.disposableIncome])}
    </dl>
    <h4>${t.taxYearTitle(y.year)}</h4>
    <dl class="breakdown">
      ${taxRows.filter(([, v]) => v !== 0).map(row)} ${row([t.taxLines.total, y.disposableIncome])}
      ${
        credits.yearDifference === 0
          ? nothing
          : row([c.speak(credits.label), credits.yearDifference])
      }
      ${
        // The spring money comes apart from the months: taken out here, so that the rows add up
        // to the card's amount (total + credit difference − spring money = 12 × a month).
        r.moneyPerMonth.springAmount === 0
          ? nothing
          : row([t.taxLines.spring, -r.moneyPerMonth.springAmount])
      }
      ${row([t.taxLines.perMonth, r.moneyPerMonth.amount])}
    </dl>
    <ul class="notices" part="notices">
      ${r.notices.map((n) => html`<li class=${n.severity}>${c.speak(n.message)}</li>`)}
    </ul>
    ${
      // In plain words the rules and their sources are one click further: they quote laws and
      // tables as written.
      c.simple
        ? html`<details class="where-from">
            <summary>${t.whereFrom}</summary>
            ${renderExplanations(c, r)}
          </details>`
        : html`<h4>${t.whereFrom}</h4>
            ${renderExplanations(c, r)}`
    }`;
}
