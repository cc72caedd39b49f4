/**
 * What every result of \`simulate\` assumes, in words (fr, en): the CLI, the API and the
 * counsellor's tools show them. The participant's one-file simulator never shows them (it says
 * what matters in its own plain words) and leaves them out of its file.
 */
import type { Localized } from '../i18n/localized.js';

export const resultAssumptions: readonly Localized[] = [
  {
    fr: 'Montants d’un mois type, une fois l’activité commencée depuis plus d’un mois ; le montant annuel vaut 12 fois ce mois : une estimation en régime stable, qui ignore les changements de l’année (salaire minimum au 1er mai, indexation au 1er janvier). Les mois réels d’une transition (début, hausse, rechute, sortie de l’aide) : voir la période mois par mois (timeline).',
    en: 'Amounts for a typical month once the activity has lasted more than a month; the annual amount is 12 times that month: a steady-state estimate that ignores changes within the year (minimum wage on May 1, indexation on January 1). For the actual months of a transition (starting, more hours, a relapse, leaving assistance): see the month-by-month timeline.',
  },
  {
    fr: 'Revenus de travail comptés nets des cotisations RRQ, AE et RQAP ; l’impôt retenu à la source n’est pas encore déduit (il est nul ou faible sous environ 18 000 $ par année).',
    en: 'Work income counted net of QPP, EI and QPIP contributions; income tax withheld at source is not deducted yet (nil or small below about $18,000 a year).',
  },
  {
    fr: 'Année d’imposition : la situation du mois simulé tenue douze mois. Crédits TPS et solidarité : montants de la période qui commence en juillet de l’année, appliqués au revenu de l’année (les versements réels utilisent le revenu de l’année précédente).',
    en: 'Tax year: the simulated month held for twelve months. GST and solidarity credits: amounts of the period starting in July of the year, applied to that year’s income (actual payments use the previous year’s income).',
  },
  {
    fr: 'Allocation de participation : traitée par défaut comme l’aide sociale pour l’impôt (déclarée puis déduite) ; une option d’analyse la rend imposable.',
    en: 'Participation allowance: treated by default like assistance for income tax (reported, then deducted); an analysis option makes it taxable.',
  },
  {
    // Government release of 25 November 2024 (Minister Chantal Rouleau), read at
    // https://www.newswire.ca/fr/news-releases/adoption-du-projet-de-loi-modernisant-le-regime-d-assistance-sociale-873807411.html:
    // « La loi adoptée le 21 novembre 2024 […] Remplacer les notions de contraintes à l'emploi par
    // des notions de contraintes de santé. » No coming-into-force date was found at an official source.
    fr: 'Réforme : la loi adoptée le 21 novembre 2024 (projet de loi 71) remplace les contraintes à l’emploi par des contraintes de santé, réunit l’aide sociale et la solidarité sociale et met fin à l’allocation pour contraintes temporaires. Aucune date d’entrée en vigueur n’est publiée pour ces changements : les montants suivent les règles en vigueur aujourd’hui (communiqué du gouvernement du Québec, 25 novembre 2024).',
    en: 'Reform: the law adopted on November 21, 2024 (Bill 71) replaces employment constraints with health constraints, merges social assistance and social solidarity and ends the temporary constraints allowance. No coming-into-force date is published for these changes: the amounts follow the rules in force today (Government of Québec release, November 25, 2024).',
  },
];
