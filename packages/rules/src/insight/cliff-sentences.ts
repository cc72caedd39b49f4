/**
 * What the cliffs, plateaus and the next hour say, one message table per language. The amounts
 * and hours arrive already written (« 2 650 $ », « 22,5 h »): the table only words them.
 */
import type { Lang } from '../i18n/localized.js';

/** What makes a range of hours give less, or almost nothing more. */
export type TrapCause =
  | 'leavingAssistance'
  | 'workIncomeSupplement'
  | 'allowanceCounted'
  | 'assistanceReduction'
  | 'creditsAndTaxes';

export interface CliffWords {
  /** « Sur un an, en comptant ce qui arrive au printemps, … »: the year beside the month. */
  readonly year: {
    readonly same: (at: string, from: string) => string;
    readonly samePlain: string;
    readonly change: (money: string, more: boolean, at: string, from: string) => string;
    /** Plain words, still saying what the year is compared with (« qu’à 22,5 h »). */
    readonly changePlain: (money: string, more: boolean, at: string, from: string) => string;
  };
  readonly cliff: {
    /** `lastWith`: the last half hour with a cheque, when it is not the exit's own hours. */
    readonly exit: (hours: string, lastWith: string | null) => string;
    readonly recovered: (from: string, to: string, lost: string) => string;
    readonly beyond: (from: string, lost: string) => string;
    readonly because: (cause: string) => string;
  };
  readonly plateau: {
    readonly what: (nothingAtAll: boolean) => string;
    readonly sentence: (from: string, to: string, what: string, cause: string) => string;
  };
  /** The plain words (« Facile à lire »). */
  readonly simple: {
    readonly plateau: (from: string, to: string, nothing: boolean) => string;
    readonly stop: (hours: string, lastWith: string | null) => string;
    readonly cliff: (stop: string, from: string, lost: string, year: string) => string;
    readonly recovered: (to: string, from: string) => string;
  };
  /** A few words for the answer kept on screen. */
  readonly brief: {
    readonly exit: (hours: string) => string;
    readonly exitPlain: (hours: string) => string;
    readonly less: (from: string) => string;
    readonly lessPlain: (from: string) => string;
  };
  readonly nextHour: {
    readonly yearSame: string;
    readonly yearChange: (money: string, more: boolean) => string;
    readonly yearSamePlain: string;
    readonly yearChangePlain: (money: string, more: boolean) => string;
    readonly nothing: string;
    readonly gain: (money: string) => string;
    readonly loss: (money: string) => string;
    readonly nothingPlain: string;
    readonly gainPlain: (money: string) => string;
    readonly lossPlain: (money: string) => string;
  };
  readonly causes: Record<TrapCause, string>;
}

