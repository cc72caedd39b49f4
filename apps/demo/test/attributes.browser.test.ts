/**
 * Attributes set and removed from a script, as a host page does: a removed attribute returns to
 * its default, changes made in the same update all apply, and a language the elements do not
 * speak falls back to the page's.
 */
import { describe, expect, it } from 'vitest';
import { useDemo, visibleText } from './harness.js';

const demo = useDemo();

describe('attributes set and removed by the host page', () => {
  for (const [path, tag] of [
    ['/index.html', 'passerelle-simulator'],
    ['/tableau.html', 'passerelle-comparison-table'],
    ['/mythes.html', 'passerelle-myths'],
  ] as const) {
    it(`${tag}: removing reading-level returns to standard words, with no error`, async () => {
      const page = await demo.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${demo.server.origin}${path}`);
      await page.locator(`${tag} h2`).waitFor();
      const words = async () =>
        visibleText(await page.locator(tag).evaluate((el) => el.shadowRoot!.textContent));
      const standard = await words();
      await page.locator(tag).evaluate((el) => el.setAttribute('reading-level', 'simple'));
      await expect.poll(words).not.toBe(standard);
      await page.locator(tag).evaluate((el) => el.removeAttribute('reading-level'));
      await expect.poll(words).toBe(standard);
      expect(
        await page
          .locator(tag)
          .evaluate((el) => (el as unknown as { readingLevel: string }).readingLevel),
      ).toBe('standard');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the simulator applies a program set in the same update as the removal', async () => {
    const page = await demo.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${demo.server.origin}/index.html`);
    await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    await page.locator('passerelle-simulator').evaluate((el) => {
      el.setAttribute('reading-level', 'simple');
    });
    await page.locator('passerelle-simulator').evaluate((el) => {
      el.removeAttribute('reading-level');
      el.setAttribute('program', 'socialAssistance');
    });
    await expect
      .poll(async () =>
        visibleText(await page.locator('passerelle-simulator #situation-line').textContent()),
      )
      .toContain('aide sociale');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a language the elements do not speak falls back to the page’s, and is said', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.origin}/tableau.html`);
    await page.locator('passerelle-comparison-table h2').waitFor();
    await page.evaluate(() => {
      document.documentElement.lang = 'en';
      document.querySelector('passerelle-comparison-table')!.setAttribute('lang', 'de');
    });
    await expect
      .poll(async () =>
        visibleText(await page.locator('passerelle-comparison-table .problems').textContent()),
      )
      .toContain('“lang”');
    const sim = await demo.browser.newPage();
    await sim.goto(`${demo.server.origin}/index.html`);
    await sim.locator('passerelle-simulator h2').waitFor();
    await sim.evaluate(() => {
      document.documentElement.lang = 'en';
      document.querySelector('passerelle-simulator')!.setAttribute('lang', 'de');
    });
    await expect
      .poll(async () => visibleText(await sim.locator('passerelle-simulator h2').textContent()))
      .toMatch(/^How much/);
    await page.close();
    await sim.close();
  });

  it('defaults set from a script after load apply; temporary constraints outside aide sociale are said', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.origin}/index.html`);
    await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    await page.locator('passerelle-simulator').evaluate((el) => {
      el.setAttribute('defaults', JSON.stringify({ household: 'couple', wageHours: 20 }));
    });
    await expect
      .poll(async () =>
        visibleText(await page.locator('passerelle-simulator #situation-line').textContent()),
      )
      .toContain('couple');
    await expect
      .poll(async () =>
        visibleText(
          await page.locator('passerelle-simulator [data-testid="headline-wage"]').textContent(),
        ),
      )
      .toContain('20 h');
    const link = await demo.browser.newPage();
    await link.goto(`${demo.server.origin}/index.html#passerelle=p%3DsocialSolidarity%26t%3D1`);
    await link.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    await expect
      .poll(async () =>
        visibleText(await link.locator('passerelle-simulator .attribute-problems').textContent()),
      )
      .toContain('« Contraintes temporaires à l’emploi » = « 1 »');
    await page.close();
    await link.close();
  });

  it('a slider speaks for its own card, and its value reads « 12 heures par semaine »', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.origin}/index.html#passerelle=y%3D2026%26m%3D6`);
    await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    await page.locator('passerelle-simulator #wage-hours-number').fill('12');
    await page.locator('passerelle-simulator #wage-hours-number').press('Enter');
    const live = page.locator('passerelle-simulator [aria-live]').first();
    await expect.poll(async () => visibleText(await live.textContent())).toContain('12 h');
    const said = visibleText(await live.textContent());
    expect(said).toMatch(
      /^Résultats mis à jour : Avec 12 h par semaine au salaire minimum : \d+ \$ de plus par mois$/,
    );
    expect(
      await page.locator('passerelle-simulator #wage-hours').getAttribute('aria-valuetext'),
    ).toBe('12 heures par semaine');
    await page.close();
  });

  it('English says « ; » without the French space', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.origin}/index.html#passerelle=l%3Den`);
    await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    // A change of situation announces every card (a slider, its own card only).
    await page.locator('passerelle-simulator .situation-summary button').first().click();
    await page.locator('passerelle-simulator #program').selectOption('socialAssistance');
    await expect
      .poll(async () =>
        visibleText(await page.locator('passerelle-simulator [aria-live]').first().textContent()),
      )
      .toMatch(/\S; /);
    expect(
      visibleText(await page.locator('passerelle-simulator [aria-live]').first().textContent()),
    ).not.toContain(' ;');
    await page.close();
  });
});

describe('a child whose age is not chosen', () => {
  it('no figure is shown until it is; the button goes to the question', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(
      `${demo.server.origin}/index.html#passerelle=y%3D2026%26m%3D6%26c%3D2%26ca%3D4`,
    );
    const needed = page.locator('passerelle-simulator [data-testid="child-age-needed"]');
    await needed.waitFor();
    expect(visibleText(await needed.textContent())).toContain(
      'Choisissez l’âge de votre enfant : les prestations pour enfants en dépendent.',
    );
    expect(await page.locator('passerelle-simulator [data-testid="headline-wage"]').count()).toBe(
      0,
    );
    expect(await page.locator('passerelle-simulator figure.chart').count()).toBe(0);
    await needed.getByRole('button').click();
    const age = page.locator('passerelle-simulator #child-age-2');
    await expect
      .poll(() =>
        age.evaluate(
          (el) =>
            el.getRootNode() instanceof ShadowRoot &&
            (el.getRootNode() as ShadowRoot).activeElement === el,
        ),
      )
      .toBe(true);
    await age.selectOption({ index: 3 });
    await page.locator('passerelle-simulator [data-testid="headline-wage"]').waitFor();
    expect(await needed.count()).toBe(0);
    await page.close();
  });
});
