/**
 * What the simulator loads on demand, as one sibling file of the one-file build
 * (`passerelle-simulator-more.js`): English and the plain-language words, the detail of a
 * calculation (« Voir le détail du calcul »), the situation form (opened from its summary), and
 * the chart below the answers and the print styles (fetched as soon as the answers are drawn), and
 * the parameters of families with children. Keeping them out of the first file keeps it within
 * its 60 KB budget; the embed stays one tag, and the file is fetched from beside it.
 */
export { translationFor } from './i18n/extra.js';
export { renderDetailsBody } from './simulator/render-details.js';
export { renderSituationForm } from './simulator/render-situation-form.js';
export { renderIncomeChart } from './chart/income-chart.js';
export { chartStyles } from './chart/income-chart.styles.js';
export { printStyles } from './simulator/print.styles.js';
export { familyParameterFile } from './simulator/family-parameters.js';
