/**
 * One story on every surface: for Marc (solidarité sociale, June 2026, minimum wage) the point
 * where assistance stops is one number wherever a person reads it — the participant page's
 * callout, its « Voir le détail du calcul », the answer bar, the meeting's handout, the
 * comparison table and the myths sheet — and it is the library's `exit.hoursPerWeekAtExit`. The headline of the 25 h
 * wage is the same sentence on the participant page and in the meeting.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput } from '../../../packages/rules/dist/src/index.js';
import { useDemo, visibleText } from './harness.js';

const demo = useDemo();
const norm = visibleText;
const marc25: SimulationInput = {
  period: { year: 2026, month: 6 },
  household: {
    adults: [{ age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 25 } } }],
  },
};

/** Every « 22,6 h » said next to assistance stopping, in a text. */
function exitPoints(text: string): string[] {
  return [
    ...text.matchAll(/(\d+(?:,\d)?) h par semaine, (?:l’aide|votre chèque) s’arrête/g),
    ...text.matchAll(/s’arrête vers (\d+(?:,\d)?) h/g),
    ...text.matchAll(/(\d+(?:,\d)?) h par semaine à [\d,]+ \$ l’heure/g),
  ].map((m) => m[1]!);
}

describe('one exit point, one headline, on every surface', () => {
  it('the participant page, its details, the meeting’s handout and the table say the library’s number', async () => {
    const r = simulate(marc25);
    if (!r.ok) throw new Error(r.error.message.en);
    const exit = String(r.value.exit.hoursPerWeekAtExit).replace('.', ',');
    expect(exit).toBe('22,6');
    const said: Record<string, string[]> = {};

    const page = await demo.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${demo.server.origin}/index.html#passerelle=y%3D2026%26m%3D6%26wh%3D25`);
    await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    const headline = norm(
      await page.locator('passerelle-simulator [data-testid="headline-wage"]').textContent(),
    );
    said['callout'] = exitPoints(
      norm(await page.locator('passerelle-simulator [data-testid="callout-wage"]').textContent()),
    );
    await page.locator('passerelle-simulator').getByText('Voir le détail du calcul').last().click();
    await page.locator('passerelle-simulator .exit').last().waitFor();
    said['details'] = exitPoints(
      norm(await page.locator('passerelle-simulator .exit').last().textContent()),
    );
    await page.close();

    const meeting = await demo.browser.newPage();
    const data = {
      s: { y: '2026', m: '6', p: 'socialSolidarity' },
      sc: [{ k: 'w', h: 25, r: null, at: 'countedInFull', d: 0, c: {} }],
      sel: 0,
      l: 'fr',
    };
    await meeting.goto(
      `${demo.server.origin}/counsellor.html#rencontre=${encodeURIComponent(JSON.stringify(data))}`,
    );
    await meeting.emulateMedia({ media: 'print' });
    const handout = norm(await meeting.locator('passerelle-meeting .handout').textContent());
    said['handout'] = exitPoints(handout);
    await meeting.close();

    const table = await demo.browser.newPage();
    await table.goto(`${demo.server.origin}/tableau.html`);
    await table.locator('passerelle-comparison-table h2').waitFor();
    await table.locator('passerelle-comparison-table').evaluate((el) => {
      el.setAttribute('year', '2026');
      el.setAttribute('month', '6');
    });
    await table
      .locator('passerelle-comparison-table [data-testid="cliff-socialSolidarity"]')
      .waitFor();
    said['table'] = exitPoints(
      norm(
        await table
          .locator('passerelle-comparison-table [data-testid="cliff-socialSolidarity"]')
          .textContent(),
      ),
    );
    await table.close();

    // The myths sheet (participants' materials) says where Marc's assistance stops, from the library.
    const sheet = await demo.browser.newPage();
    await sheet.goto(`${demo.server.origin}/mythes.html`);
    await sheet.locator('passerelle-myths [data-testid="myth-more-hours"]').waitFor();
    said['myths'] = exitPoints(
      norm(await sheet.locator('passerelle-myths [data-testid="myth-more-hours"]').textContent()),
    );
    await sheet.close();

    for (const [surface, points] of Object.entries(said)) {
      expect(points.length, surface).toBeGreaterThan(0);
      for (const p of points) expect(p, surface).toBe(exit);
    }
    // The headline is the library's sentence, on the page and in the meeting's handout.
    expect(headline).toBe(norm(r.value.moneyPerMonth.headline.fr));
    expect(handout).toContain(norm(r.value.moneyPerMonth.headline.fr));
  });

  it('in June, the details add up to the card: the year, the credits paid in June, the spring', async () => {
    const june = simulate({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
    });
    if (!june.ok) throw new Error(june.error.message.en);
    const credits = june.value.moneyPerMonth.creditPeriod;
    expect(credits.startYear).toBe(2025);
    expect(credits.yearDifference).toBeLessThan(0);
    const page = await demo.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${demo.server.origin}/index.html#passerelle=y%3D2026%26m%3D6%26wh%3D10`);
    const card = page.locator('passerelle-simulator [data-kind="wage"]');
    await card.waitFor();
    await card.getByText('Voir le détail du calcul').first().click();
    const year = card.locator('dl.breakdown').nth(1);
    await year.locator('dt').last().waitFor();
    const rows = await year
      .locator('.row')
      .evaluateAll((els) =>
        els.map((el) => [
          el.querySelector('dt')!.textContent ?? '',
          el.querySelector('dd')!.textContent ?? '',
        ]),
      );
    const amount = (text: string) =>
      Number(
        norm(text)
          .replace(/[^\d,-]/g, '')
          .replace(',', '.'),
      );
    const find = (re: RegExp) => rows.find(([label]) => re.test(norm(label)));
    const total = amount(find(/^Total de l’année/)![1]);
    const creditRow = find(/^Écart des crédits aux montants/)!;
    // The library's row, with the library's words and figure.
    expect(norm(creditRow[0])).toBe(norm(credits.label.fr));
    expect(amount(creditRow[1])).toBe(credits.yearDifference);
    const spring = rows
      .filter(([label]) =>
        /^(Prime au travail|Supplément à la prime|Allocation canadienne pour les travailleurs|Prime d’assurance)/.test(
          norm(label),
        ),
      )
      .reduce((sum, [, v]) => sum + amount(v), 0);
    const perMonth = amount(find(/^Sans l’argent du printemps/)![1]);
    expect(perMonth).toBe(june.value.moneyPerMonth.amount);
    expect(Math.abs((total + credits.yearDifference - spring) / 12 - perMonth)).toBeLessThan(0.02);
    await page.close();
  });
});
