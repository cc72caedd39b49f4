/**
 * The participant materials as an association uses them: the comparison table and the « Mythes et
 * réalités » sheet, each one tag on its page; figures equal to the library's; one Letter page when
 * printed, in French and English and in plain language; axe; no outside request.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  comparisonColumns,
  comparisonTable,
  simulate,
} from '../../../packages/rules/dist/src/index.js';
import { axeViolations, useDemo, visibleText } from './harness.js';

const demo = useDemo();

const norm = visibleText;
const dollars = (n: number, locale = 'fr-CA') =>
  norm(
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CAD',
      maximumFractionDigits: 0,
    }).format(Math.round(n)),
  );

/** A page with one material element set to June 2026 (the figures then do not depend on today). */
async function open(path: string, tag: string, attrs: Record<string, string> = {}): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${demo.server.origin}${path}`);
  await page.evaluate(
    ([t, a]) => {
      const el = document.querySelector(t as string)!;
      for (const [k, v] of Object.entries({ year: '2026', month: '6', ...(a as object) }))
        el.setAttribute(k, v as string);
    },
    [tag, attrs] as const,
  );
  await page.locator(`${tag} h2`).waitFor();
  return page;
}

describe('comparison table', () => {
  it('every cell is the library’s money per month', async () => {
    const page = await open('/tableau.html', 'passerelle-comparison-table');
    const t = comparisonTable({ period: { year: 2026, month: 6 } });
    for (const p of t.programs) {
      const cells = await page
        .locator(`passerelle-comparison-table [data-testid="table-${p.program}"] tbody td`)
        .allTextContents();
      const expected = p.rows.flatMap((r) =>
        comparisonColumns.map((c) => {
          const cell = r.cells[c];
          return dollars(cell.moneyPerMonth);
        }),
      );
      expect(cells.map((c) => norm(c).replace(/^★ /, '').split(' $')[0] + ' $')).toEqual(expected);
    }
    expect(
      norm(
        await page.locator('passerelle-comparison-table').locator('.small').first().textContent(),
      ),
    ).toContain('Règles de juin 2026.');
    // Between the rows: where assistance stops is said under the table, with the library's own
    // exit point (aide sociale: 16,3 h since the single-person adjustment; one number everywhere).
    const aide = t.programs.find((p) => p.program === 'socialAssistance')!.cliffs[0]!;
    expect(aide.exitHours).toBe(16.3);
    expect(
      norm(
        await page
          .locator('passerelle-comparison-table [data-testid="cliff-socialAssistance"]')
          .textContent(),
      ),
    ).toContain(norm(aide.explanation.fr).split('.')[0]!);
    await page.close();
  });

  for (const [lang, level] of [
    ['fr', 'standard'],
    ['en', 'standard'],
    ['fr', 'simple'],
  ] as const) {
    it(`prints on one Letter page (${lang}, ${level})`, async () => {
      const page = await open('/tableau.html', 'passerelle-comparison-table', {
        lang,
        'reading-level': level,
      });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'Letter', printBackground: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      await page.close();
    });
  }
});

describe('« Mythes et réalités »', () => {
  it('five myths, each stating the library’s live figure, with a source', async () => {
    const page = await open('/mythes.html', 'passerelle-myths');
    expect(await page.locator('passerelle-myths .myth').count()).toBe(5);
    const r = simulate({
      period: { year: 2026, month: 6 },
      household: {
        adults: [
          { age: 34, program: 'socialSolidarity', activity: { wage: { hoursPerWeek: 10 } } },
        ],
      },
    });
    if (!r.ok) throw new Error();
    const first = norm(
      await page.locator('passerelle-myths [data-testid="myth-lose-everything"]').textContent(),
    );
    expect(first).toContain(
      `il a ${dollars(r.value.moneyPerMonth.wholeDifference)} de plus par mois`,
    );
    expect(
      await page.locator('passerelle-myths .myth a[href^="https://"]').count(),
    ).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  for (const [lang, level] of [
    ['fr', 'standard'],
    ['en', 'standard'],
    ['en', 'simple'],
  ] as const) {
    it(`prints on one Letter page (${lang}, ${level})`, async () => {
      const page = await open('/mythes.html', 'passerelle-myths', { lang, 'reading-level': level });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'Letter', printBackground: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      await page.close();
    });
  }
});

describe('both', () => {
  it('no serious or critical accessibility violation, no outside request, one script tag each', async () => {
    for (const [path, tag] of [
      ['/tableau.html', 'passerelle-comparison-table'],
      ['/mythes.html', 'passerelle-myths'],
    ] as const) {
      const page = await demo.browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${demo.server.origin}${path}`);
      await page.locator(`${tag} h2`).waitFor();
      const violations = await axeViolations(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      );
      expect(requests.filter((u) => !u.startsWith(demo.server.origin))).toEqual([]);
      // One entry; the chunks it imports come from beside it. (The host page's own script, which
      // lets its text follow the element's language, is the host's, not the embed's.)
      const scripts = requests
        .filter((u) => u.endsWith('.js'))
        .map((u) => new URL(u).pathname)
        .filter((p) => p !== '/host-language.js');
      expect(scripts[0]).toBe('/passerelle-materials.js');
      for (const s of scripts.slice(1)) expect(s).toMatch(/^\/chunks\/[\w.-]+\.js$/);
      expect(await page.locator('script[src*="passerelle-"]').count()).toBe(1);
      await page.close();
    }
  });

  it('at 360 px each table scrolls in its frame, and a keyboard reaches and scrolls it (axe clean)', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${demo.server.origin}/tableau.html`);
    const frames = page.locator('passerelle-comparison-table .table-wrap');
    await frames.first().waitFor();
    const scrollable = await frames.evaluateAll((els) =>
      els.map((el) => el.scrollWidth > el.clientWidth),
    );
    expect(scrollable.some(Boolean)).toBe(true);
    // What is cut off is shown: a shadow on the side with more to see, and none once there. The
    // frame's right edge is darker than its left at the start, the other way round at the end.
    const edges = async () => {
      const shot = await frames.first().screenshot();
      return page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        // The mean brightness of a column of pixels just inside each side, over the frame's
        // height (a shadow darkens all of it; a letter, a few pixels).
        const mean = (x: number) => {
          const d = g.getImageData(x, 0, 1, img.height).data;
          let sum = 0;
          for (let i = 0; i < d.length; i += 4) sum += d[i]! + d[i + 1]! + d[i + 2]!;
          return sum / img.height;
        };
        return { left: mean(4), right: mean(img.width - 5) };
      }, shot.toString('base64'));
    };
    const start = await edges();
    expect(start.right).toBeLessThan(start.left - 30);
    await frames.first().evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const end = await edges();
    expect(end.left).toBeLessThan(end.right - 30);
    await frames.first().evaluate((el) => {
      el.scrollLeft = 0;
    });
    // Tab reaches the first frame; it is named by its program; the arrow keys scroll it.
    const first = frames.first();
    expect(await first.getAttribute('aria-label')).toBeTruthy();
    await first.focus();
    expect(
      await first.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el),
    ).toBe(true);
    const before = await first.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    if (scrollable[0])
      await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).not.toContain('scrollable-region-focusable');
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('an invalid attribute is said, never a blank', async () => {
    const page = await open('/tableau.html', 'passerelle-comparison-table', {
      year: '1999',
      'allowance-per-hour': 'abc',
    });
    const problems = norm(
      await page.locator('passerelle-comparison-table .problems').textContent(),
    );
    expect(problems).toContain('« year »');
    expect(problems).toContain('« allowance-per-hour »');
    expect(await page.locator('passerelle-comparison-table table').count()).toBe(4);
    await page.close();
  });
});

describe('whose figures', () => {
  for (const [path, tag, first, expected] of [
    [
      '/tableau.html',
      'passerelle-comparison-table',
      'table',
      'Ces montants sont pour une personne seule de 35 ans, sans enfant',
    ],
    [
      '/mythes.html',
      'passerelle-myths',
      'section.myth',
      'Les chiffres sont ceux de personnes seules, sans enfant',
    ],
  ] as const) {
    it(`${tag} says whose figures they are, above the first figure, on screen and on paper`, async () => {
      const page = await open(path, tag);
      const forWhom = page.locator(`${tag} [data-testid="for-whom"]`);
      expect(norm(await forWhom.textContent())).toContain(expected);
      // And who else should not read them as theirs.
      expect(norm(await forWhom.textContent())).toContain('famille');
      const said = (await forWhom.boundingBox())!;
      const figures = (await page.locator(`${tag} ${first}`).first().boundingBox())!;
      expect(said.y + said.height).toBeLessThanOrEqual(figures.y);
      await page.emulateMedia({ media: 'print' });
      expect(await forWhom.isVisible()).toBe(true);
      await page.close();
    });
  }
});

describe('the household a host chooses for the comparison table', () => {
  it('a couple with children 3 and 9: said above the tables, every figure the library’s for them', async () => {
    const page = await open('/tableau.html', 'passerelle-comparison-table', {
      household: 'couple',
      'child-ages': '3 9',
    });
    const tag = 'passerelle-comparison-table';
    const household = { couple: true, childAges: [3, 9] };
    const table = comparisonTable({ period: { year: 2026, month: 6 }, household });
    expect(norm(await page.locator(`${tag} [data-testid="for-whom"]`).textContent())).toBe(
      norm(table.forWhom.fr),
    );
    expect(norm(await page.locator(`${tag} [data-testid="for-whom"]`).textContent())).toContain(
      'un couple (deux adultes de 35 ans)',
    );
    // No basic-income table for a couple (not computed), and it is said.
    expect(await page.locator(`${tag} [data-testid="table-basicIncome"]`).count()).toBe(0);
    for (const p of table.programs) {
      const shown = page.locator(`${tag} [data-testid="table-${p.program}"]`);
      expect(norm(await shown.locator('caption').textContent())).toContain(dollars(p.noActivity));
      const cells = shown.locator('tbody tr').nth(3).locator('td');
      expect(norm(await cells.nth(0).locator('strong').textContent())).toContain(
        dollars(p.rows[3]!.cells.wage.moneyPerMonth),
      );
    }
    // Not a single person's figures: the family's no-activity amount is larger.
    const single = comparisonTable({ period: { year: 2026, month: 6 }, hours: [0] });
    expect(table.programs[0]!.noActivity).toBeGreaterThan(single.programs[0]!.noActivity + 500);
    await page.close();
  });

  it('an age that is not one says which setting, in the page’s language, and counts no child', async () => {
    const page = await open('/tableau.html', 'passerelle-comparison-table', {
      'child-ages': '4 douze',
      lang: 'en',
    });
    const tag = 'passerelle-comparison-table';
    const alert = norm(await page.locator(`${tag} [role="alert"]`).textContent());
    expect(alert).toContain('Setting “child-ages” is invalid (“4 douze”)');
    expect(alert).toContain('no child is counted');
    expect(norm(await page.locator(`${tag} [data-testid="for-whom"]`).textContent())).toContain(
      'a single person aged 35, with no children',
    );
    await page.close();
  });
});

describe('one cliff, said the same on the table and on the simulator’s card', () => {
  it('solidarité sociale, minimum wage, June 2026: the table’s sentence is the card’s on paper, and on screen up to the year', async () => {
    const table = await open('/tableau.html', 'passerelle-comparison-table');
    const under = norm(
      await table
        .locator('passerelle-comparison-table [data-testid="cliff-socialSolidarity"]')
        .textContent(),
    ).replace(/^⚠\s*/, '');
    await table.close();
    // The rows stop at 25 h, but the cliff's extent is found on the card's own sweep (to 40 h).
    expect(under).toContain('Entre 22,5 h et 29 h');
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const warningAt = async (hours: string, media: 'screen' | 'print') => {
      const state = encodeURIComponent(`y=2026&m=6&p=socialSolidarity&h=single&wh=${hours}`);
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${demo.server.origin}/index.html#passerelle=${state}`);
      const card = page.locator('passerelle-simulator [data-testid="callout-wage"]').first();
      await card.waitFor();
      await page.emulateMedia({ media });
      return norm(await card.innerText());
    };
    // On paper (no next-hour line), as in the table: the whole sentence, its year included.
    expect(await warningAt('22', 'print')).toContain(under);
    // On screen at 22 and 22,5 h, where one more hour crosses the cliff's start, the next-hour
    // line says the year: the warning is the table's sentence up to its year.
    const [beforeYear] = under.split(' Sur un an');
    expect(beforeYear).not.toBe(under);
    for (const hours of ['22', '22.5']) {
      const onScreen = await warningAt(hours, 'screen');
      expect(onScreen).toContain(beforeYear);
      expect(onScreen).not.toContain('Sur un an');
    }
    await page.close();
  });
});

