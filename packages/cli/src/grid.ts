/**
 * `passerelle grid`: a study (profiles, hours, wage, allowance, reforms: see
 * docs/examples/persona-7-study.json) → its CSV, the same file the analyst page exports. A single
 * model comparison (`{ "base", "hoursPerWeek", "allowance" }`) is read as a one-profile study.
 */
import { runStudy, studyCsv } from '@passerelle/rules';

function asStudy(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('base' in data)) return data;
  const { base, participant, ...grid } = data as Record<string, unknown>;
  return {
    ...grid,
    profiles: [{ id: 'profil', base, ...(participant === undefined ? {} : { participant }) }],
  };
}

export function runGrid(text: string): { code: 0 | 2; stdout: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      code: 2,
      stdout: `${JSON.stringify({ error: { name: 'InvalidJson', message: { fr: `JSON illisible : ${detail}`, en: `Unreadable JSON: ${detail}` } } }, null, 2)}\n`,
    };
  }
  const outcome = runStudy(asStudy(data));
  if (!outcome.ok)
    return { code: 2, stdout: `${JSON.stringify({ error: outcome.error }, null, 2)}\n` };
  return { code: 0, stdout: studyCsv(outcome.value) };
}
