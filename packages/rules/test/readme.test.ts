import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

describe('packages/rules/README.md', () => {
  it('its first example runs and prints the figures it shows', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const code = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    const dist = new URL('../dist/src/index.js', import.meta.url).href;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import(
      `data:text/javascript,${encodeURIComponent(code!.replace("'@passerelle/rules'", `'${dist}'`))}`
    );
    // Intl puts non-breaking spaces in French amounts; the README shows ordinary ones.
    const printed = log.mock.calls.map((c) =>
      typeof c[0] === 'string' ? c[0].replace(/[\u00a0\u202f]/g, ' ') : c[0],
    );
    expect(printed).toEqual([
      'Avec 10 h par semaine au salaire minimum : 328 $ de plus par mois',
      1786.89,
      1638.56,
      320.56,
      '25 % des revenus de travail au-delà de l’exclusion (482,22 $) s’ajoutent à l’aide : 120,56 $.',
    ]);
    log.mockRestore();
  });
});
