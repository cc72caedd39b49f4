/**
 * What every template of the simulator needs from its shell: the words, the state, formatting,
 * and the few actions a person can take. Templates are plain functions of this context, so each
 * piece (situation, card, answer bar, callout, coverage, glossary) lives in its own small file.
 */
import type { TemplateResult } from 'lit';
import type { Localized, Program, SimulationResult } from '@passerelle/rules';
import type { Translation, TermId } from '../i18n/translation.js';
import type { FieldSpec, ScenarioKind, WidgetState } from '../state/widget-state.js';

export interface RenderContext {
  readonly t: Translation;
  readonly simple: boolean;
  /** A library sentence in the reader's language, French typography in French. */
  speak(text: Localized): string;
  readonly state: WidgetState;
  /** « 1 234,56 $ »; `digits` 0 rounds to the dollar. */
  money(n: number, digits?: number): string;
  /** « 22,5 h » / « 22.5 hours ». */
  hours(h: number): string;
  /** The card a person is working on (its slider got focus): the answer bar follows it. */
  activate(kind: ScenarioKind): void;
  /** A person changed the state; `from` names the scenario whose slider moved. */
  change(patch: Partial<WidgetState>, from?: ScenarioKind): void;
  /** A « ? » button that shows the definition of a word, and the definition itself. */
  term(id: TermId, scope: string): TemplateResult;
  /** The detail of a calculation. */
  detailsBody(r: SimulationResult): TemplateResult;
  /** The choices the situation form offers (years in the data, programs). */
  readonly choices: {
    readonly years: readonly number[];
    readonly programs: readonly Program[];
    readonly spousePrograms: readonly WidgetState['spouseProgram'][];
    /** The ages given, in order: the children computed (a child without an age is not). */
    readonly childAges: readonly number[];
  };
  /** A field's declaration (limits, step), from `state/fields.ts`. */
  field(key: keyof WidgetState): FieldSpec;
  /** A text box validated against its field's limits (see `number-field.ts`). */
  numberField(options: NumberFieldOptions): TemplateResult;
  /** One of these boxes holds a value that is not valid (its message is shown). */
  hasInvalidField(keys: readonly (keyof WidgetState)[]): boolean;
}

export interface NumberFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly spec: FieldSpec;
  readonly value: number | null;
  readonly message: string;
  readonly help?: string;
  /** A valid value the rules flag (the library's notice), said under the box. */
  readonly warning?: string;
  readonly placeholder?: string;
  readonly from?: ScenarioKind;
  /** Visually hidden label (the slider beside it shows the same label). */
  readonly hiddenLabel?: boolean;
}
