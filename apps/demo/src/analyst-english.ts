/**
 * The analyst page in English (`analyst.html?lang=en`): the page is written in French; its
 * static words are swapped for these, text node by text node and attribute by attribute. A
 * browser test loads the English page and checks that no French text is left.
 */
export const englishPage: Readonly<Record<string, string>> = {
  'Analyse : salariat ou allocations — Passerelle': 'Analysis: wage or allowance — Passerelle',
  'Passerelle — analyse des modèles de rémunération RPST':
    'Passerelle — analysis of the RPST remuneration models',
  Simulateur: 'Simulator',
  'Pour les intervenantes et intervenants': 'For counsellors',
  Analyse: 'Analysis',
  'Salariat ou allocations : revenu, TMEI et coût public':
    'Wage or allowance: income, EMTR and public cost',
  Une: 'A',
  étude: 'study',
  ": des profils, les deux modèles de rémunération RPST (salaire ou allocation de participation) sur une grille d'heures, selon les règles en vigueur et selon des réformes hypothétiques. Tout est calculé dans ce navigateur ; rien n'est envoyé. L'étude s'enregistre en JSON et se relance telle quelle en ligne de commande (":
    ': profiles, the two RPST remuneration models (a wage or a participation allowance) over a grid of hours, under the rules in force and under what-if reforms. Everything is computed in this browser; nothing is sent. A study is saved as JSON and runs as is on the command line (',
  'passerelle grid etude.json': 'passerelle grid study.json',
  '), qui donne le même CSV.': '), which gives the same CSV.',
  Profils: 'Profiles',
  Année: 'Year',
  'Allocation par heure ($)': 'Allowance per hour ($)',
  "Traitement de l'allocation": 'Treatment of the allowance',
  'Non reconnue (comptée en entier)': 'Not recognized (counted in full)',
  'Allocation de soutien (130 $ exclus)': 'Support allowance ($130 excluded)',
  "Aide à l'emploi (222 $ exclus)": 'Employment assistance ($222 excluded)',
  'Entièrement exclue (hypothèse)': 'Fully excluded (what-if)',
  "Par défaut (comme le simulateur et la ligne de commande) : l'allocation compte comme un revenu tant que le ministère n'a pas reconnu le programme.":
    'By default (as in the simulator and the command line): the allowance counts as income unless the ministry has recognized the program.',
  'Qui paie le salaire': 'Who pays the wage',
  'Un organisme financé par le réseau de la santé': 'An organization funded by the health network',
  "Un employeur privé ou d'économie sociale": 'A private or social-economy employer',
  "Le salaire et les cotisations de l'employeur comptent comme argent public quand un organisme financé les paie.":
    "The wage and the employer's contributions count as public money when a funded organization pays them.",
  'Subvention salariale (% du salaire)': 'Wage subsidy (% of the wage)',
  "Contrat d'intégration au travail : jusqu'à 85 % la première année, 75 % ensuite (sources secondaires) ; versée par le ministère de l'Emploi.":
    "Contrat d'intégration au travail: up to 85% the first year, 75% after (secondary sources); paid by the employment ministry.",
  "Taux CNESST de l'employeur (%)": "Employer's CNESST rate (%)",
  "Administration de l'allocation ($ par participant et par année)":
    'Administration of the allowance ($ per participant and year)',
  'Heures de': 'Hours from',
  à: 'to',
  'pas de': 'step',
  'Réformes hypothétiques (vide = aucune)': 'What-if reforms (empty = none)',
  'Exclusion des revenus de travail ($ par mois)': 'Work income exclusion ($ a month)',
  "Exclusion de l'allocation de soutien ($ par mois)": 'Support allowance exclusion ($ a month)',
  'Ou réformes en JSON : une réforme ou une liste (tout paramètre, voir la référence des paramètres)':
    'Or reforms as JSON: one reform or a list (any parameter, see the parameter reference)',
  Calculer: 'Compute',
  'Étude « persona 7 »': '“Persona 7” study',
  'Exporter en CSV': 'Export as CSV',
  "Enregistrer l'étude (JSON)": 'Save the study (JSON)',
  'Ouvrir une étude (JSON)': 'Open a study (JSON)',
  'Graphiques du profil': 'Charts of the profile',
  'salaire ·': 'wage ·',
  "allocation · trait plein : règles en vigueur, pointillés : réformes. Le tableau et l'export couvrent tous les profils.":
    'allowance · solid: rules in force, dashed: reforms. The table and the export cover every profile.',
  "Revenu de l'année après impôts et crédits selon les heures par semaine":
    "The year's income after taxes and credits by hours a week",
  "Taux marginal effectif d'imposition pour une heure de plus":
    'Effective marginal tax rate for one more hour',
  'Coût public net par heure de participation (par rapport à aucune activité)':
    'Net public cost per hour of participation (compared with no activity)',
  'Bilan public complet par heure de participation (tous les payeurs, salaire compris quand un organisme financé le paie ; par rapport à aucune activité)':
    'Whole public balance per hour of participation (every payer, the wage included when a funded organization pays it; compared with no activity)',
  'Qui paie quoi : le bilan public par payeur (règles en vigueur)':
    'Who pays what: the public balance by payer (rules in force)',
  Payeur: 'Payer',
  Salaire: 'Wage',
  Allocation: 'Allowance',
  "Ce que c'est": 'What it is',
  'Détail du coût public net (règles en vigueur)':
    'The net public cost line by line (rules in force)',
  'Heures par semaine': 'Hours a week',
  Poste: 'Item',
  'Grille de comparaison': 'Comparison grid',
  'Profil et modèle': 'Profile and model',
  Règles: 'Rules',
  'Heures / sem.': 'Hours / week',
  "Revenu de l'année": "The year's income",
  'Écart avec aucune activité': 'Difference with no activity',
  'Écart avec les règles en vigueur': 'Difference with the rules in force',
  'TMEI (+1 h)': 'EMTR (+1 h)',
  'Coût public net': 'Net public cost',
  'Coût public par heure': 'Public cost per hour',
  'Bailleur du programme': 'Program funder',
  'Ministère (aide et subvention)': 'Ministry (assistance and subsidy)',
  Fédéral: 'Federal',
  'Bilan public total': 'Public balance, total',
  'Bilan par heure de participation': 'Balance per hour of participation',
  Site: 'Site',
  'taux moyen': 'average rate',
  'Revenu disponible selon les heures': 'Disposable income by hours',
  'TMEI selon les heures': 'EMTR by hours',
  'Coût public par heure selon les heures': 'Public cost per hour by hours',
  'Bilan public par heure de participation selon les heures':
    'Public balance per hour of participation by hours',
  'Grille de comparaison (défile dans son cadre)': 'Comparison grid (scrolls within its frame)',
};

/** Swaps the page's French words for English ones, text nodes and labelling attributes. */
export function translatePage(root: Document): void {
  root.documentElement.lang = 'en-CA';
  root.title = englishPage[root.title] ?? root.title;
  const walker = root.createTreeWalker(root.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const key = text.replace(/\s+/g, ' ').trim();
    const english = englishPage[key];
    if (english === undefined) continue;
    // « étude : des profils » is French spacing; English punctuation hugs the word before it.
    const swapped = text.replace(text.trim(), english);
    node.nodeValue = /^[:;,.)]/.test(english) ? swapped.trimStart() : swapped;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
    for (const attribute of ['aria-label', 'placeholder', 'title']) {
      const value = el.getAttribute(attribute);
      const english = value === null ? undefined : englishPage[value.replace(/\s+/g, ' ').trim()];
      if (english !== undefined) el.setAttribute(attribute, english);
    }
  }
}
