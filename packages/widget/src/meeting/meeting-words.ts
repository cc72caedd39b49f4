import { typesetFrench } from '../i18n/typography.js';

/** Every string of the counsellor's meeting page that the simulator does not already have. */
export interface MeetingWords {
  title: string;
  intro: string;
  scenariosTitle: string;
  scenarioName: (kind: 'wage' | 'allowance', hours: string) => string;
  /**
   * The meeting link's own keys in words, for a problem (« sc.1.h » → « Scénario 2 : heures »);
   * null for a key the meeting does not name (the situation's keys are the simulator's).
   */
  linkKeyName: (key: string) => string | null;
  columns: {
    scenario: string;
    kind: string;
    hours: string;
    rate: string;
    start: string;
    money: string;
    /** The twelve months' total and the spring settlement. */
    year: string;
    difference: string;
    assistance: string;
    actions: string;
  };
  kinds: { wage: string; allowance: string };
  minimumWage: string;
  add: string;
  actions: { show: string; duplicate: string; remove: string };
  duplicate: (name: string) => string;
  remove: (name: string) => string;
  /** Said after « Retirer », beside the button that undoes it. */
  removed: (name: string) => string;
  undoRemove: string;
  show: (name: string) => string;
  shown: string;
  maxScenarios: (n: number) => string;
  stillOnAssistance: string;
  leaves: (month: string) => string;
  /** After `leaves`: when the claim booklet kept after leaving for work ends. */
  bookletEndsIn: (month: string) => string;
  startsIn: (month: string) => string;
  timelineTitle: (name: string) => string;
  timelineIntro: string;
  /** Under the handout's months: why some months are higher than the average. */
  monthsNote: string;
  /** The same on the printed handout: what a participant needs to read the months. */
  monthsNoteShort: string;
  monthColumns: {
    month: string;
    hours: string;
    gross: string;
    cheque: string;
    money: string;
    booklet: string;
  };
  hoursIn: (month: string) => string;
  newApplication: string;
  newApplicationShort: string;
  booklet: {
    held: string;
    kept: (n: number) => string;
    lost: string;
    none: string;
    unknown: string;
  };
  milestones: {
    firstReduced: (month: string) => string;
    noReduction: string;
    stops: (month: string) => string;
    continues: string;
    /** `condition`: the library's sentence (declare the job by a date), or ''. */
    bookletEnds: (month: string, kept: number, condition: string) => string;
    bookletKept: string;
  };
  chartTitle: (name: string) => string;
  chartDescription: string;
  /** What the bars' two looks mean: a month with an assistance cheque, a month without. */
  chartLegend: { on: string; off: string };
  handoutTitle: string;
  handoutFor: string;
  /** On paper, after two changed months said in full: the others, named. */
  otherChangedMonths: (months: readonly string[]) => string;
  /** The person's goal, in their words: the meeting starts from it (not kept in the link). */
  goalLabel: string;
  goalHelp: string;
  /** On the handout: « Mon objectif : … ». */
  goalLine: (goal: string) => string;
  assumptionsTitle: string;
  allowanceAssumption: (name: string, status: string) => string;
  /** « 1 469 $ à 1 602 $ »: an allowance nobody knows to be recognized. */
  range: (low: string, high: string) => string;
  /** The gains over no activity, each with its sign (« +0 $ », « +133 $ »). */
  rangeDifference: (low: string, high: string) => string;
  recognitionStatus: Record<
    'countedInFull' | 'recognizedSupportAllowance' | 'recognizedEmploymentAssistance' | 'unknown',
    string
  >;
  recognitionLabel: string;
  headlinesTitle: string;
  monthsTitle: (name: string) => string;
  healthTitle: string;
  /** After the months on screen: the booklet, the drug coverage, the count toward the revenu de base. */
  safetyTitle: string;
  actionsTitle: string;
  questionsTitle: string;
  notesTitle: string;
  linkTitle: string;
  /** The QR code's name for a screen reader. */
  qrLabel: string;
  printedOn: (date: string) => string;
  total: (months: number, amount: string) => string;
  /** What the year's tax return settles the next spring (received, or to pay). */
  springAfter: (amount: string, toPay: boolean) => string;
  /**
   * The April tax-return settlement already inside the twelve months' total (received, or to
   * pay): said as part of it, never added again.
   */
  springIncluded: (amount: string, toPay: boolean) => string;
  springNothing: string;
  /** On the handout, after a scenario's headline: its average, its twelve months, its spring. */
  handoutYear: (perMonth: string, total: string, spring: string) => string;
  /** The handout's table of four or more scenarios. */
  handoutColumns: { perMonth: string; spring: string };
  /** « de 1 459 $ à 1 592 $ »: an amount that depends on an answer not known yet. */
  amountRange: (low: string, high: string) => string;
}

