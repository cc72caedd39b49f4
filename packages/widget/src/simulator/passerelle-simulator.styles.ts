import { css } from 'lit';

/** Styles of <passerelle-simulator>: themable only through the custom properties listed on the class. */
export const simulatorStyles = css`
  :host {
    --_text: var(--passerelle-color-text, #1b1b1f);
    --_surface: var(--passerelle-color-surface, #ffffff);
    --_primary: var(--passerelle-color-primary, #0b5394);
    --_border: var(--passerelle-color-border, #6b6b76);
    --_radius: var(--passerelle-radius, 0.5rem);
    --_none: var(--passerelle-series-none, #5f6368);
    --_allowance: var(--passerelle-series-allowance, #b35c00);
    --_wage: var(--passerelle-series-wage, #0b5394);
    display: block;
    color: var(--_text);
    font-family: var(--passerelle-font-family, system-ui, sans-serif);
    line-height: 1.5;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
    align-items: start;
  }
  .title {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.2;
  }
  .intro,
  .privacy {
    grid-column: 1 / -1;
    margin: 0;
  }
  .privacy {
    font-size: 0.9rem;
  }
  button {
    font: inherit;
    color: var(--_surface);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    cursor: pointer;
    min-height: 2.75rem;
  }
  button.lang {
    color: var(--_primary);
    background: var(--_surface);
  }
  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .form {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: center;
  }
  .field.check .help {
    grid-column: 1 / -1;
  }
  .field.inline {
    grid-template-columns: 1fr auto auto;
    align-items: center;
  }
  .field.hours {
    grid-template-columns: 1fr 5.5rem;
    align-items: center;
  }
  .field.hours label {
    grid-column: 1 / -1;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  .label {
    font-weight: 600;
  }
  label {
    font-weight: 600;
  }
  .radios label {
    font-weight: 400;
  }
  .help {
    margin: 0;
    font-size: 0.875rem;
  }
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.5rem;
    min-height: 2.75rem;
    min-width: 0;
    max-width: 100%;
  }
  input[type='range'] {
    width: 100%;
    min-height: 2.75rem;
    accent-color: var(--_primary);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_primary);
  }
  .group + .group {
    border-top: 1px solid var(--_border);
    margin-top: 0.75rem;
    padding-top: 0.5rem;
  }
  .group-title {
    font-size: 1rem;
    margin: 0.25rem 0;
  }
  .results {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  .scenario {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .scenario h3 {
    margin: 0 0 0.25rem;
    font-size: 1.15rem;
  }
  .scenario-none {
    border-top: 6px solid var(--_none);
  }
  .scenario-allowance {
    border-top: 6px solid var(--_allowance);
  }
  .scenario-wage {
    border-top: 6px solid var(--_wage);
  }
  .amount {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .big {
    font-size: 2.25rem;
    font-weight: 800;
    line-height: 1.1;
    color: var(--_text);
  }
  .difference,
  .per-hour {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1rem;
  }
  .breakdown {
    margin: 0;
  }
  .row {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    border-bottom: 1px dotted var(--_border);
    padding: 0.15rem 0;
  }
  .row:last-child {
    font-weight: 700;
    border-bottom: 0;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .notices {
    padding-left: 1.25rem;
    font-size: 0.9rem;
  }
  .notices .warning {
    font-weight: 600;
  }
  .explanations summary,
  .chart-table summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
  }
  .explanation {
    border-left: 3px solid var(--_border);
    padding-left: 0.5rem;
    margin: 0.5rem 0;
    font-size: 0.9rem;
  }
  .explanation p {
    margin: 0.15rem 0;
  }
  .sources {
    padding-left: 1rem;
    margin: 0.15rem 0;
  }
  a {
    color: var(--_primary);
  }
  .unverified {
    font-style: italic;
  }
  .error {
    color: #8a1c1c;
    font-weight: 600;
  }
  .attribute-problems {
    color: #8a1c1c;
  }
  .chart {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    min-width: 0;
  }
  .chart-title {
    font-weight: 700;
  }
  .chart svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .grid {
    stroke: #d0d0d7;
    stroke-width: 1;
  }
  .tick,
  .axis-label,
  .wall-label {
    font-size: 12px;
    fill: var(--_text);
  }
  .wall {
    stroke: #8a1c1c;
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .wall-label {
    fill: #8a1c1c;
    font-weight: 700;
  }
  .series {
    stroke-width: 3;
  }
  .series-none {
    stroke: var(--_none);
    stroke-dasharray: 8 5;
  }
  .series-allowance {
    stroke: var(--_allowance);
  }
  .series-wage {
    stroke: var(--_wage);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
  }
  .swatch {
    display: inline-block;
    width: 1.5rem;
    height: 0.3rem;
    margin-right: 0.4rem;
    vertical-align: middle;
  }
  .swatch-none {
    background: var(--_none);
  }
  .swatch-allowance {
    background: var(--_allowance);
  }
  .swatch-wage {
    background: var(--_wage);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.2rem 0.4rem;
    text-align: right;
  }
  .chart-table {
    overflow-x: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .share-message {
    margin: 0;
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .fineprint {
    font-size: 0.875rem;
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .print-only {
    display: none;
  }
  :host([compact]) .form {
    grid-template-columns: 1fr;
  }
  @container (max-width: 30rem) {
    .big {
      font-size: 1.9rem;
    }
    .header {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .series,
    .wall {
      stroke: CanvasText;
    }
    .swatch {
      background: CanvasText;
    }
  }
  @media print {
    :host {
      font-size: 8.5pt;
      line-height: 1.25;
    }
    .notices li.info,
    .after-tax-difference {
      display: none;
    }
    .form,
    .actions,
    .lang,
    .chart-table,
    .privacy,
    .intro,
    .explanations {
      display: none;
    }
    .print-only {
      display: block;
    }
    .base {
      gap: 0.4rem;
    }
    .title {
      font-size: 13pt;
    }
    .results {
      grid-template-columns: repeat(3, 1fr);
      gap: 0.4rem;
    }
    .scenario {
      padding: 0.4rem;
    }
    .big {
      font-size: 15pt;
    }
    h4 {
      margin: 0.3rem 0 0.1rem;
    }
    .notices {
      margin: 0.3rem 0;
      font-size: 8pt;
    }
    .chart {
      padding: 0.3rem;
      break-inside: avoid;
    }
    .chart svg {
      max-height: 4.5cm;
    }
    .legend {
      margin: 0.2rem 0;
    }
  }
`;