describe('the comparison table’s household attributes, as a host may write them', () => {
  const tag = 'passerelle-comparison-table';
  it('« 4, 9; » is two children; a child under 5 gives one aide sociale table, and it is said', async () => {
    const page = await open('/tableau.html', tag, { 'child-ages': '4, 9;' });
    expect(await page.locator(`${tag} [role="alert"]`).count()).toBe(0);
    const forWhom = norm(await page.locator(`${tag} [data-testid="for-whom"]`).textContent());
    expect(forWhom).toContain('un parent seul de 35 ans avec deux enfants de 4 et 9 ans');
    expect(forWhom).toContain('Avec un enfant de moins de 5 ans');
    expect(forWhom).toContain('prestations pour enfants');
    expect(
      await page.locator(`${tag} [data-testid="table-socialAssistanceTemporary"]`).count(),
    ).toBe(0);
    expect(await page.locator(`${tag} table`).count()).toBe(3);
    await page.close();
  });

  it('a property set to a number is read as its text; a problem is set in French typography', async () => {
    const page = await open('/tableau.html', tag);
    await page.locator(tag).evaluate((el) => {
      (el as unknown as { childAges: unknown }).childAges = 7;
    });
    await expect
      .poll(async () => norm(await page.locator(`${tag} [data-testid="for-whom"]`).textContent()))
      .toContain('avec un enfant de 7 ans');
    await page.locator(tag).evaluate((el) => el.setAttribute('child-ages', '18'));
    const alert = page.locator(`${tag} [role="alert"]`);
    await alert.waitFor();
    // Non-breaking spaces inside « » and before « : » and « ; », as everywhere else in French.
    expect(await alert.textContent()).toMatch(/«\u00a0child-ages\u00a0» invalide/);
    expect(await alert.textContent()).toMatch(/\u00a0: attendu/);
    expect(await alert.textContent()).toMatch(/\u00a0; aucun enfant/);
    await page.close();
  });
});
