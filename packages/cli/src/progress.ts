/** The progress line of a long batch, rewritten in place on stderr (`\r`). */
import type { Lang } from '@passerelle/rules';

const WIDTH = 24;

export function progressLine(p: {
  readonly rows: number;
  readonly seconds: number;
  readonly bytes: number;
  readonly totalBytes?: number | undefined;
  readonly lang: Lang;
}): string {
  const locale = p.lang === 'fr' ? 'fr-CA' : 'en-CA';
  const n = (x: number) => Math.round(x).toLocaleString(locale);
  const rate = p.rows / Math.max(p.seconds, 0.001);
  const cases = p.lang === 'fr' ? 'cas' : 'cases';
  const counts = `${n(p.rows)} ${cases} · ${n(rate)} ${cases}/s`;
  if (!p.totalBytes) return `\r${counts}`;
  const done = Math.min(1, p.bytes / p.totalBytes);
  const filled = Math.round(done * WIDTH);
  const left = done > 0 ? (p.seconds / done) * (1 - done) : 0;
  const eta = p.lang === 'fr' ? `reste ~${n(left)} s` : `~${n(left)} s left`;
  return `\r[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${n(done * 100)} % · ${counts} · ${eta}  `;
}
