/**
 * What every Passerelle element shares, declared once (as Shoelace's base element does): the
 * attributes `lang`, `reading-level` and `no-url-state`, the language the element speaks and its
 * reading level. A removed attribute returns to its default; a language the element does not
 * speak falls back to the page's, then to French.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emit } from '../events/passerelle-change.js';

export type ElementLanguage = 'fr' | 'en';

/** `fr` or `en` from a `lang` value (« fr-CA », « EN »), or null for any other. */
function spoken(value: string | null | undefined): ElementLanguage | null {
  const code = (value ?? '').slice(0, 2).toLowerCase();
  return code === 'fr' || code === 'en' ? code : null;
}

/** The element's own `lang` when it is one it speaks, else the page's, else French. */
export function languageOf(
  own: string | null | undefined,
  page: string | null | undefined,
): ElementLanguage {
  return spoken(own) ?? spoken(page) ?? 'fr';
}

/** Whether a `lang` value names a language the elements speak (an empty one means the page's). */
export function isSpokenLanguage(value: string | null | undefined): boolean {
  return !value || spoken(value) !== null;
}

export interface PasserelleLanguageDetail {
  /** The language the element speaks now. */
  readonly lang: ElementLanguage;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passerelle-language': CustomEvent<PasserelleLanguageDetail>;
  }
}

export abstract class PasserelleElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    readingLevel: {
      type: String,
      attribute: 'reading-level',
      reflect: true,
      // A removed attribute is the default again, never null.
      converter: { fromAttribute: (value: string | null) => value ?? 'standard' },
    },
    noUrlState: { type: Boolean, attribute: 'no-url-state' },
  };

  /** Language: `fr` (default) or `en`; falls back to the page's `<html lang>`. */
  declare lang: string;
  /** `simple` for the plain-language mode (« facile à lire »); `standard` otherwise. */
  declare readingLevel: string;
  /** Do not read or write the state in the URL hash. */
  declare noUrlState: boolean;

  /**
   * Without a `lang` of its own the element speaks the page's: when the page's `<html lang>`
   * changes, it follows (and announces it), rather than at some later, unrelated update. A plain
   * MutationObserver rather than @lit-labs/observers' MutationController: the controller is about
   * 300 bytes more on a first visit (measured in the chunk, gzip), which the 100 KB budget did not
   * have; what it adds (a callback value, re-observing targets) is not needed for one attribute.
   */
  private pageLanguage: MutationObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLanguage = new MutationObserver(() => this.requestUpdate());
    this.pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    this.pageLanguage?.disconnect();
    this.pageLanguage = null;
    super.disconnectedCallback();
  }

  constructor() {
    super();
    this.lang = '';
    this.readingLevel = 'standard';
    this.noUrlState = false;
  }

  /** The language last announced with `passerelle-language`. */
  private announcedLanguage: ElementLanguage | null = null;

  /**
   * After each update: when the language the element speaks has changed (a person pressed
   * « English », a link said `en`, the host set `lang`), `passerelle-language` tells the host page,
   * so that its own text can follow (the demo pages do; see docs/embedding.md). Once at the first
   * update too: a link may open the element in English.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const now = this.language;
    if (now === this.announcedLanguage) return;
    this.announcedLanguage = now;
    emit<PasserelleLanguageDetail>(this, 'passerelle-language', { lang: now });
  }

  /** The language the element speaks now. */
  protected get language(): ElementLanguage {
    return languageOf(this.lang, document.documentElement.lang);
  }

  protected get simple(): boolean {
    return this.readingLevel === 'simple';
  }
}