/** The words a meeting link's keys are named with, in one language. */
interface LinkKeyWords {
  readonly scenarios: string;
  readonly scenario: (n: number) => string;
  readonly parts: Readonly<Record<string, string>>;
  readonly rl: string;
  readonly sel: string;
  readonly colon: string;
}

/** « sc » → the scenarios; « sc.1 » → scenario 2; « sc.1.h,r » → scenario 2 : hours, rate. */
function meetingLinkKeyName(key: string, w: LinkKeyWords): string | null {
  if (key === 'sc') return w.scenarios;
  if (key === 'rl') return w.rl;
  if (key === 'sel') return w.sel;
  const m = /^sc\.(\d+)(?:\.(.*))?$/.exec(key);
  if (!m) return null;
  const name = w.scenario(Number(m[1]) + 1);
  const parts = (m[2] ?? '').split(',').filter(Boolean);
  return parts.length === 0
    ? name
    : `${name}${w.colon}${parts.map((p) => w.parts[p] ?? p).join(', ')}`;
}

const meetingFrWords: MeetingWords = {
  linkKeyName: (key) =>
    meetingLinkKeyName(key, {
      scenarios: 'Scénarios (6 au plus)',
      scenario: (n) => `Scénario ${n}`,
      parts: {
        k: 'salaire ou allocation',
        h: 'heures',
        r: 'taux horaire',
        at: 'reconnaissance',
        d: 'mois de début',
        c: 'changements de mois',
      },
      rl: 'Facile à lire',
      sel: 'Scénario choisi',
      colon: ' : ',
    }),
  title: 'Rencontre : comparer des scénarios, mois par mois',
  intro:
    'Ajoutez, dupliquez ou retirez des scénarios ; choisissez-en un pour voir ses douze prochains mois. Une rechute ? Changez les heures d’un mois.',
  scenariosTitle: 'Scénarios comparés',
  // A non-breaking space: « 10 h » never splits over two lines.
  scenarioName: (kind, hours) =>
    kind === 'wage' ? `Salaire ${hours}\u00a0h` : `Allocation ${hours}\u00a0h`,
  columns: {
    scenario: 'Scénario',
    kind: 'Payé en',
    hours: 'Heures par semaine',
    rate: 'Taux horaire',
    start: 'Début',
    money: 'Argent par mois',
    year: 'Sur les 12 mois',
    difference: 'Par rapport à sans activité',
    assistance: 'Aide',
    actions: 'Actions',
  },
  kinds: { wage: 'salaire', allowance: 'allocation' },
  minimumWage: 'salaire minimum',
  add: 'Ajouter un scénario',
  actions: { show: 'Voir', duplicate: 'Dupliquer', remove: 'Retirer' },
  duplicate: (name) => `Dupliquer « ${name} »`,
  remove: (name) => `Retirer « ${name} »`,
  removed: (name) => `« ${name} » retiré, avec ses changements de mois.`,
  undoRemove: 'Annuler',
  show: (name) => `Voir les mois de « ${name} »`,
  shown: 'affiché',
  maxScenarios: (n) => `Au plus ${n} scénarios.`,
  stillOnAssistance: 'continue',
  leaves: (month) => `s’arrête en ${month}`,
  bookletEndsIn: (month) =>
    ` ; carnet de réclamation jusqu’en ${month}, si l’emploi est déclaré à temps`,
  startsIn: (month) => `à partir de ${month}`,
  timelineTitle: (name) => `Mois par mois : ${name}`,
  monthsNoteShort:
    'Argent du mois : ce qui arrive ce mois-là ; certains crédits arrivent tous les trois mois, et la déclaration de revenus en avril.',
  monthsNote:
    'Argent du mois : ce qui arrive ce mois-là. Le crédit pour la TPS (et l’Allocation famille, avec des enfants) arrive en janvier, avril, juillet et octobre ; en avril arrive aussi ce que donne la déclaration de revenus (ou ce qu’il faut payer). Les montants « par mois » des scénarios sont une moyenne sur l’année.',
  timelineIntro:
    'Le chèque d’un mois est calculé sur les revenus du mois précédent. Changez les heures d’un mois pour voir l’effet d’une rechute ou d’une hausse.',
  monthColumns: {
    month: 'Mois',
    hours: 'Heures',
    gross: 'Salaire brut',
    cheque: 'Chèque d’aide',
    money: 'Argent du mois',
    booklet: 'Carnet',
  },
  hoursIn: (month) => `Heures par semaine en ${month}`,
  newApplication: 'nouvelle demande',
  newApplicationShort: 'à redemander',
  booklet: {
    held: 'oui',
    kept: (n) => (n === 0 ? 'gardé (dernier mois)' : `gardé (encore ${n} mois)`),
    lost: 'terminé',
    none: '—',
    unknown: 'à vérifier',
  },
  milestones: {
    firstReduced: (month) => `Premier chèque réduit : ${month}.`,
    noReduction: 'Le chèque ne baisse pas.',
    stops: (month) => `L’aide s’arrête : ${month}.`,
    continues: 'L’aide continue pendant ces douze mois.',
    bookletEnds: (month, kept, condition) =>
      `Le carnet de réclamation est gardé ${kept} mois${condition ? `, ${condition}` : ''} : il se termine en ${month}. Ensuite, l’assurance médicaments publique (Régie de l’assurance maladie du Québec).`,
    bookletKept: 'Le carnet de réclamation reste actif tant que l’aide est versée.',
  },
  chartTitle: (name) => `Argent de chaque mois : ${name}`,
  chartDescription: 'Une barre par mois : l’argent reçu ce mois-là (paie, chèque, crédits).',
  chartLegend: {
    on: 'Mois avec un chèque d’aide',
    off: 'Mois sans chèque d’aide (contour pointillé)',
  },
  handoutTitle: 'Ce que mes heures changent à mon argent',
  handoutFor: 'Préparé en rencontre, pour la personne.',
  otherChangedMonths: (months) =>
    `Autres mois changés : ${months.join(', ')} (voir le tableau et l’écran de la rencontre).`,
  goalLabel: 'Objectif de la personne, en une phrase (facultatif)',
  goalHelp:
    'Imprimé en haut de la feuille. Il reste sur cet écran et sur le papier : le lien et le code QR ne le contiennent pas.',
  goalLine: (goal) => `Mon objectif : ${/[.!?]$/.test(goal) ? goal : `${goal}.`}`,
  assumptionsTitle: 'Situation et hypothèses',
  allowanceAssumption: (name, status) => `${name} : allocation ${status}.`,
  range: (low, high) => `${low} à ${high}`,
  rangeDifference: (low, high) =>
    `de ${low} à ${high} par rapport à sans activité, selon la réponse du ministère`,
  recognitionStatus: {
    countedInFull: 'non reconnue par le ministère (enlevée du chèque)',
    recognizedSupportAllowance: 'reconnue comme allocation de soutien',
    recognizedEmploymentAssistance: 'reconnue comme allocation d’aide à l’emploi',
    unknown:
      'pas encore reconnue ni refusée par le ministère : l’argent par mois va d’un cas à l’autre ; les mois la comptent comme non reconnue (à vérifier avec votre agente ou agent)',
  },
  recognitionLabel: 'Reconnue par le ministère ?',
  headlinesTitle: 'Les scénarios',
  monthsTitle: (name) => `Les 12 prochains mois : ${name}`,
  healthTitle: 'Médicaments, soins dentaires et de la vue',
  safetyTitle: 'Vos protections',
  actionsTitle: 'Ce que je fais cette semaine',
  questionsTitle: 'Questions pour mon agente ou agent',
  notesTitle: 'Notes',
  linkTitle: 'Pour rouvrir ces scénarios : photographiez le code avec votre téléphone.',
  qrLabel: 'Code QR qui rouvre ces scénarios',
  printedOn: (date) => `Imprimé le ${date}.`,
  total: (months, amount) => `Total des ${months} mois : ${amount}`,
  springAfter: (amount, toPay) =>
    toPay ? `puis ${amount} à payer au printemps` : `puis ${amount} de plus au printemps`,
  springIncluded: (amount, toPay) =>
    toPay
      ? `dont ${amount} à payer en avril avec la déclaration de revenus`
      : `dont ${amount} reçus en avril avec la déclaration de revenus`,
  springNothing: 'rien de plus au printemps',
  handoutYear: (perMonth, total, spring) =>
    `Argent par mois : ${perMonth} en moyenne. Sur les 12 mois : ${total}, ${spring}.`,
  amountRange: (low, high) => `de ${low} à ${high}`,
  handoutColumns: { perMonth: 'Argent par mois (moyenne)', spring: 'Au printemps' },
};

