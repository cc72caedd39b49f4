/** @passerelle/widget — ES module entry for bundlers: the class, its types, and the registration. */
export { PasserelleSimulator, parseAmount } from './simulator/passerelle-simulator.js';
export { definePasserelleSimulator } from './simulator/define.js';
export type {
  PasserelleChangeDetail,
  PasserelleChangeEvent,
  ScenarioSummary,
} from './events/passerelle-change.js';
export type { WidgetState, ScenarioKind } from './state/widget-state.js';
export { PasserelleMeeting } from './meeting/passerelle-meeting.js';
export { definePasserelleMeeting } from './meeting/define-meeting.js';
export { PasserelleComparisonTable } from './materials/passerelle-comparison-table.js';
export { PasserelleMyths } from './materials/passerelle-myths.js';
export { definePasserelleMaterials } from './materials/define-materials.js';
export { myths, type Myth } from './materials/myths.js';
