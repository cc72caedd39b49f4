/**
 * The words an element speaks, as a reactive controller: French in standard words at once, any
 * other language or reading level loaded when first asked for, the host redrawn when they arrive.
 * Meanwhile the host keeps the words it shows (a person who pressed « English » keeps the page and
 * the focus on the button for the few milliseconds it takes); on a first render there are none
 * yet, `words` is null, and the host draws nothing rather than a flash of French on an English page. A chunk that cannot be loaded (the network dropped) is not silent: the error is
 * reported and the host speaks French in standard words, so a person is never left with nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../i18n/translation.js';
import {
  defaultTranslation,
  loadTranslation,
  loadedTranslation,
  type ReadingLevel,
} from '../i18n/translations.js';

export class WordsController implements ReactiveController {
  private readonly loading = new Set<string>();
  private readonly failed = new Set<string>();
  /** The words last given to the host. */
  private shown: Translation | null = null;
  /** The words asked for last time: asking for other words forgets an old failure. */
  private lastWanted = '';
  /** The last load failed: the host says so (a chunk of words could not be fetched). */
  problem = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => { readonly lang: 'fr' | 'en'; readonly level: ReadingLevel },
  ) {
    host.addController(this);
  }

  /** Before each update: start loading the words wanted if they are not here yet. */
  hostUpdate(): void {
    void this.words;
  }

  /**
   * The words wanted now; while they load (a load starts if none has), the words shown so far, or
   * null on a first render.
   */
  get words(): Translation | null {
    const { lang, level } = this.wanted();
    const key = `${lang}-${level}`;
    if (key !== this.lastWanted) {
      this.failed.clear();
      this.problem = false;
      this.lastWanted = key;
    }
    const known = loadedTranslation(lang, level);
    if (known) return (this.shown = known);
    if (this.failed.has(key)) return (this.shown = defaultTranslation);
    if (!this.loading.has(key)) {
      this.loading.add(key);
      loadTranslation(lang, level).then(
        () => {
          this.loading.delete(key);
          this.problem = false;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.loading.delete(key);
          this.failed.add(key);
          this.problem = true;
          console.error(`Passerelle: the words for ${key} could not be loaded`, error);
          this.host.requestUpdate();
        },
      );
    }
    return this.shown;
  }

  /** The words wanted, or French in standard words while they load (for formatting, messages). */
  get wordsOrDefault(): Translation {
    return this.words ?? defaultTranslation;
  }
}
