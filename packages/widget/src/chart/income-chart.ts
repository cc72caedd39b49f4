/**
 * An SVG line chart of money in hand against hours a week, one line per scenario, with the
 * point of leaving assistance marked ("welfare wall"). Pure: data in, template out. It uses
 * attributes only (no inline style), so it renders under a strict Content-Security-Policy.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';
import type { ScenarioKind } from '../state/widget-state.js';
import { axisTicks } from './axis-ticks.js';

export interface ChartSeries {
  readonly kind: ScenarioKind;
  readonly label: string;
  readonly points: readonly { readonly hours: number; readonly value: number }[];
  /** A second outcome of the same activity (the allowance if recognized): drawn dashed. */
  readonly dashed?: boolean;
  /** The person's hours on this line, marked by a dot and a label. */
  readonly chosen?: { readonly hours: number; readonly value: number; readonly labelled: boolean };
}

/**
 * The drawing is as wide as it is shown (the element measures it), so that one unit is one CSS
 * pixel and its 13 px labels are 13 px on a phone and on a desktop alike: a fixed 440-unit drawing
 * scaled to a 255 px phone card drew them at about 8 px, and at about 24 px on a wide screen.
 */
export const DEFAULT_CHART_WIDTH = 440;
/**
 * On paper the chart shares one Letter page with the cards, about 2,3 cm tall: the screen's
 * drawing (700 × 320 units on a desktop) scaled to that height printed its 13-unit labels at
 * about 3 pt. A second, small drawing is printed instead, its labels at about 8 pt.
 */
export const PRINT_CHART_SIZE = { width: 420, height: 120 } as const;
// The top margin holds the wall's label.
const M = { top: 32, right: 12, bottom: 44, left: 70 };

