import { css } from 'lit';

/** Large type for a waiting room or a group session; one Letter page when printed. */
export const materialsStyles = css`
  :host {
    --_text: var(--passerelle-color-text, #1b1b1f);
    --_surface: var(--passerelle-color-surface, #ffffff);
    --_primary: var(--passerelle-color-primary, #0b5394);
    --_border: var(--passerelle-color-border, #6b6b76);
    display: block;
    color: var(--_text);
    background: var(--_surface);
    color-scheme: light;
    font-family: var(--passerelle-font-family, system-ui, sans-serif);
    font-size: 1.15rem;
    --_line-height: 1.45;
    line-height: var(--_line-height);
  }
  /* Set again inside the shadow root: a host page’s « * { color: …!important } » styles the host
     element itself, and would otherwise be inherited by every text inside. */
  [part='base'] {
    color: var(--_text);
    line-height: var(--_line-height);
  }
  h2 {
    font-size: 1.6rem;
    margin: 0 0 0.5rem;
    line-height: 1.2;
  }
  h3 {
    font-size: 1.25rem;
    margin: 0.75rem 0 0.25rem;
  }
  p,
  li {
    margin: 0.25rem 0;
  }
  .guide {
    padding-left: 1.25rem;
  }
  .programs {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  }
  .table-wrap {
    overflow-x: auto;
    /* Where a table is wider than its frame (a phone), a shadow on the side that has more to
       show, gone once scrolled to that end: the two « local » covers move with the table, the two
       shadows stay with the frame (scroll shadows; no script). */
    background:
      linear-gradient(to right, var(--_surface) 40%, transparent) left center / 2.5rem 100%
        no-repeat local,
      linear-gradient(to left, var(--_surface) 40%, transparent) right center / 2.5rem 100%
        no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 35%), transparent) left center / 1rem 100%
        no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 35%), transparent) right center / 1rem
        100% no-repeat scroll;
    background-color: var(--_surface);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 700;
    font-size: 1.2rem;
    padding: 0.25rem 0;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3rem 0.4rem;
    text-align: right;
    vertical-align: top;
  }
  th[scope='col'] {
    font-size: 0.95rem;
  }
  td strong {
    font-size: 1.15rem;
  }
  .diff,
  .flag,
  .small {
    display: block;
    font-size: 0.9rem;
  }
  .flag {
    font-weight: 700;
  }
  .myth {
    border-left: 6px solid var(--_primary);
    padding: 0.25rem 0.75rem;
    margin: 0.75rem 0;
  }
  .myth h3 {
    margin-top: 0;
  }
  .problems {
    color: #8a1c1c;
    font-weight: 600;
  }
  a {
    color: var(--_primary);
  }
  button {
    font: inherit;
    color: var(--_primary);
    background: var(--_surface);
    border: 2px solid var(--_primary);
    border-radius: 0.5rem;
    padding: 0.4rem 1rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  @media print {
    :host {
      font-size: 8.5pt;
      --_line-height: 1.25;
      line-height: 1.25;
    }
    h2 {
      font-size: 13pt;
    }
    h3 {
      font-size: 10pt;
      margin: 0.2rem 0 0.1rem;
    }
    caption {
      font-size: 9.5pt;
    }
    td strong {
      font-size: 9pt;
    }
    .diff,
    .flag,
    .small {
      font-size: 7pt;
    }
    th,
    td {
      padding: 0.05rem 0.2rem;
    }
    th[scope='col'] {
      font-size: 7.5pt;
    }
    .programs {
      grid-template-columns: 1fr 1fr;
      gap: 0.3rem 0.6rem;
    }
    .myth {
      margin: 0.3rem 0;
      padding: 0.1rem 0.4rem;
      break-inside: avoid;
    }
    button {
      display: none;
    }
    /* The myths fill half a page at 8.5 pt: larger type for a group session. */
    .myths {
      font-size: 11pt;
    }
    .myths h2 {
      font-size: 16pt;
    }
    .myths h3 {
      font-size: 12.5pt;
    }
    .myths .small {
      font-size: 9pt;
    }
  }
`;
