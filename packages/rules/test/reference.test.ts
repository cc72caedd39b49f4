import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { renderParametersReference } from '../../../scripts/parameters-reference.mjs';

describe('docs/reference/parameters.md', () => {
  it('is up to date with the parameter files (run `pnpm docs:parameters`)', () => {
    const committed = readFileSync(
      new URL('../../../docs/reference/parameters.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe((renderParametersReference as () => string)());
  });
});
