/**
 * Round axis values for the analyst's charts: steps of 1, 2, 2.5 or 5 × 10ⁿ that cover the data,
 * so that an axis reads « 0 $, 5 000 $, 10 000 $ » rather than the data's own minimum and maximum
 * (« 401 %, 204 % »). The chart's domain is the first to the last tick.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    if (min === 0) return [0, 1];
    max = min > 0 ? min * 2 : 0;
    min = min > 0 ? 0 : min * 2;
  }
  const rough = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; first + k * step <= last + step / 2; k++) {
    // Rounded to the step's precision (no 0.30000000000000004), and never a negative zero.
    const v = Number((first + k * step).toPrecision(12));
    ticks.push(v === 0 ? 0 : v);
  }
  return ticks;
}