export function renderIncomeChart(
  /** Hours on the axis (« 10 h »), in the reader's locale. */
  hours: (h: number) => string,
  series: readonly ChartSeries[],
  wallHours: number | null,
  t: Translation,
  money: (n: number) => string,
  id: string,
  /** Hours as said to a person (« 22,5 h »), to the nearest half hour like the callouts. */
  wallText: (h: number) => string,
  /** The drawing's width in CSS pixels, as measured on the page. */
  width: number = DEFAULT_CHART_WIDTH,
): TemplateResult {
  const W = Math.max(200, Math.round(width));
  // Taller than wide on a phone would be hard to read across; flatter on a wide screen.
  const H = Math.min(320, Math.max(220, Math.round(W * 0.62)));
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  // Round amounts on the axis (« 500 $, 1 000 $ »), 5 % above the highest point so no line
  // runs along the top.
  const xTicks = [0, 10, 20, 30, 40];
  const tableHours = [0, 5, 10, 15, 20, 25, 30, 35, 40];
  const hoursFmt = { format: hours };
  /** The grid, the axes, the wall and the lines, in a drawing of W × H units, about `ticks` amounts on the money axis. */
  const marks = (W: number, H: number, ticks: number) => {
    const yTicks = axisTicks(0, Math.max(250, ...all) * 1.05, ticks);
    const yMax = yTicks.at(-1)!;
    const x = (h: number) => M.left + (h / 40) * (W - M.left - M.right);
    const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
    return svg`
        ${yTicks.map(
          (
            v,
          ) => svg`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}"></line>
            <text class="tick" x="${M.left - 8}" y="${y(v) + 4}" text-anchor="end">${money(v)}</text>`,
        )}
        ${xTicks.map(
          (h) =>
            svg`<text class="tick" x="${x(h)}" y="${H - M.bottom + 18}" text-anchor="middle">${h}</text>`,
        )}
        <text class="axis-label" x="${(W + M.left) / 2}" y="${H - 4}" text-anchor="middle">
          ${t.chartAxisHours}
        </text>
        ${
          wallHours !== null && wallHours <= 40
            ? svg`<line class="wall" x1="${x(wallHours)}" x2="${x(wallHours)}" y1="22" y2="${H - M.bottom}"></line>
              ${wallLabel(t.chartWall(wallText(wallHours)), x(wallHours), W)}`
            : null
        }
        ${
          // The no-activity line last, on top: its dashes stay visible where an activity gives
          // exactly as much (an allowance taken off the cheque dollar for dollar).
          [
            ...series.filter((s) => s.kind !== 'none'),
            ...series.filter((s) => s.kind === 'none'),
          ].map(
            (
              s,
            ) => svg`<polyline class="series series-${s.kind} ${s.dashed ? 'dashed' : ''}" fill="none"
            points="${s.points.map((p) => `${x(p.hours).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"></polyline>`,
          )
        }
        ${series.map((s) =>
          s.chosen && !s.dashed
            ? svg`<line class="chosen-line" x1="${x(s.chosen.hours)}" x2="${x(s.chosen.hours)}" y1="${y(s.chosen.value)}" y2="${H - M.bottom}"></line>
              <circle class="chosen chosen-${s.kind}" cx="${x(s.chosen.hours)}" cy="${y(s.chosen.value)}" r="6"></circle>
              ${s.chosen.labelled ? chosenLabel(t.chartChosen(hoursFmt.format(s.chosen.hours) + ' h'), x(s.chosen.hours), Math.max(y(s.chosen.value) - 10, M.top + 12), W) : null}`
            : null,
        )}
    `;
  };
  const print = PRINT_CHART_SIZE;
  return html`
    <figure class="chart" part="chart" aria-labelledby="${id}-title">
      <figcaption id="${id}-title" class="chart-title">${t.chartTitle}</figcaption>
      <svg
        class="chart-screen"
        viewBox="0 0 ${W} ${H}"
        role="img"
        aria-labelledby="${id}-title"
        aria-describedby="${id}-desc"
        focusable="false"
      >
        <desc id="${id}-desc">${t.chartDescription}</desc>
        ${marks(W, H, 5)}
      </svg>
      <svg
        class="chart-print"
        viewBox="0 0 ${print.width} ${print.height}"
        aria-hidden="true"
        focusable="false"
      >
        ${marks(print.width, print.height, 3)}
      </svg>
      <ul class="legend">
        ${series.map((s) => html`<li><span class="swatch swatch-${s.kind} ${s.dashed ? 'dashed' : ''}" aria-hidden="true"></span>${s.label}</li>`)}
      </ul>
      <details class="chart-table" part="table">
        <summary>${t.showTable}</summary>
        <table>
          <caption>
            ${t.chartTitle} (${t.chartAxisMoney})
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.tableHours}</th>
              ${series.map((s) => html`<th scope="col">${s.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${tableHours.map(
              (h) =>
                html`<tr>
                  <th scope="row">${h}</th>
                  ${series.map((s) => html`<td>${money(s.points.find((p) => p.hours === h)?.value ?? s.points[0]?.value ?? 0)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>
  `;
}

/**
 * « L'aide s'arrête vers 22,6 h », in one line above the plot, over its dashed line: beside the
 * line, in the plot, it did not fit on a phone (cut at the left edge, then over the money axis's
 * labels). Kept inside the drawing: centred on the line, moved in from an edge when it would pass
 * it (13 px bold: at most about 8,2 px a character).
 */
function wallLabel(text: string, at: number, W: number) {
  const half = (text.length * 8.2) / 2;
  const x = Math.min(Math.max(at, half + 2), W - half - 2);
  return svg`<text class="wall-label" x="${x}" y="16" text-anchor="middle">${text}</text>`;
}

/**
 * « Vous : 15 h » beside the chosen point: on its right, or on its left when it would pass the
 * drawing's right edge (« Vous : 37,5 h » ran 15 px out at 37 to 40 h). 13 px bold: at most about
 * 8,2 px a character.
 */
function chosenLabel(text: string, at: number, y: number, W: number) {
  const right = at + 8 + text.length * 8.2 <= W - 2;
  return svg`<text class="chosen-label" x="${right ? at + 8 : at - 8}" y="${y}" text-anchor="${right ? 'start' : 'end'}">${text}</text>`;
}
