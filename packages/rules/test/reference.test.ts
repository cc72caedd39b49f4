import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { renderParametersReference, renderRulesReference } from '../../../scripts/reference.mjs';

describe('generated reference', () => {
  it('docs/reference/rules.md is up to date with the rules catalogue (run `pnpm docs:reference`)', async () => {
    const committed = readFileSync(
      new URL('../../../docs/reference/rules.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await (renderRulesReference as () => Promise<string>)());
  });
  it('docs/reference/parameters.md is up to date with the parameter files (run `pnpm docs:reference`)', async () => {
    const committed = readFileSync(
      new URL('../../../docs/reference/parameters.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await (renderParametersReference as () => Promise<string>)());
  });
});
