import { css } from 'lit';

/** Styles of <passerelle-simulator>: themable only through the custom properties listed on the class. */
export const simulatorStyles = css`
  :host {
    --_text: var(--passerelle-color-text, #1b1b1f);
    --_surface: var(--passerelle-color-surface, #ffffff);
    --_primary: var(--passerelle-color-primary, #0b5394);
    --_border: var(--passerelle-color-border, #6b6b76);
    --_radius: var(--passerelle-radius, 0.5rem);
    --_warning: var(--passerelle-color-warning, #9a5b00);
    --_warning-surface: var(--passerelle-color-warning-surface, #fff6e5);
    --_danger: #8a1c1c;
    --_none: var(--passerelle-series-none, #5f6368);
    --_allowance: var(--passerelle-series-allowance, #b35c00);
    --_wage: var(--passerelle-series-wage, #0b5394);
    display: block;
    color: var(--_text);
    /* Its own surface: legible on any host page, a dark one included (the text is dark by default). */
    background: var(--_surface);
    color-scheme: light;
    font-family: var(--passerelle-font-family, system-ui, sans-serif);
    --_line-height: 1.5;
    line-height: var(--_line-height);
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
  /* A control reached with Tab is brought into view above the sticky answer bar, never under it
     (WCAG 2.4.11, focus not obscured). On a phone the bar is up to about 10 rem high (three lines
     of answer, two of warning), and it may appear just after the focus has moved. */
  button,
  input,
  select,
  a,
  summary {
    scroll-margin-bottom: 12rem;
  }
  .base {
    /* Set again inside the shadow root: a host page’s « * { color: …!important } » styles the host
       element itself, and would otherwise be inherited by every text inside. */
    color: var(--_text);
    line-height: var(--_line-height);
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
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
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
  button.secondary {
    color: var(--_primary);
    background: var(--_surface);
  }
  button[aria-pressed='true'] {
    color: var(--_surface);
    background: var(--_primary);
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
  /* What the costs of working leave out, apart from the line about no activity under it. */
  .after-costs-note {
    margin-bottom: 0.5rem;
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
    flex-shrink: 0;
    accent-color: var(--_primary);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.9rem;
  }
  .field-warning {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.5rem;
    border-left: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
    font-size: 0.9rem;
  }
  .situation-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
  }
  .situation-summary p {
    margin: 0;
    flex: 1 1 12rem;
  }
  fieldset.radios,
  fieldset.recognition {
    border: 0;
    padding: 0;
    margin: 0.5rem 0;
  }
  .recognition legend {
    font-weight: 600;
    padding: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .choice label {
    font-weight: 400;
  }
  .headline {
    margin: 0.25rem 0;
    font-size: 1.35rem;
    font-weight: 800;
    line-height: 1.25;
    color: var(--_text);
  }
  .exact,
  .reference,
  .definition-note {
    margin: 0;
    font-size: 0.9rem;
  }
  .callout {
    border-left: 6px solid var(--_warning);
    background: var(--_warning-surface);
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
    border-radius: calc(var(--_radius) / 2);
  }
  .callout p {
    margin: 0;
  }
  .next-hour,
  .spring,
  .lag,
  .uncertainty {
    margin: 0.5rem 0;
  }
  .coverage {
    border-top: 1px solid var(--_border);
    border-bottom: 1px solid var(--_border);
    padding: 0.25rem 0;
    margin: 0.5rem 0;
  }
  .coverage p {
    margin: 0.25rem 0;
  }
  .uncertainty {
    font-size: 0.9rem;
    font-style: italic;
  }
  .both-outcomes {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .outcome {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.5rem;
  }
  .outcome p {
    margin: 0;
  }
  .outcome-amount strong {
    font-size: 1.3rem;
  }
  .term {
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0 0.4rem;
    margin-left: 0.25rem;
    border-radius: 999px;
    font-size: 0.9rem;
    font-weight: 700;
    color: var(--_primary);
    background: var(--_surface);
    vertical-align: middle;
  }
  .term-definition {
    display: block;
    /* Opened, it is brought into view above the sticky answer bar (about 6 rem on a phone). */
    scroll-margin-bottom: 8rem;
    margin: 0.25rem 0;
    padding: 0.4rem 0.5rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.95rem;
    font-weight: 400;
  }
  .term-definition[hidden] {
    display: none;
  }
  .unavailable {
    font-weight: 600;
  }
  .answer-bar {
    position: sticky;
    bottom: 0;
    z-index: 2;
    margin: 0 -0.25rem;
    padding: 0.35rem 0.6rem;
    background: var(--_surface);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    box-shadow: 0 -2px 8px rgb(0 0 0 / 20%);
  }
  .answer-bar p {
    margin: 0;
  }
  /* On a phone the bar must not hide what it keeps in view: one short answer, at most a few lines
     (measured at 360 px in the participant tests). */
  .answer-bar-headline {
    font-weight: 800;
    font-size: 1rem;
    line-height: 1.35;
  }
  .answer-bar-warning {
    font-size: 0.9rem;
    line-height: 1.35;
  }
  /* The host’s contact: a line of its own after the answers, nothing when the host gives none.
     It sits on the element’s surface, so it takes the element’s text colour: a host page’s colour
     meant for its own (dark) background would be unreadable here. Only « !important » inside the
     shadow root wins over a host’s « * { color: … !important } » (CSS Scoping, important rules). */
  .contact ::slotted(*) {
    margin: 0.75rem 0 0;
    font-weight: 600;
    color: var(--_text) !important;
    line-height: var(--_line-height) !important;
  }
  .answer-bar-costs {
    font-size: 0.9rem;
    font-weight: 600;
    line-height: 1.35;
  }
  .answer-bar-hidden {
    visibility: hidden;
  }
  .simple .headline {
    font-size: 1.5rem;
  }
  .simple {
    font-size: 1.1rem;
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
  .error {
    color: #8a1c1c;
    font-weight: 600;
  }
  .attribute-problems {
    color: #8a1c1c;
    /* A pasted value (a scenario's JSON in a meeting link) has no space to wrap at: it would run
       past the right edge of a phone. */
    overflow-wrap: anywhere;
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
  /* A sentence said one way on screen and another on paper, inside a paragraph. */
  .paper-words {
    display: none;
  }
  :host([compact]) .form {
    grid-template-columns: 1fr;
  }
  @container (max-width: 30rem) {
    .header {
      grid-template-columns: 1fr;
    }
    .toggles {
      justify-content: flex-start;
    }
    .headline {
      font-size: 1.25rem;
    }
    .both-outcomes {
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
`;