export const cliffWords: Record<Lang, CliffWords> = {
  fr: {
    year: {
      same: (at, from) =>
        ` Sur un an, en comptant ce qui arrive au printemps, pas de différence à ${at} et à ${from}.`,
      samePlain: ' Sur un an, avec l’argent du printemps : pas de différence.',
      change: (money, more, at, from) =>
        ` Sur un an, en comptant ce qui arrive au printemps, environ ${money} de ${more ? 'plus' : 'moins'} à ${at} qu’à ${from}.`,
      changePlain: (money, more, at, from) =>
        ` Sur un an, avec l’argent du printemps : environ ${money} de ${more ? 'plus' : 'moins'} à ${at} qu’à ${from}.`,
    },
    cliff: {
      exit: (hours, lastWith) =>
        `Vers ${hours} par semaine, l’aide s’arrête${lastWith ? ` ; à ${lastWith}, vous avez encore un chèque` : ''}. `,
      recovered: (from, to, lost) =>
        `Entre ${from} et ${to}, vous auriez jusqu’à ${lost} de moins par mois qu’à ${from}`,
      beyond: (from, lost) =>
        `Au-delà de ${from}, vous auriez jusqu’à ${lost} de moins par mois qu’à ${from}`,
      because: (cause) => ` : ${cause}.`,
    },
    plateau: {
      what: (nothingAtAll) =>
        nothingAtAll ? 'ne vous rapportent rien de plus' : 'ne vous rapportent presque rien',
      sentence: (from, to, what, cause) =>
        `Entre ${from} et ${to} par semaine, des heures en plus ${what} : ${cause}.`,
    },
    simple: {
      plateau: (from, to, nothing) =>
        `De ${from} à ${to} par semaine, plus d’heures ne vous donnent ${nothing ? 'rien' : 'presque rien'} de plus.`,
      stop: (hours, lastWith) =>
        `Vers ${hours} par semaine, votre chèque s’arrête${lastWith ? ` ; à ${lastWith}, vous l’avez encore` : ''}. `,
      cliff: (stop, from, lost, year) =>
        `${stop}Avec plus de ${from}, vous pourriez avoir jusqu’à ${lost} de moins par mois qu’à ${from}.${year}`,
      recovered: (to, from) => ` À partir de ${to}, vous avez plus qu’à ${from}.`,
    },
    brief: {
      exit: (hours) => `l’aide s’arrête vers ${hours} par semaine.`,
      exitPlain: (hours) => `votre chèque s’arrête vers ${hours}.`,
      less: (from) => `moins d’argent après ${from} par semaine.`,
      lessPlain: (from) => `moins d’argent après ${from}.`,
    },
    nextHour: {
      yearSame: ' Sur un an, en comptant ce qui arrive au printemps : pas de différence.',
      yearChange: (money, more) =>
        ` Sur un an, en comptant ce qui arrive au printemps : environ ${money} ${more ? 'de plus' : 'de moins'}.`,
      yearSamePlain: ' Sur un an, avec l’argent du printemps : pas de différence.',
      yearChangePlain: (money, more) =>
        ` Sur un an, avec l’argent du printemps : environ ${money} ${more ? 'de plus' : 'de moins'}.`,
      nothing: 'Une heure de plus par semaine ne vous rapporterait rien de plus par mois.',
      gain: (money) => `Une heure de plus par semaine vous rapporterait ${money} de plus par mois.`,
      loss: (money) => `Une heure de plus par semaine vous ferait perdre ${money} par mois.`,
      nothingPlain: 'Une heure de plus ne vous donne rien de plus.',
      gainPlain: (money) => `Une heure de plus par semaine : ${money} de plus par mois.`,
      lossPlain: (money) => `Une heure de plus par semaine : ${money} de moins par mois.`,
    },
    causes: {
      leavingAssistance:
        'votre chèque d’aide s’arrête, avec le supplément de 25 % sur vos revenus de travail',
      workIncomeSupplement: 'le supplément de 25 % sur vos revenus de travail diminue',
      allowanceCounted: 'l’allocation est enlevée de votre chèque d’aide, dollar pour dollar',
      assistanceReduction: 'ce que vous gagnez de plus est enlevé de votre chèque d’aide',
      creditsAndTaxes: 'des crédits d’impôt diminuent et l’impôt augmente',
    },
  },
  en: {
    year: {
      same: (at, from) =>
        ` Over a year, counting what comes in spring, no difference between ${at} and ${from}.`,
      samePlain: ' Over a year, with the spring money: no difference.',
      change: (money, more, at, from) =>
        ` Over a year, counting what comes in spring, about ${money} ${more ? 'more' : 'less'} at ${at} than at ${from}.`,
      changePlain: (money, more, at, from) =>
        ` Over a year, with the spring money: about ${money} ${more ? 'more' : 'less'} at ${at} than at ${from}.`,
    },
    cliff: {
      exit: (hours, lastWith) =>
        `At about ${hours} a week, assistance stops${lastWith ? `; at ${lastWith} you still get a cheque` : ''}. `,
      recovered: (from, to, lost) =>
        `Between ${from} and ${to}, you would have up to ${lost} less a month than at ${from}`,
      beyond: (from, lost) =>
        `Beyond ${from}, you would have up to ${lost} less a month than at ${from}`,
      because: (cause) => `: ${cause}.`,
    },
    plateau: {
      what: (nothingAtAll) =>
        nothingAtAll ? 'bring you nothing more' : 'bring you almost nothing',
      sentence: (from, to, what, cause) =>
        `Between ${from} and ${to} a week, more hours ${what}: ${cause}.`,
    },
    simple: {
      plateau: (from, to, nothing) =>
        `From ${from} to ${to} a week, more hours give you ${nothing ? 'nothing' : 'almost nothing'} more.`,
      stop: (hours, lastWith) =>
        `Near ${hours} a week, your cheque stops${lastWith ? `; at ${lastWith} you still get it` : ''}. `,
      cliff: (stop, from, lost, year) =>
        `${stop}Above ${from}, you could have up to ${lost} less a month than at ${from}.${year}`,
      recovered: (to, from) => ` From ${to}, you have more than at ${from}.`,
    },
    brief: {
      exit: (hours) => `assistance stops near ${hours} a week.`,
      exitPlain: (hours) => `your cheque stops near ${hours}.`,
      less: (from) => `less money above ${from} a week.`,
      lessPlain: (from) => `less money above ${from}.`,
    },
    nextHour: {
      yearSame: ' Over a year, counting what comes in spring: no difference.',
      yearChange: (money, more) =>
        ` Over a year, counting what comes in spring: about ${money} ${more ? 'more' : 'less'}.`,
      yearSamePlain: ' Over a year, with the spring money: no difference.',
      yearChangePlain: (money, more) =>
        ` Over a year, with the spring money: about ${money} ${more ? 'more' : 'less'}.`,
      nothing: 'One more hour a week would bring you nothing more a month.',
      gain: (money) => `One more hour a week would bring you ${money} more a month.`,
      loss: (money) => `One more hour a week would cost you ${money} a month.`,
      nothingPlain: 'One more hour gives you nothing more.',
      gainPlain: (money) => `One more hour a week: ${money} more a month.`,
      lossPlain: (money) => `One more hour a week: ${money} less a month.`,
    },
    causes: {
      leavingAssistance:
        'your assistance cheque stops, and with it the 25% supplement on your work income',
      workIncomeSupplement: 'the 25% supplement on your work income goes down',
      allowanceCounted: 'the allowance is taken off your assistance cheque, dollar for dollar',
      assistanceReduction:
        'what you earn above the allowed amount is taken off your assistance cheque',
      creditsAndTaxes: 'tax credits go down and income tax goes up',
    },
  },
};