export const meetingEn: MeetingWords = {
  linkKeyName: (key) =>
    meetingLinkKeyName(key, {
      scenarios: 'Scenarios (6 at most)',
      scenario: (n) => `Scenario ${n}`,
      parts: {
        k: 'wage or allowance',
        h: 'hours',
        r: 'hourly rate',
        at: 'recognition',
        d: 'start month',
        c: 'month changes',
      },
      rl: 'Easy to read',
      sel: 'Chosen scenario',
      colon: ': ',
    }),
  title: 'Meeting: compare scenarios, month by month',
  intro:
    'Add, duplicate or remove scenarios; choose one to see its next twelve months. A relapse? Change the hours of a month.',
  scenariosTitle: 'Scenarios compared',
  // « hours » as the simulator's sentences say it (« 1 hour »), kept with its number.
  scenarioName: (kind, hours) =>
    `${kind === 'wage' ? 'Wage' : 'Allowance'} ${hours}\u00a0${hours === '1' ? 'hour' : 'hours'}`,
  columns: {
    scenario: 'Scenario',
    kind: 'Paid as',
    hours: 'Hours a week',
    rate: 'Hourly rate',
    start: 'Start',
    money: 'Money per month',
    year: 'Over the 12 months',
    difference: 'Compared with no activity',
    assistance: 'Assistance',
    actions: 'Actions',
  },
  kinds: { wage: 'wage', allowance: 'allowance' },
  minimumWage: 'minimum wage',
  add: 'Add a scenario',
  actions: { show: 'Show', duplicate: 'Duplicate', remove: 'Remove' },
  duplicate: (name) => `Duplicate “${name}”`,
  remove: (name) => `Remove “${name}”`,
  removed: (name) => `“${name}” removed, with its month changes.`,
  undoRemove: 'Undo',
  show: (name) => `Show the months of “${name}”`,
  shown: 'shown',
  maxScenarios: (n) => `At most ${n} scenarios.`,
  stillOnAssistance: 'continues',
  leaves: (month) => `stops in ${month}`,
  bookletEndsIn: (month) => `; claim booklet until ${month}, if the job is declared in time`,
  startsIn: (month) => `from ${month}`,
  timelineTitle: (name) => `Month by month: ${name}`,
  monthsNoteShort:
    'Money of the month: what arrives that month; some credits come every three months, and the tax return in April.',
  monthsNote:
    'Money of the month: what arrives that month. The GST credit (and the Allocation famille, with children) comes in January, April, July and October; in April also comes what the tax return gives (or what must be paid). The scenarios’ amounts “a month” are an average over the year.',
  timelineIntro:
    'A month’s cheque is computed from the previous month’s income. Change the hours of a month to see a relapse or an increase.',
  monthColumns: {
    month: 'Month',
    hours: 'Hours',
    gross: 'Gross wage',
    cheque: 'Assistance cheque',
    money: 'Money this month',
    booklet: 'Booklet',
  },
  hoursIn: (month) => `Hours a week in ${month}`,
  newApplication: 'new application',
  newApplicationShort: 'reapply',
  booklet: {
    held: 'yes',
    kept: (n) =>
      n === 0 ? 'kept (last month)' : `kept (${n} more ${n === 1 ? 'month' : 'months'})`,
    lost: 'ended',
    none: '—',
    unknown: 'to check',
  },
  milestones: {
    firstReduced: (month) => `First reduced cheque: ${month}.`,
    noReduction: 'The cheque does not go down.',
    stops: (month) => `Assistance stops: ${month}.`,
    continues: 'Assistance continues for these twelve months.',
    bookletEnds: (month, kept, condition) =>
      `The claim booklet is kept ${kept} months${condition ? `, ${condition}` : ''}: it ends in ${month}. Then the public drug insurance (Régie de l’assurance maladie du Québec).`,
    bookletKept: 'The claim booklet stays active as long as assistance is paid.',
  },
  chartTitle: (name) => `Money each month: ${name}`,
  chartDescription: 'One bar per month: the money received that month (pay, cheque, credits).',
  chartLegend: { on: 'Month with an assistance cheque', off: 'Month without one (dotted outline)' },
  handoutTitle: 'How my work hours change my money',
  handoutFor: 'Prepared in a meeting, for the person.',
  otherChangedMonths: (months) =>
    `Other changed months: ${months.join(', ')} (see the table and the meeting’s screen).`,
  goalLabel: 'The person’s goal, in one sentence (optional)',
  goalHelp:
    'Printed at the top of the handout. It stays on this screen and on paper: the link and the QR code do not hold it.',
  goalLine: (goal) => `My goal: ${/[.!?]$/.test(goal) ? goal : `${goal}.`}`,
  assumptionsTitle: 'Situation and assumptions',
  allowanceAssumption: (name, status) => `${name}: allowance ${status}.`,
  range: (low, high) => `${low} to ${high}`,
  rangeDifference: (low, high) =>
    `${low} to ${high} compared with no activity, depending on the ministry’s answer`,
  recognitionStatus: {
    countedInFull: 'not recognized by the ministry (taken off the cheque)',
    recognizedSupportAllowance: 'recognized as a support allowance',
    recognizedEmploymentAssistance: 'recognized as an employment assistance allowance',
    unknown:
      'not yet recognized or refused by the ministry: the money per month goes from one case to the other; the months count it as not recognized (check with your agent)',
  },
  recognitionLabel: 'Recognized by the ministry?',
  headlinesTitle: 'The scenarios',
  monthsTitle: (name) => `The next 12 months: ${name}`,
  healthTitle: 'Drugs, dental and eye care',
  safetyTitle: 'Your protections',
  actionsTitle: 'What I do this week',
  questionsTitle: 'Questions for my agent',
  notesTitle: 'Notes',
  linkTitle: 'To reopen these scenarios: point your phone’s camera at the code.',
  qrLabel: 'QR code that reopens these scenarios',
  printedOn: (date) => `Printed on ${date}.`,
  total: (months, amount) => `Total of the ${months} months: ${amount}`,
  springAfter: (amount, toPay) =>
    toPay ? `then ${amount} to pay in spring` : `then ${amount} more in spring`,
  springIncluded: (amount, toPay) =>
    toPay
      ? `including ${amount} to pay in April with the tax return`
      : `including ${amount} received in April with the tax return`,
  springNothing: 'nothing more in spring',
  handoutYear: (perMonth, total, spring) =>
    `Money per month: ${perMonth} on average. Over the 12 months: ${total}, ${spring}.`,
  amountRange: (low, high) => `${low} to ${high}`,
  handoutColumns: { perMonth: 'Money per month (average)', spring: 'In spring' },
};

