/**
 * The sentences around the headline: cliffs and plateaus near the chosen hours (« Vers 22,5 h
 * par semaine, l'aide s'arrête… »), what one more hour brings, the spring settlement, health
 * coverage and how sure the figures are. Standard mode says the library's sentences; plain-language
 * mode rebuilds shorter ones from the same figures.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  trapWordsBeside,
  type IncomeTrap,
  type NextHour,
  type SimulationResult,
} from '@passerelle/rules';
import { speak } from '../i18n/typography.js';
import type { RenderContext } from '../parts/render-context.js';
import type { SpringCredit } from '../i18n/translation.js';

export function renderTraps(
  c: RenderContext,
  traps: readonly IncomeTrap[],
  kind: string,
  /** « Si elle n'est pas reconnue » when the card shows two outcomes. */
  outcome: string | null = null,
  /** The card's headline's `moneyPerMonth.sinceExit` (null with a range headline). */
  sinceExit: { readonly hoursBefore: number } | null = null,
  /** The next hour's line shown on the same card (it may say the year already). */
  next: NextHour | null = null,
): TemplateResult | typeof nothing {
  if (traps.length === 0) return nothing;
  const { t } = c;
  return html`${traps.map((trap) => {
    // On screen the next-hour line may say the year; on paper it is not printed, so the warning
    // keeps its own year there (one year figure on each).
    const words = trapWordsBeside(trap, sinceExit, next);
    const paper = trapWordsBeside(trap, sinceExit);
    const say = (w: typeof words) => speak(t.lang, c.simple ? w.simpleExplanation : w.explanation);
    return html`<div
      class="callout callout-${trap.kind}"
      role="note"
      data-testid=${`callout-${kind}`}
    >
      <p>
        <strong
          >${outcome ? `${t.attention}, ${outcome.toLowerCase()}` : t.attention}${t.colon.trimEnd()}</strong
        >
        ${
          paper === words
            ? say(words)
            : html`<span class="screen-words">${say(words)}</span
                ><span class="paper-words">${say(paper)}</span>`
        }
        ${
          // Why leaving costs more than the cheque: the 25 % supplement stops with it. Only where
          // the sentence names it (the plain one does not).
          !c.simple && (trap.cause === 'leavingAssistance' || trap.cause === 'workIncomeSupplement')
            ? c.term(
                'workIncomeSupplement',
                `${kind}-${String(trap.fromHours).replace('.', '-')}${outcome ? '-o' : ''}`,
              )
            : nothing
        }
      </p>
    </div>`;
  })}`;
}

export function renderNextHour(
  c: RenderContext,
  next: NextHour | null,
  kind: string,
): TemplateResult | typeof nothing {
  if (!next) return nothing;
  const { t } = c;
  return html`<p class="next-hour" data-testid=${`next-hour-${kind}`}>
    ${speak(t.lang, c.simple ? next.simpleExplanation : next.explanation)}
  </p>`;
}

/**
 * When income changes the payment, said beside the answer, not only in the details (the library's
 * notice): on last-resort assistance a month's income sets next month's cheque (the first month
 * of work looks better than the figure shown, and a cheque that stops stops a month later); on
 * the revenu de base a wage lowers the payment only from the July after the year.
 */
export function renderLag(
  c: RenderContext,
  r: SimulationResult,
  kind: string,
): TemplateResult | typeof nothing {
  const notice = r.notices.find(
    (n) => n.code === 'basicIncomeYearLag' || n.code === 'nextMonthEffect',
  );
  if (!notice) return nothing;
  return html`<p class="lag" data-code=${notice.code} data-testid=${`lag-${kind}`}>
    ${c.speak(notice.message)}
  </p>`;
}

/**
 * Which spring credits the year gives: only those are named (a CWB of 0 $ is not « received »),
 * the work premium supplement too when it is counted (a review read 7 263 $ « prime au travail et
 * Allocation canadienne pour les travailleurs » holding 2 400 $ of supplement).
 */
function springCredits(r: SimulationResult): SpringCredit[] {
  const named: SpringCredit[] = [];
  if (r.taxYear.workPremium > 0) named.push('workPremium');
  if (r.taxYear.workPremiumSupplement > 0) named.push('supplement');
  if (r.taxYear.canadaWorkersBenefit > 0) named.push('cwb');
  return named.length > 0 ? named : ['workPremium'];
}

export function renderSpring(
  c: RenderContext,
  r: SimulationResult,
  kind: string,
): TemplateResult | typeof nothing {
  const spring = r.moneyPerMonth.springAmount;
  if (Math.abs(spring) < 1) return nothing;
  const { t } = c;
  return html`<p class="spring" data-testid=${`spring-${kind}`}>
    ${spring > 0 ? t.spring(c.money(spring, 0), springCredits(r)) : t.springToPay(c.money(-spring, 0))}
    ${c.term('workPremium', kind)}
  </p>`;
}

export function renderCoverage(
  c: RenderContext,
  r: SimulationResult,
  kind: string,
): TemplateResult {
  const { t } = c;
  const cov = r.coverage;
  return html`<div class="coverage" data-testid=${`coverage-${kind}`}>
    <p>
      <strong>${t.healthTitle}${t.colon.trimEnd()}</strong>
      ${speak(t.lang, c.simple ? cov.simpleSentence : cov.sentence)} ${c.term('claimBooklet', kind)}
    </p>
    ${
      // If the person falls sick after working: when these hours give EI sickness benefits, and
      // about how much a week (the library's sentence). On screen only: on paper the wage card
      // past the exit went to a second page with it (23 h, measured).
      r.sicknessCover
        ? html`<p data-testid=${`sickness-${kind}`} class="screen-only">
            ${speak(t.lang, c.simple ? r.sicknessCover.simpleSentence : r.sicknessCover.sentence)}
          </p>`
        : nothing
    }
    ${
      // On solidarité sociale: the months toward the revenu de base, and what this scenario does
      // to them (the library's sentence, ADEL sujet 168216); on paper its one-line form, only
      // when the months are given (« indiquez vos mois » asks something of the screen).
      r.towardBasicIncome
        ? html`<p data-testid=${`basic-income-count-${kind}`} class="screen-only">
              ${speak(
                t.lang,
                c.simple ? r.towardBasicIncome.simpleSentence : r.towardBasicIncome.sentence,
              )}
            </p>
            ${
              // On paper once where it is the same: on the card without activity, and on a card
              // whose scenario changes the count's course (leaving with the booklet, to check).
              r.towardBasicIncome.briefSentence &&
              (kind === 'none' || r.towardBasicIncome.course !== 'onSolidarity')
                ? html`<p class="print-only">
                    ${speak(t.lang, r.towardBasicIncome.briefSentence)}
                  </p>`
                : nothing
            }`
        : nothing
    }
  </div>`;
}

export function renderUncertainty(
  c: RenderContext,
  r: SimulationResult,
  kind: string,
): TemplateResult | typeof nothing {
  const sentence = r.uncertainty.sentence;
  if (!sentence) return nothing;
  const { t } = c;
  return html`<p class="uncertainty" data-testid=${`uncertainty-${kind}`}>
    ${speak(t.lang, c.simple ? (r.uncertainty.simpleSentence ?? sentence) : sentence)}
  </p>`;
}
