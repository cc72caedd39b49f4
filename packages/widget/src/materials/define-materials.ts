import { PasserelleComparisonTable } from './passerelle-comparison-table.js';
import { PasserelleMyths } from './passerelle-myths.js';

/** Registers <passerelle-comparison-table> and <passerelle-myths> once. */
export function definePasserelleMaterials(): void {
  if (!customElements.get('passerelle-comparison-table'))
    customElements.define('passerelle-comparison-table', PasserelleComparisonTable);
  if (!customElements.get('passerelle-myths'))
    customElements.define('passerelle-myths', PasserelleMyths);
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-comparison-table': PasserelleComparisonTable;
    'passerelle-myths': PasserelleMyths;
  }
}
