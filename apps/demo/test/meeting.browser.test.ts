/**
 * The counsellor's meeting page (`counsellor.html`, `<passerelle-meeting>`), as a counsellor uses
 * it: three scenarios, the months of the 20 h wage (first reduced cheque, assistance stops, the
 * claim booklet ends), a relapse in March, a one-page handout in French and English, the link
 * that reopens it; checked against the library's `timeline`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  changesOverWindow,
  firstSteps,
  monthChanges,
  monthName,
  simulate,
  timeline,
  type TimelineInput,
} from '../../../packages/rules/dist/src/index.js';
import { flesch, kandelMoles } from './readability.js';
import { axeViolations, useDemo, visibleText } from './harness.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * What the handout's QR code says, read from its pixels as a phone's camera would: the code the
 * page drew, shown large in a page of its own (paper has far more dots than a screen).
 */
async function qrText(page: Page): Promise<string | null> {
  const drawn = await page
    .locator('passerelle-meeting .handout svg.qr')
    .evaluate((el) => el.outerHTML);
  const big = await demo.browser.newPage();
  await big.setViewportSize({ width: 900, height: 900 });
  await big.setContent(
    `<body style="margin:0;background:#fff">${drawn.replace('<svg', '<svg width="880" height="880"')}</body>`,
  );
  const png = PNG.sync.read(await big.screenshot());
  await big.close();
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

const demo = useDemo();

const norm = visibleText;
const m = (selector: string) => `passerelle-meeting ${selector}`;

/** A meeting on aide sociale from January 2026, with the default three scenarios. */
const january = `#rencontre=${encodeURIComponent(
  JSON.stringify({ s: { y: '2026', m: '1', p: 'socialAssistance' } }),
)}`;

async function open(hash = january, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await demo.browser.newPage({ viewport });
  await page.goto(`${demo.server.origin}/counsellor.html${hash}`);
  await page.locator(m('[data-testid="milestones"]')).waitFor();
  return page;
}

function libraryTimeline(hours: number[]): NonNullable<ReturnType<typeof timeline>> {
  const input: TimelineInput = {
    label: 'x',
    start: { year: 2026, month: 1 },
    months: 12,
    household: { adults: [{ age: 35, program: 'socialAssistance' }], children: [] },
    activity: hours.map((h) => (h > 0 ? { wage: { hoursPerWeek: h } } : {})),
    options: {
      allowanceTreatment: 'countedInFull',
      longTermRecipient: false,
      includeClaimBookletValue: false,
    },
  };
  return timeline(input, { explanations: false });
}

/** Chromium's default print margins: what a counsellor's « Imprimer » uses. */
const printMargins = { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' };

describe('counsellor’s meeting', () => {
  it('three scenarios; for the 20 h wage: first reduced cheque, assistance stops, claim booklet ends, as the library says', async () => {
    const page = await open();
    expect(await page.locator(m('[data-testid="scenario-row"]')).count()).toBe(3);
    const t = libraryTimeline(Array(12).fill(20));
    if (!t.ok) throw new Error();
    const mi = t.value.milestones;
    expect(mi.assistanceStops).not.toBeNull();
    expect(mi.claimBookletEnds).not.toBeNull();
    const text = norm(await page.locator(m('[data-testid="milestones"]')).textContent());
    expect(text).toContain(`L’aide s’arrête : ${monthName('fr', mi.assistanceStops!)}.`);
    // The row says it too, with the booklet, without opening the months.
    const selectedRow = page.locator(m('[data-testid="scenario-row"]')).filter({
      has: page.locator('button.show[aria-pressed="true"]'),
    });
    expect(
      norm(await selectedRow.locator('[data-testid="scenario-assistance"]').textContent()),
    ).toBe(
      `s’arrête en ${monthName('fr', mi.assistanceStops!)} ; carnet de réclamation jusqu’en ${monthName('fr', mi.claimBookletEnds!)}, si l’emploi est déclaré à temps`,
    );
    expect(text).toContain(`il se termine en ${monthName('fr', mi.claimBookletEnds!)}`);
    // The cheque stops at once at 20 h on aide sociale: no « first reduced cheque » to say.
    if (mi.firstReducedCheque)
      expect(text).toContain(`Premier chèque réduit : ${monthName('fr', mi.firstReducedCheque)}.`);
    else expect(text).not.toContain('Le chèque ne baisse pas.');
    // The months table shows the library's cheques, month by month.
    const cheques = await page
      .locator(m('[data-testid="months-table"] tbody tr:not(.events) td:nth-child(4)'))
      .allTextContents();
    expect(cheques.map(norm)).toEqual(
      t.value.months.map((x) =>
        x.benefit === null
          ? 'nouvelle demande'
          : `${Math.round(x.benefit).toLocaleString('fr-CA').replace(/\s/g, ' ')} $`,
      ),
    );
    await page.close();
  });

  it('each row says its twelve months’ total and its spring, without « Voir »', async () => {
    const page = await open();
    const selected = page.locator(m('[data-testid="scenario-row"]')).filter({
      has: page.locator('button.show[aria-pressed="true"]'),
    });
    const cell = norm(await selected.locator('[data-testid="scenario-year"]').textContent());
    const t = libraryTimeline(Array(12).fill(20));
    if (!t.ok) throw new Error();
    const r = simulate({
      period: { year: 2026, month: 1 },
      household: {
        adults: [
          { age: 35, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 20 } } },
        ],
      },
    });
    if (!r.ok) throw new Error();
    const whole = (n: number) => `${Math.round(n).toLocaleString('fr-CA').replace(/\s/g, ' ')} $`;
    expect(cell).toBe(
      `Sur les 12 mois : ${whole(t.value.total)} puis ${whole(r.value.moneyPerMonth.springAmount)} de plus au printemps`,
    );
    // The same total as the months' own line when the row is shown.
    expect(
      norm(
        await page
          .locator(m('.screen-only p'))
          .filter({ hasText: 'Total des 12 mois' })
          .textContent(),
      ),
    ).toContain(whole(t.value.total));
    expect(await page.locator(m('[data-testid="scenario-year"]')).count()).toBe(3);
    await page.close();
  });

  it('a relapse: March at 0 h changes April’s cheque as the library computes it', async () => {
    const page = await open();
    const march = page.locator(m('[aria-label="Heures par semaine en mars 2026"]'));
    await march.fill('0');
    await march.press('Enter');
    const t = libraryTimeline([20, 20, 0, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
    if (!t.ok) throw new Error();
    const april = t.value.months[3]!;
    const cell = page
      .locator(m('[data-testid="months-table"] tbody tr:not(.events)'))
      .nth(3)
      .locator('td')
      .nth(2);
    await expect
      .poll(async () => norm(await cell.textContent()))
      .toBe(
        april.benefit === null
          ? 'nouvelle demande'
          : `${Math.round(april.benefit).toLocaleString('fr-CA').replace(/\s/g, ' ')} $`,
      );
    // The relapse is kept in the link.
    await expect.poll(() => page.url()).toMatch(/rencontre=.*%22c%22%3A%7B%222%22%3A0%7D/);
    // And said in a sentence, the library's, against the plan (20 h every month).
    const plan = libraryTimeline(Array(12).fill(20));
    if (!plan.ok) throw new Error();
    const [change] = monthChanges(t.value, plan.value);
    expect(change!.difference).toBeLessThan(0);
    const said = page.locator(m('[data-testid="month-changes"] li'));
    await expect
      .poll(async () => norm(await said.first().textContent()))
      .toBe(norm(change!.sentence.fr));
    // Then what the change makes over the twelve months, the library's sentence too.
    expect(norm(await said.last().textContent())).toContain(
      norm(changesOverWindow(t.value, plan.value)!.sentence.fr),
    );
    expect(norm(change!.sentence.fr)).toMatch(
      /^En mars 2026, 0 h par semaine au lieu de 20 h : [\d ]+ \$ de moins que prévu ce mois-là/,
    );
    await page.close();
  });

  it('an allowance nobody knows to be recognized shows both outcomes, as the participant’s page does', async () => {
    const page = await open();
    const rows = page.locator(m('[data-testid="scenario-row"]'));
    // The money a month, without the twelve months' line under it.
    const allowance = rows.nth(2).locator('[data-testid="scenario-money"] > :not(.year)');
    expect(norm((await allowance.allTextContents()).join(' '))).toMatch(
      /^\d[\d ]* \$ à \d[\d ]* \$ de \+?\u2060?\d+ \$ à \+\u2060?\d+ \$ par rapport à sans activité, selon la réponse du ministère$/,
    );
    // A nil gain is « 0 $ », not the jargon « ±0 $ ».
    expect(norm((await allowance.allTextContents()).join(' '))).not.toContain('±');
    // The handout says the same range, not « pas plus d'argent ».
    const handout = norm(await page.locator(m('.handout')).textContent());
    expect(handout).toMatch(
      /payées en allocation(?: \([\d,]+ \$ l’heure\))? : de \d+ \$ à \d+ \$ de plus par mois, selon la réponse du ministère/,
    );
    // A wage row turned into an allowance starts at « Je ne sais pas », never at « Non ».
    await rows.nth(0).locator('select').first().selectOption('allowance');
    const recognition = rows.nth(0).locator('select[aria-label^="Reconnue par le ministère"]');
    expect(await recognition.inputValue()).toBe('unknown');
    expect(
      norm(
        (
          await rows
            .nth(0)
            .locator('[data-testid="scenario-money"] > :not(.year)')
            .allTextContents()
        ).join(' '),
      ),
    ).toMatch(/selon la réponse du ministère$/);
    await page.close();
  });

  it('the handout says why some months are higher, and why a month says « à redemander »', async () => {
    const page = await open();
    const note = page.locator(m('[data-testid="handout-months-note"]'));
    // Short on paper: credits every three months, the tax return in April.
    expect(norm(await note.textContent())).toContain(
      'tous les trois mois, et la déclaration de revenus en avril',
    );
    expect(norm(await note.textContent())).not.toContain('refaire une demande');
    // The chosen scenario (the 20 h wage) at 35 h leaves assistance in February, the booklet kept
    // to July. 0 h in March: March's cheque comes back by the simplified application (RAPF
    // s. 169), said once in the changed month's sentence (the library's).
    const hours = page.locator(m('[data-testid="scenario-row"]')).nth(1).locator('input').first();
    await hours.fill('35');
    await hours.press('Enter');
    const monthBox = (name: string) =>
      page.locator(m(`[aria-label="Heures par semaine en ${name} 2026"]`));
    await monthBox('mars').fill('0');
    await monthBox('mars').press('Enter');
    const plan = libraryTimeline(Array(12).fill(35));
    const relapse = libraryTimeline([35, 35, 0, ...Array(9).fill(35)]);
    if (!plan.ok || !relapse.ok) throw new Error();
    const [march] = monthChanges(relapse.value, plan.value);
    expect(march!.simplifiedReturn?.period).toEqual({ year: 2026, month: 3 });
    const changes = page.locator(m('[data-testid="handout-month-changes"]'));
    await expect
      .poll(async () => norm(await changes.textContent()))
      .toContain(norm(march!.sentence.fr));
    expect(norm(march!.sentence.fr)).toContain('(demande simplifiée, formulaire 3004)');
    expect(
      norm((await page.locator(m('.handout-months')).allTextContents()).join(' ')),
    ).not.toContain('à redemander');
    // 0 h in September instead, after the booklet and the month after it: October's cheque
    // takes a new application, which the handout says in words.
    await monthBox('mars').fill('35');
    await monthBox('mars').press('Enter');
    await monthBox('septembre').fill('0');
    await monthBox('septembre').press('Enter');
    await expect
      .poll(async () =>
        norm((await page.locator(m('.handout-months')).allTextContents()).join(' ')),
      )
      .toContain('à redemander');
    expect(norm(await changes.textContent())).toContain(
      'En octobre 2026, un chèque d’aide demanderait une nouvelle demande : il n’est pas compté ici.',
    );
    expect(norm(await note.textContent())).not.toContain('refaire une demande');
    await page.close();
  });

  it('the months chart says what its colours mean, and not by colour alone', async () => {
    const page = await open();
    const legend = norm(await page.locator(m('.months-chart .legend')).textContent());
    expect(legend).toContain('Mois avec un chèque d’aide');
    expect(legend).toContain('Mois sans chèque d’aide (contour pointillé)');
    // The 20 h wage leaves aide sociale in February: the months without a cheque are outlined.
    const dashes = await page
      .locator(m('.months-chart rect.bar.off'))
      .evaluateAll((bars) => bars.map((b) => getComputedStyle(b).strokeDasharray));
    expect(dashes.length).toBeGreaterThan(0);
    for (const d of dashes) expect(d).not.toBe('none');
    await page.close();
  });

  for (const lang of ['fr', 'en'] as const)
    it(`1280 px, ${lang}: the scenarios table fits its frame, every button in view`, async () => {
      const data = {
        s: { y: '2026', m: '12', p: 'socialSolidarity' },
        l: lang,
        sc: [
          { k: 'w', h: 25, r: null, at: 'countedInFull', d: 0 },
          { k: 'a', h: 10, r: 3, at: 'unknown', d: 0 },
          { k: 'w', h: 10, r: null, at: 'countedInFull', d: 0 },
        ],
      };
      const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`, {
        width: 1280,
        height: 800,
      });
      const fits = await page
        .locator(m('.comparison .table-wrap'))
        .evaluate((w) => w.scrollWidth <= w.clientWidth);
      expect(fits).toBe(true);
      // « Dupliquer » was cut at the right edge (1 204 px of table in 1 152).
      const wrap = (await page.locator(m('.comparison .table-wrap')).boundingBox())!;
      for (const b of await page.locator(m('.actions-cell button')).all()) {
        const box = (await b.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(wrap.x + wrap.width + 0.5);
      }
      await page.close();
    });

  it('adds, duplicates and removes scenarios, and focus stays on the page', async () => {
    const page = await open();
    await page.locator(m('#add-scenario')).click();
    expect(await page.locator(m('[data-testid="scenario-row"]')).count()).toBe(4);
    await page.locator(m('.actions-cell button')).filter({ hasText: 'Dupliquer' }).first().click();
    expect(await page.locator(m('[data-testid="scenario-row"]')).count()).toBe(5);
    await page.locator(m('.actions-cell button')).filter({ hasText: 'Retirer' }).first().click();
    expect(await page.locator(m('[data-testid="scenario-row"]')).count()).toBe(4);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('passerelle-meeting')!.shadowRoot!.activeElement?.id,
        ),
      )
      .toBe('add-scenario');
    await page.close();
  });

  it('« Retirer » can be undone: the scenario comes back in its place, with its month changes', async () => {
    const page = await open();
    const rows = page.locator(m('[data-testid="scenario-row"]'));
    const names = async () => rows.locator('th').allInnerTexts();
    // A relapse in March on the chosen scenario: a month change that « Retirer » takes away too.
    const chosen = page.locator(m('tr.selected th'));
    const chosenName = norm(await chosen.textContent());
    const march = page.locator(m('[aria-label="Heures par semaine en mars 2026"]'));
    await march.fill('0');
    await march.press('Enter');
    const milestones = norm(await page.locator(m('[data-testid="milestones"]')).textContent());
    const before = await names();
    await page
      .locator(m('tr.selected .actions-cell button'))
      .filter({ hasText: 'Retirer' })
      .click();
    expect(await rows.count()).toBe(before.length - 1);
    const message = page.locator(m('[data-testid="removed-message"]'));
    expect(norm(await message.textContent())).toBe(
      `« ${chosenName} » retiré, avec ses changements de mois. Annuler`,
    );
    await page.locator(m('#undo-remove')).click();
    expect(await names()).toEqual(before);
    expect(norm(await page.locator(m('tr.selected th')).textContent())).toBe(chosenName);
    expect(norm(await page.locator(m('[data-testid="milestones"]')).textContent())).toBe(
      milestones,
    );
    expect(norm(await message.textContent())).toBe('');
    await page.close();
  });

  it('an invalid hours value is marked in its box, and the month keeps its last valid figures', async () => {
    const page = await open();
    const box = page.locator(m('[aria-label="Heures par semaine en mars 2026"]'));
    await box.fill('99');
    await box.press('Enter');
    await expect.poll(() => box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.inputValue()).toBe('99');
    expect(norm(await page.locator(m('[role="alert"]')).first().textContent())).toContain(
      'de 0 à 40',
    );
    await page.close();
  });

  it('reopens from the link with the same scenarios, months and language', async () => {
    const page = await open();
    await page.locator(m('#add-scenario')).click();
    await page.locator(m('button.lang')).click();
    await expect.poll(() => page.url()).toMatch(/%22l%22%3A%22en%22/);
    const url = new URL(page.url());
    const milestones = norm(await page.locator(m('[data-testid="milestones"]')).textContent());
    const second = await open(url.hash);
    expect(await second.locator(m('[data-testid="scenario-row"]')).count()).toBe(4);
    expect(norm(await second.locator(m('[data-testid="milestones"]')).textContent())).toBe(
      milestones,
    );
    expect(norm(await second.locator(m('h2')).first().textContent())).toBe(
      'Meeting: compare scenarios, month by month',
    );
    await page.close();
    await second.close();
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const hours of [10, 25]) {
      it(`prints a one-page handout, ${lang}, chosen scenario at ${hours} h, three scenarios`, async () => {
        // At 25 h the months toward the revenu de base are given: their line must fit too.
        const data = {
          s: { y: '2026', m: '1', p: 'socialSolidarity', ...(hours === 25 ? { sm: '40' } : {}) },
          sc: [
            { k: 'w', h: 10, r: null, at: 'countedInFull', d: 0, c: {} },
            { k: 'w', h: hours, r: null, at: 'countedInFull', d: 0, c: {} },
            { k: 'a', h: 10, r: 3, at: 'unknown', d: 0, c: {} },
          ],
          sel: 1,
          l: lang,
        };
        const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
        await page.emulateMedia({ media: 'print' });
        const handout = page.locator(m('.handout'));
        expect(await handout.isVisible()).toBe(true);
        expect(await page.locator(m('.comparison')).isVisible()).toBe(false);
        const text = norm(await handout.textContent());
        // « Ce que je fais cette semaine »: the job declared by a date, before any question.
        expect(text).toContain(
          lang === 'fr' ? 'Ce que je fais cette semaine' : 'What I do this week',
        );
        expect(
          norm(await page.locator(m('[data-testid="handout-actions"]')).textContent()),
        ).toMatch(
          lang === 'fr'
            ? /^Au plus tard le \d+ \S+ \d{4}, déclarez votre emploi au ministère/
            : /^By \S+ \d+, \d{4}, declare your job to the ministry/,
        );
        expect(text).toContain(
          lang === 'fr' ? 'Questions pour mon agente ou agent' : 'Questions for my agent',
        );
        expect(text).toContain(
          lang === 'fr'
            ? 'Médicaments, soins dentaires et de la vue'
            : 'Drugs, dental and eye care',
        );
        // The QR code on the page reopens this meeting: decoded from what is drawn, it is the link.
        const scanned = await qrText(page);
        expect(scanned).toMatch(/\/counsellor\.html#rencontre=/);
        const reopened = await demo.browser.newPage();
        await reopened.goto(scanned!);
        await reopened.emulateMedia({ media: 'print' });
        expect(norm(await reopened.locator(m('.handout')).textContent())).toBe(text);
        await reopened.close();
        if (hours === 25) {
          expect(text).toMatch(lang === 'fr' ? /L’aide s’arrête : / : /Assistance stops: /);
          // Leaving for work in January 2026 after 40 months: the booklet's months count on.
          expect(
            norm(await page.locator(m('[data-testid="handout-basic-income-count"]')).textContent()),
          ).toBe(
            lang === 'fr'
              ? 'Revenu de base : 40 des 66 mois comptés, le 66e en février 2028 (les mois avec le carnet comptent aussi).'
              : 'Basic income: 40 of 66 months counted, the 66th in February 2028 (months with the booklet count too).',
          );
        } else
          expect(await page.locator(m('[data-testid="handout-basic-income-count"]')).count()).toBe(
            0,
          );
        // Each scenario says its labelled average, its twelve months and its spring; the chosen
        // one's twelve months are the total under its months, and the months add up to it.
        const scenarios = await page
          .locator(m('[data-testid="handout-scenarios"] li'))
          .allTextContents();
        expect(scenarios).toHaveLength(3);
        for (const line of scenarios)
          expect(norm(line)).toMatch(
            lang === 'fr'
              ? /Argent par mois : .+ en moyenne\. Sur les 12 mois : [\d  ]+ \$, (puis|rien)/
              : /Money per month: .+ on average\. Over the 12 months: \$[\d,]+, (then|nothing)/,
          );
        const total = norm(await page.locator(m('[data-testid="handout-total"]')).textContent());
        const amount = (s: string) => Number(s.replace(/^.*:/, '').replace(/[^\d]/g, ''));
        const monthCells = await page
          .locator(m('.handout-months tbody tr:last-child td'))
          .allTextContents();
        expect(monthCells).toHaveLength(12);
        const sum = monthCells.reduce((a, x) => a + amount(norm(x)), 0);
        // Each month rounded to the dollar: the sum is within 6 $ of the total.
        expect(Math.abs(sum - amount(total))).toBeLessThanOrEqual(6);
        expect(norm(scenarios[1]!)).toContain(total.replace(/^.*: /, ''));
        // With a browser's usual print margins (0,4 in), as a counsellor prints it.
        const pdf = await page.pdf({
          format: 'Letter',
          printBackground: true,
          margin: printMargins,
        });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        expect(pages).toBe(1);
        await page.close();
      });
    }
  }

  it('the person’s goal opens the handout, never enters the link, and the page stays one', async () => {
    const data = {
      s: { y: '2026', m: '1', p: 'socialSolidarity', sm: '40' },
      sc: [
        { k: 'w', h: 10, r: null, at: 'countedInFull', d: 0, c: {} },
        { k: 'w', h: 25, r: null, at: 'countedInFull', d: 0, c: { 3: 0 } },
        { k: 'a', h: 10, r: 3, at: 'unknown', d: 0, c: {} },
      ],
      sel: 1,
    };
    const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
    // The longest goal the box takes (120 characters): the page must still be one.
    const goal =
      'Reprendre un travail de commis à temps partiel sans perdre mes médicaments, et voir si je peux tenir 25 heures en 2026 !';
    expect(goal.length).toBe(120);
    const box = page.getByLabel('Objectif de la personne, en une phrase (facultatif)');
    await box.fill(`${goal} et plus`);
    // The box keeps 120 characters.
    expect(await box.inputValue()).toBe(goal);
    // Visible, labelled, and said where it goes.
    expect(await box.isVisible()).toBe(true);
    expect(norm(await page.locator(m('#goal-help')).textContent())).toContain(
      'le lien et le code QR ne le contiennent pas',
    );
    await page.waitForTimeout(300);
    expect(decodeURIComponent(page.url())).not.toContain('commis');
    await page.emulateMedia({ media: 'print' });
    expect(norm(await page.locator(m('[data-testid="handout-goal"]')).textContent())).toBe(
      `Mon objectif : ${goal}`,
    );
    // It comes first, right under the title, with the date.
    expect(
      await page
        .locator(m('.handout'))
        .evaluate((h) => h.children[1]?.querySelector('[data-testid="handout-goal"]') !== null),
    ).toBe(true);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true, margin: printMargins });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    // The QR code reopens the scenarios, not the person's words.
    const scanned = await qrText(page);
    expect(decodeURIComponent(scanned!)).not.toContain('commis');
    await page.close();
  });

  it('« Facile à lire » past the exit point: the headline in short sentences on screen and paper', async () => {
    const data = {
      s: { y: '2026', m: '6', p: 'socialSolidarity' },
      sc: [{ k: 'w', h: 23, r: null, at: 'countedInFull', d: 0 }],
      rl: 's',
    };
    const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
    const r = simulate({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 35, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 23 } } },
        ],
      },
    });
    if (!r.ok) throw new Error('library');
    const { headline, simpleHeadline } = r.value.moneyPerMonth;
    expect(simpleHeadline.fr).not.toBe(headline.fr);
    await page.emulateMedia({ media: 'print' });
    const handout = norm(await page.locator(m('.handout')).textContent());
    expect(handout).toContain(norm(simpleHeadline.fr));
    expect(handout).not.toContain(norm(headline.fr));
    await page.close();
  });

  it('the twelve months’ total holds April’s tax return: said « dont … », never added again', async () => {
    // Solidarité sociale, a 25 h wage from June 2026: the window (June 2026 to May 2027) holds
    // April 2027's return for 2026. The handout said « 27 279 $, puis 4 611 $ de plus au
    // printemps » with April's money already in the 27 279 $ (independent review).
    const data = {
      s: { y: '2026', m: '6', p: 'socialSolidarity' },
      sc: [{ k: 'w', h: 25, r: null, at: 'countedInFull', d: 0 }],
    };
    const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
    const april = timeline({
      label: '1',
      start: { year: 2026, month: 6 },
      months: 12,
      household: { adults: [{ age: 35, program: 'socialSolidarity' }], children: [] },
      activity: Array.from({ length: 12 }, () => ({ wage: { hoursPerWeek: 25 } })),
      after: { wage: { hoursPerWeek: 25 } },
      options: { allowanceTreatment: 'countedInFull' },
    });
    if (!april.ok) throw new Error('library');
    const settled = april.value.months.reduce((s, m) => s + m.springSettlement, 0);
    expect(settled).toBeGreaterThan(1000);
    const whole = new Intl.NumberFormat('fr-CA', {
      style: 'currency',
      currency: 'CAD',
      maximumFractionDigits: 0,
    });
    await page.emulateMedia({ media: 'print' });
    const line = norm(
      await page.locator(m('[data-testid="handout-scenarios"] li')).first().textContent(),
    );
    expect(line).toContain(`Sur les 12 mois : ${norm(whole.format(april.value.total))}`);
    expect(line).toContain(
      `dont ${norm(whole.format(settled))} reçus en avril avec la déclaration de revenus`,
    );
    expect(line).not.toContain('de plus au printemps');
    await page.close();
  });

  it('a bad value in the link is said in the link’s language, the setting named in words', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const data = {
        s: { y: '2026', m: '1', p: 'socialAssistance', lp: 'abc' },
        sc: [{ k: 'w', h: 99, r: null, at: 'unknown', d: 0 }],
        rl: 'x',
        l: lang,
      };
      const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
      const problems = page.locator(m('.attribute-problems'));
      await expect
        .poll(async () => norm(await problems.textContent()))
        .toContain(
          lang === 'fr' ? '« Chez un parent » = « abc »' : '“Living with a parent” = “abc”',
        );
      const said = norm(await problems.textContent());
      // The meeting's own keys in words too (« sc.0.h », « rl » before).
      expect(said).toContain(lang === 'fr' ? '« Scénario 1 : heures »' : '“Scenario 1: hours”');
      expect(said).toContain(lang === 'fr' ? '« Facile à lire » = « x »' : '“Easy to read” = “x”');
      expect(said).not.toMatch(/\blp\b|sc\.0|\brl\b/);
      // On a phone the pasted scenario (JSON, no space) wraps inside the list, not past its edge.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await problems.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await page.close();
    }
  });

  it('if the person falls sick after working: the safety section says the library’s EI sickness sentence', async () => {
    const data = {
      s: { y: '2026', m: '1', p: 'socialAssistance' },
      sc: [{ k: 'w', h: 20, r: null, at: 'countedInFull', d: 0, c: {} }],
    };
    const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
    const said = simulate({
      period: { year: 2026, month: 1 },
      household: {
        adults: [
          { age: 35, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 20 } } },
        ],
      },
    });
    if (!said.ok) throw new Error('library');
    const sentence = said.value.sicknessCover!.sentence.fr;
    // January 2026: 20 h × 16,10 $ × 55 % = 177,10 $ a week, after 30 weeks of work.
    expect(norm(sentence)).toContain('après 30 semaines de travail à 20 h par semaine');
    expect(norm(sentence)).toContain('environ 177 $ par semaine');
    await expect
      .poll(async () =>
        norm(await page.locator(m('[data-testid="meeting-sickness"]')).textContent()),
      )
      .toBe(norm(sentence));
    await page.close();
  });

  it('living with a parent on aide sociale: said on screen and in the handout, in the library’s words, one page', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const data = { s: { y: '2026', m: '1', p: 'socialAssistance', lp: '1' }, l: lang };
      const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
      const said = simulate({
        period: { year: 2026, month: 1 },
        household: { adults: [{ age: 35, program: 'socialAssistance' }] },
        options: { livesWithParent: true },
      });
      if (!said.ok) throw new Error('library');
      const message = said.value.notices.find((n) => n.code === 'livingWithParent')!.message[lang];
      expect(
        norm(await page.locator(m('[data-testid="meeting-household-warning"]')).textContent()),
      ).toBe(norm(`${lang === 'fr' ? 'Attention :' : 'Watch out:'} ${message}`));
      await page.emulateMedia({ media: 'print' });
      expect(norm(await page.locator(m('.handout')).textContent())).toContain(norm(message));
      const pdf = await page.pdf({ format: 'Letter', printBackground: true, margin: printMargins });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, lang).toBe(1);
      await page.close();
    }
  });

  it('« Facile à lire »: the same handout in plain words, fr and en, one page at 11 pt, easier to read', async () => {
    const scores: Record<string, number> = {};
    for (const lang of ['fr', 'en'] as const) {
      const data = {
        s: { y: '2026', m: '1', p: 'socialAssistance' },
        sc: [
          { k: 'w', h: 20, r: null, at: 'countedInFull', d: 0, c: { 2: 0 } },
          { k: 'w', h: 25, r: null, at: 'countedInFull', d: 0, c: {} },
          { k: 'a', h: 10, r: 3, at: 'unknown', d: 0, c: {} },
        ],
        sel: 0,
        l: lang,
      };
      const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator(m('.handout'));
      const standard = norm(await handout.textContent());
      const cells = () => page.locator(m('.handout-months td')).allTextContents();
      const standardCells = await cells();
      await page.emulateMedia({ media: 'screen' });
      const toggle = page.locator(m('#reading-level'));
      expect(norm(await toggle.textContent())).toBe(
        lang === 'fr' ? 'Facile à lire' : 'Easy to read',
      );
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      // The focus stays on the button pressed, and the link keeps the reading level.
      expect(await toggle.evaluate((el) => el.matches(':focus'))).toBe(true);
      await expect.poll(() => page.url()).toMatch(/%22rl%22%3A%22s%22/);
      await page.emulateMedia({ media: 'print' });
      await expect
        .poll(async () => norm(await handout.textContent()))
        .toContain(lang === 'fr' ? 'Mon argent si je travaille' : 'My money if I work');
      const plain = norm(await handout.textContent());
      // The headlines in plain words (the library's `simpleHeadline`: short sentences past the
      // exit point); the standard handout had the long one.
      const at25 = simulate({
        period: { year: 2026, month: 1 },
        household: {
          adults: [
            { age: 35, program: 'socialAssistance', activity: { wage: { hoursPerWeek: 25 } } },
          ],
        },
      });
      if (!at25.ok) throw new Error('library');
      expect(plain).toContain(norm(at25.value.moneyPerMonth.simpleHeadline[lang]));
      expect(standard).toContain(norm(at25.value.moneyPerMonth.headline[lang]));
      // The library's plain sentences: the first steps and the March relapse.
      const steps = firstSteps({
        start: { year: 2026, month: 1 },
        activity: 'wage',
        program: 'lastResort',
        leavesAssistance: false,
        recognitionUnknown: false,
        longTermRecipient: false,
      });
      expect(
        norm(await page.locator(m('[data-testid="handout-actions"] li')).first().textContent()),
      ).toBe(norm(steps.actions[0]!.simple[lang]));
      const t = libraryTimeline([20, 20, 0, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
      const plan = libraryTimeline(Array(12).fill(20));
      if (!t.ok || !plan.ok) throw new Error();
      expect(plain).toContain(norm(monthChanges(t.value, plan.value)[0]!.simpleSentence[lang]));
      // The figures are the same: the twelve months' total and each month.
      expect(norm(await page.locator(m('[data-testid="handout-total"]')).textContent())).toMatch(
        lang === 'fr' ? /^Total des 12 mois : [\d ]+ \$$/ : /^Total of the 12 months: \$[\d,]+$/,
      );
      expect(await cells()).toEqual(standardCells);
      const score = (text: string) => (lang === 'fr' ? kandelMoles(text) : flesch(text)).score;
      scores[`${lang}-standard`] = score(standard);
      scores[`${lang}-simple`] = score(plain);
      // Every text at 11 pt or more, on one Letter page.
      const sizes = await handout.evaluate((root) =>
        [...root.querySelectorAll('p, li, th, td, h2, h3')]
          .filter((el) => (el.textContent ?? '').trim() !== '')
          .map((el) => parseFloat(getComputedStyle(el).fontSize)),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14.6);
      const pdf = await page.pdf({ format: 'Letter', printBackground: true, margin: printMargins });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      await page.close();
    }
    console.log('meeting handout readability', scores);
    expect(scores['fr-simple']! - scores['fr-standard']!).toBeGreaterThanOrEqual(5);
    expect(scores['en-simple']! - scores['en-standard']!).toBeGreaterThanOrEqual(5);
  });

  it('six scenarios for a couple with two children and a relapse: a table of the six, text at 11 pt, one page, one sentence per recognition answer', async () => {
    const sc = (k: string, h: number, c = {}) => ({
      k,
      h,
      r: k === 'a' ? 3 : null,
      at: 'unknown',
      d: 0,
      c,
    });
    const data = {
      s: {
        y: '2026',
        m: '1',
        p: 'socialSolidarity',
        h: 'couple',
        sp: 'socialSolidarity',
        c: '2',
        ca: '3.9',
      },
      sc: [sc('w', 10), sc('w', 20), sc('w', 35, { 2: 0 }), sc('a', 10), sc('a', 20), sc('a', 5)],
      sel: 2,
    };
    const page = await open(`#rencontre=${encodeURIComponent(JSON.stringify(data))}`);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator(m('.handout'));
    const text = norm(await handout.textContent());
    expect(text.match(/pas encore reconnue ni refusée par le ministère/g)).toHaveLength(1);
    expect(text).toContain(
      'Allocation 10 h, Allocation 20 h, Allocation 5 h : allocation pas encore reconnue',
    );
    // Every text of the handout at 11 pt or more (14,67 px): read alone at home, on paper.
    const sizes = await handout.evaluate((root) =>
      [...root.querySelectorAll('p, li, th, td, h2, h3')]
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14.6);
    // Six scenarios as sentences do not fit a page at 11 pt: their figures are a table.
    expect(await page.locator(m('table[data-testid="handout-scenarios"] tbody tr')).count()).toBe(
      6,
    );
    const pdf = await page.pdf({ format: 'Letter', printBackground: true, margin: printMargins });
    mkdirSync(new URL('../../../bench/out/', import.meta.url), { recursive: true });
    writeFileSync(new URL('../../../bench/out/meeting-six-scenarios.pdf', import.meta.url), pdf);
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(
      2,
    );
    await page.close();
  });

  it('has no serious or critical accessibility violation and makes no outside request', async () => {
    const page = await demo.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${demo.server.origin}/counsellor.html${january}`);
    await page.locator(m('[data-testid="milestones"]')).waitFor();
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(demo.server.origin))).toEqual([]);
    await page.close();
  });
});
