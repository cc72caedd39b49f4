import { css } from 'lit';
import { simulatorStyles } from '../simulator/passerelle-simulator.styles.js';

/** The simulator's styles (tokens, fields, situation, buttons) and the meeting's own. */
export const meetingStyles = [
  simulatorStyles,
  css`
    .screen-only,
    .comparison,
    .months,
    .table-wrap {
      min-width: 0;
      max-width: 100%;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      font-size: 0.95rem;
    }
    /* A scenario’s twelve months and its spring, under its money per month. */
    .year {
      display: block;
      margin-top: 0.3rem;
      font-size: 0.85rem;
    }
    th,
    td {
      vertical-align: top;
      text-align: left;
    }
    td:nth-child(n + 3) {
      text-align: right;
    }
    /* The scenarios: room between columns, and only the money right-aligned, under its header
       (« 1 797 $ » ran into « continue », and « Argent par mois » into « Aide »). */
    .scenarios-table th,
    .scenarios-table td {
      padding: 0.35rem 0.6rem;
    }
    .scenarios-table td:nth-child(n + 3) {
      text-align: left;
    }
    .scenarios-table th:nth-child(6),
    .scenarios-table td:nth-child(6) {
      text-align: right;
      min-width: 10rem;
    }
    .scenarios-table select {
      max-width: 13rem;
    }
    tr.selected th[scope='row'] {
      box-shadow: inset 4px 0 0 var(--_primary);
    }
    .box {
      width: 5rem;
    }
    .goal-field input {
      max-width: 40rem;
    }
    .actions-cell {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      min-width: 7rem;
    }
    /* On a wide screen a row is as short as its words allow: the money column wide enough for its
       figures in a few lines, the rate’s « salaire minimum » under its box, the buttons two and
       one (each row was six lines tall and pushed the months below the fold). */
    @media (min-width: 60rem) {
      .scenarios-table th,
      .scenarios-table td {
        padding: 0.35rem 0.4rem;
      }
      .scenarios-table th:nth-child(6),
      .scenarios-table td:nth-child(6) {
        min-width: 11.5rem;
      }
      .scenarios-table td:nth-child(7) {
        min-width: 9rem;
      }
      .scenarios-table td:nth-child(4) .help {
        display: block;
      }
      .scenarios-table td:nth-child(4) select {
        max-width: 9rem;
      }
      /* « December 2026 » whole: a start month cut to « December 20 » reads as a date. */
      .scenarios-table td:nth-child(5) select {
        max-width: none;
      }
      .actions-cell {
        min-width: 8.5rem;
      }
    }
    .actions-cell button {
      font-size: 0.85rem;
      padding: 0.25rem 0.5rem;
    }
    button:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    .milestones {
      font-weight: 700;
      padding-left: 1.25rem;
    }
    tr.events td {
      font-size: 0.85rem;
      font-style: italic;
      text-align: left;
      border-top: 0;
    }
    .months-chart svg {
      width: 100%;
      max-width: 40rem;
      height: auto;
    }
    .bar.on {
      fill: var(--_primary);
    }
    /* Not by colour alone (WCAG 1.4.1): a month without a cheque also has a dotted outline. */
    .bar.off,
    .swatch.off {
      fill: var(--_allowance);
      stroke: var(--_text);
      stroke-width: 1.5;
      stroke-dasharray: 4 3;
    }
    .months-chart .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      padding: 0;
      margin: 0.25rem 0 0;
      font-size: 0.9rem;
    }
    .months-chart .swatch {
      display: inline-block;
      width: 1.1rem;
      height: 0.8rem;
      margin-right: 0.4rem;
      vertical-align: middle;
      background: var(--_primary);
    }
    .months-chart .swatch.off {
      background: var(--_allowance);
      border: 1.5px dashed var(--_text);
    }
    .tick {
      font-size: 13px;
      fill: var(--_text);
    }
    /* The handout is read by a tired person, often on paper only, alone at home: text at 11 pt. */
    .handout h2 {
      font-size: 14pt;
      margin: 0;
    }
    .handout h3 {
      font-size: 11.5pt;
      margin: 0.15rem 0 0;
    }
    .handout .small,
    .handout li {
      font-size: 11pt;
      line-height: 1.1;
      margin: 0.02rem 0;
    }
    /* What to do this week and the agent’s questions, and beside them the notes box. */
    .handout .steps-and-notes {
      display: grid;
      grid-template-columns: 7fr 3fr;
      gap: 0.75rem;
    }
    .handout .steps-and-notes .notes {
      height: calc(100% - 1.6rem);
      min-height: 3.4rem;
    }
    .handout ul,
    .handout ol {
      margin: 0;
      padding-left: 1.1rem;
    }
    .handout-months {
      font-size: 11pt;
      line-height: 1.15;
      font-variant-numeric: tabular-nums;
      border-collapse: collapse;
      margin: 0.1rem 0;
    }
    .handout-months th,
    .handout-months td {
      padding: 0 0.5rem;
      text-align: right;
      white-space: nowrap;
    }
    .handout-months th[scope='row'] {
      text-align: left;
      padding-left: 0;
      min-width: 8.5rem;
    }
    .handout-scenarios {
      font-size: 11pt;
      font-variant-numeric: tabular-nums;
      border-collapse: collapse;
    }
    .handout-scenarios th,
    .handout-scenarios td {
      padding: 0.02rem 0.6rem 0.02rem 0;
      text-align: right;
    }
    .handout-scenarios th[scope='row'],
    .handout-scenarios thead th:first-child {
      text-align: left;
    }
    .handout .total-line {
      font-weight: 700;
    }
    /* The months and, beside them where the page is empty, the code that reopens the meeting. */
    .months-and-code {
      display: grid;
      grid-template-columns: auto 5.4cm;
      gap: 0.75rem;
      align-items: start;
      justify-content: space-between;
    }
    .reopen .qr {
      display: block;
      /* Large enough for any phone’s camera at reading distance, small enough to stay beside
         the months rather than push the page’s end onto a second sheet. */
      width: 2.8cm;
      height: 2.8cm;
    }
    .reopen p {
      margin: 0.2rem 0 0;
    }
    /* Without the months: the notes box and, beside it, the code. */
    .notes-and-link {
      display: grid;
      grid-template-columns: 1fr 3.8cm;
      gap: 0.75rem;
      align-items: end;
    }
    .notes-and-link .qr {
      display: block;
      width: 3.8cm;
      height: 3.8cm;
    }
    .notes {
      height: 3.4rem;
      border: 1px solid var(--_border);
      background: repeating-linear-gradient(transparent 0 1.1rem, #c8c8d0 1.1rem 1.15rem);
    }
    /* On a phone, each row becomes a card: its cells one under the other, each with its column’s name. */
    @container (max-width: 40rem) {
      table.cards,
      table.cards tbody,
      table.cards tr,
      table.cards th,
      table.cards td {
        display: block;
        text-align: left;
      }
      table.cards thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      table.cards tr {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0.5rem 0;
        padding: 0.25rem 0.5rem;
      }
      table.cards th,
      table.cards td {
        border: 0;
        padding: 0.15rem 0;
      }
      table.cards td[data-label]::before {
        content: attr(data-label) '\\00a0: ';
        font-weight: 600;
      }
      [lang='en'] table.cards td[data-label]::before {
        content: attr(data-label) ': ';
      }
      table.cards tr.events {
        border: 0;
        margin-top: -0.5rem;
      }
      .scenarios-table td:nth-child(6) {
        text-align: left;
        min-width: 0;
      }
    }
    @media print {
      .screen-only {
        display: none;
      }
      .handout.print-only {
        display: block;
      }
    }
  `,
];
