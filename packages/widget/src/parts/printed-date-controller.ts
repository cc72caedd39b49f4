/**
 * The date a printed page says it was printed on, written only when the page is printed (a
 * `beforeprint` event, or the print media applied). Why: the first `Intl.DateTimeFormat` loads the
 * calendar data, about 16 ms before the first amount on a phone (CPU ×4), for a line nobody sees
 * on screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintedDateController implements ReactiveController {
  private printing = false;
  private cache: { readonly key: string; readonly text: string } | null = null;
  private readonly media = typeof matchMedia === 'function' ? matchMedia('print') : null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onPrint = (): void => {
    if (this.printing) return;
    this.printing = true;
    this.host.requestUpdate();
  };
  private readonly onMedia = (event: MediaQueryListEvent): void => {
    if (event.matches) this.onPrint();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
    this.media?.addEventListener('change', this.onMedia);
    if (this.media?.matches) this.printing = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    this.media?.removeEventListener('change', this.onMedia);
  }

  /** Today's date in `locale` (« 7 décembre 2026 ») once the page is being printed, else null. */
  text(locale: string, now: Date = new Date()): string | null {
    if (!this.printing) return null;
    const key = `${locale}|${now.toDateString()}`;
    if (this.cache?.key !== key)
      this.cache = {
        key,
        text: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now),
      };
    return this.cache.text;
  }
}