export const meetingFr: MeetingWords = typesetFrench(meetingFrWords);

/**
 * « Facile à lire »: the meeting and its handout in plain words, laid over the standard ones. Short
 * sentences, one idea each, no acronyms; the figures' sentences are the library's plain ones.
 */
type PlainMeetingWords = Omit<Partial<MeetingWords>, 'milestones' | 'recognitionStatus'> & {
  milestones: MeetingWords['milestones'];
  recognitionStatus: MeetingWords['recognitionStatus'];
};

const meetingFrSimpleWords: PlainMeetingWords = {
  title: 'Rencontre : vos scénarios, mois par mois',
  intro:
    'Comparez des façons de travailler. Choisissez-en une pour voir vos 12 prochains mois. Une rechute ? Changez les heures d’un mois.',
  timelineIntro:
    'Votre chèque d’un mois vient de vos revenus du mois d’avant. Changez les heures d’un mois pour voir ce qui arrive si vous travaillez moins.',
  monthsNoteShort:
    'Argent du mois : ce que vous recevez ce mois-là. Certains crédits arrivent tous les 3 mois. L’argent de la déclaration de revenus arrive en avril.',
  milestones: {
    firstReduced: (month) => `Votre chèque baisse pour la première fois en ${month}.`,
    noReduction: 'Votre chèque ne baisse pas.',
    stops: (month) => `Votre chèque d’aide s’arrête en ${month}.`,
    continues: 'Vous gardez votre chèque d’aide pendant ces 12 mois.',
    bookletEnds: (month, kept, condition) =>
      `Vous gardez votre carnet de réclamation ${kept} mois, jusqu’en ${month}.${condition ? ` ${condition}` : ''} Ensuite, c’est l’assurance médicaments publique.`,
    bookletKept: 'Vous gardez votre carnet de réclamation tant que vous avez un chèque d’aide.',
  },
  handoutTitle: 'Mon argent si je travaille',
  handoutFor: 'Fait en rencontre, pour vous.',
  assumptionsTitle: 'D’où viennent ces montants',
  allowanceAssumption: (name, status) => `${name} : ${status}.`,
  recognitionStatus: {
    countedInFull: 'le ministère ne reconnaît pas votre allocation. Il l’enlève de votre chèque',
    recognizedSupportAllowance: 'le ministère reconnaît votre allocation',
    recognizedEmploymentAssistance: 'le ministère reconnaît votre allocation',
    unknown:
      'on ne sait pas encore si le ministère reconnaît votre allocation. Les mois comptent comme si elle n’était pas reconnue. Demandez à votre agente ou agent',
  },
  headlinesTitle: 'Vos scénarios',
  monthsTitle: (name) => `Vos 12 prochains mois : ${name}`,
  questionsTitle: 'Questions pour mon agente ou agent',
  handoutYear: (perMonth, total, spring) =>
    `En moyenne : ${perMonth} par mois. En 12 mois : ${total}, ${spring}.`,
};

