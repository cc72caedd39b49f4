/** The simulator's print styles (a one-page handout). */
import { css } from 'lit';

export const printStyles = css`
  @media print {
    :host {
      font-size: 8.5pt;
      --_line-height: 1.25;
      line-height: 1.25;
    }
    .form,
    .actions,
    .toggles,
    .next-hour,
    .reference,
    .answer-bar,
    .term,
    .field,
    .recognition,
    .situation-summary button,
    .chart-table,
    .privacy,
    .intro,
    .explanations,
    /* Words that ask something of the screen (« indiquez vos mois… »): nothing to do on paper.
       The costs' notes and each « Je ne sais pas » outcome’s line stay on screen: on one page,
       a card keeps its own line after the costs. */
    .screen-only,
    .after-costs-note,
    .both-outcomes .after-costs {
      display: none;
    }
    .print-only {
      display: block;
    }
    .screen-words {
      display: none;
    }
    .paper-words {
      display: inline;
    }
    /* The allowance’s amount per hour, printed in place of its field: one small tight line. */
    .scenario .print-only {
      margin: 0;
      font-size: 8pt;
    }
    .base {
      gap: 0.4rem;
    }
    .title {
      font-size: 13pt;
    }
    /* Side by side, the card with no activity narrower: it says an amount and its coverage, the
       others a sentence, a warning, the spring and the health conditions. Equal columns made
       the wage card past the exit point so tall that the chart went alone to a second page
       (23 and 25 h, measured). */
    .results {
      display: flex;
      gap: 0.4rem;
    }
    .scenario {
      flex: 1 1 0;
      min-width: 0;
      padding: 0.4rem;
    }
    .scenario-none {
      flex-grow: 0.6;
    }
    /* The wage card says the most past the exit (headline, warning, spring, the booklet’s
       condition, the months toward the revenu de base): wider, it takes fewer lines. Equal to the
       allowance’s, a single adult at 23 h with costs and 40 months counted printed on two pages. */
    .scenario-wage {
      flex-grow: 1.25;
    }
    .headline,
    .simple .headline {
      font-size: 10.5pt;
    }
    /* « Facile à lire » enlarges the text on screen; on paper it keeps the sheet’s sizes, or its
       summary would take two pages (it did at every hours). */
    .simple {
      font-size: inherit;
    }
    /* rem sizes follow the page’s root, not the host: set print sizes in points. */
    .exact,
    .reference,
    .uncertainty,
    .next-hour,
    .spring,
    .lag,
    .coverage,
    .callout,
    .outcome,
    .definition-note,
    .situation-summary,
    .help {
      font-size: 8pt;
      margin: 0.1rem 0;
    }
    .callout,
    .outcome {
      padding: 0.15rem 0.3rem;
    }
    .outcome-amount strong {
      font-size: 10pt;
    }
    .scenario h3 {
      font-size: 10pt;
    }
    h4 {
      margin: 0.3rem 0 0.1rem;
    }
    .notices {
      margin: 0.3rem 0;
      font-size: 8pt;
    }
    /* The one-month rule is on screen beside each answer; the page keeps to one sheet without
       it (the basic income’s rule, which changes the figure’s meaning, stays). */
    .lag[data-code='nextMonthEffect'] {
      display: none;
    }
  }
`;
