/** The chart's styles. The custom properties (--_wage…) are the element's. */
import { css } from 'lit';

export const chartStyles = css`
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
    max-width: 44rem;
    height: auto;
    display: block;
  }
  /* The small drawing is for paper only (see PRINT_CHART_SIZE). */
  .chart .chart-print {
    display: none;
  }
  .grid {
    stroke: #d0d0d7;
    stroke-width: 1;
  }
  .tick,
  .axis-label,
  .wall-label {
    font-size: 13px;
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
  .series.dashed {
    stroke-dasharray: 3 4;
  }
  .chosen-line {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .chosen {
    stroke: var(--_surface);
    stroke-width: 2;
    fill: var(--_text);
  }
  .chosen-label {
    font-size: 13px;
    font-weight: 700;
    fill: var(--_text);
    /* A halo of the surface’s colour: legible where it crosses a line. */
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
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
  .swatch.dashed {
    background: repeating-linear-gradient(90deg, var(--_allowance) 0 4px, transparent 4px 8px);
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
  /* On paper the legend stands beside the chart, not under it: with a print dialog’s margins
     (0.4 in tested) the summary, its costs line and the chart keep to one Letter page. */
  @media print {
    .chart {
      padding: 0.3rem;
      break-inside: avoid;
      display: grid;
      grid-template-columns: 3fr 2fr;
      align-items: center;
      column-gap: 0.5rem;
    }
    .chart-title {
      grid-column: 1 / -1;
    }
    .chart .chart-screen {
      display: none;
    }
    .chart .chart-print {
      display: block;
      max-height: 2.3cm;
    }
    .legend {
      margin: 0;
    }
    /* The legend’s colours are backgrounds: printed even when the dialog leaves out background
       graphics, or the lines could not be told apart. */
    .swatch {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
