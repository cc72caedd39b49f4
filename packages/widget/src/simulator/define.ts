import { PasserelleSimulator } from './passerelle-simulator.js';

/** Registers <passerelle-simulator> once, even if the script is included twice. */
export function definePasserelleSimulator(tag = 'passerelle-simulator'): void {
  if (!customElements.get(tag)) customElements.define(tag, PasserelleSimulator);
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-simulator': PasserelleSimulator;
  }
}
