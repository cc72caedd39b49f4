/** Sources several rules cite. */
import type { RuleSource } from './rule.js';

/** A subject of the ministry's manual (ADEL), by its number. */
export const ADEL = (sujet: number, title: string): RuleSource => ({
  title: `ADEL (manuel du ministère) — ${title}`,
  url: `https://mani.mess.gouv.qc.ca/?sujet=${sujet}`,
});

export const RAPF: RuleSource = {
  title: 'Règlement sur l’aide aux personnes et aux familles, RLRQ c. A-13.1.1, r. 1',
  url: 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/A-13.1.1,%20r.%201',
};