const meetingEnSimpleWords: PlainMeetingWords = {
  title: 'Meeting: your scenarios, month by month',
  intro:
    'Compare ways of working. Choose one to see your next 12 months. A relapse? Change the hours of a month.',
  timelineIntro:
    'Your cheque for a month comes from your income of the month before. Change the hours of a month to see what happens if you work less.',
  monthsNoteShort:
    'Money of the month: what you get that month. Some credits come every 3 months. The money from the tax return comes in April.',
  milestones: {
    firstReduced: (month) => `Your cheque goes down for the first time in ${month}.`,
    noReduction: 'Your cheque does not go down.',
    stops: (month) => `Your assistance cheque stops in ${month}.`,
    continues: 'You keep your assistance cheque for these 12 months.',
    bookletEnds: (month, kept, condition) =>
      `You keep your claim booklet ${kept} months, until ${month}.${condition ? ` ${condition}` : ''} Then, it is the public drug insurance.`,
    bookletKept: 'You keep your claim booklet as long as you get an assistance cheque.',
  },
  handoutTitle: 'My money if I work',
  handoutFor: 'Made in a meeting, for you.',
  assumptionsTitle: 'Where these amounts come from',
  allowanceAssumption: (name, status) => `${name}: ${status}.`,
  recognitionStatus: {
    countedInFull: 'the ministry does not recognize your allowance. It takes it off your cheque',
    recognizedSupportAllowance: 'the ministry recognizes your allowance',
    recognizedEmploymentAssistance: 'the ministry recognizes your allowance',
    unknown:
      'nobody knows yet if the ministry recognizes your allowance. The months count as if it were not recognized. Ask your agent',
  },
  headlinesTitle: 'Your scenarios',
  monthsTitle: (name) => `Your next 12 months: ${name}`,
  handoutYear: (perMonth, total, spring) =>
    `On average: ${perMonth} a month. In 12 months: ${total}, ${spring}.`,
};

export const meetingFrSimple: MeetingWords = {
  ...meetingFr,
  ...typesetFrench(meetingFrSimpleWords),
};
export const meetingEnSimple: MeetingWords = { ...meetingEn, ...meetingEnSimpleWords };
