/**
 * CSV for batches: cells out (RFC 4180 quoting) and cases in. An input CSV has a header of field
 * paths of the JSON input (`period.year`, `household.adults.0.program`,
 * `household.adults.0.activity.wage.hoursPerWeek`…): each row becomes the case those paths
 * describe, so every input field is reachable without a second, CSV-only format to learn.
 */

import { parse } from 'csv-parse/sync';
import { inputFields, inputLimits } from '@passerelle/rules';

/** csv-parse's reading of a CSV row: RFC 4180 quoted cells; a quote inside an unquoted cell is a character. */
const parseOptions = (delimiter: ',' | ';') => ({
  delimiter,
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: true,
});

/**
 * The cells of one CSV row (a quoted cell may hold the delimiter, doubled quotes and line
 * breaks), read by csv-parse. Throws when the text is not exactly one row.
 */
export function parseCsvLine(line: string, delimiter: ',' | ';' = ','): string[] {
  const records = parse(line, parseOptions(delimiter)) as string[][];
  if (records.length !== 1) throw new Error(`${records.length} rows where one was expected`);
  return records[0]!;
}

/**
 * The cells of many rows at once (each text a whole row, possibly over several lines), in one
 * csv-parse call: reading its options once per chunk rather than once per row is what keeps a
 * CSV batch as fast as JSON Lines. Null when the texts do not give one row each.
 */
export function parseCsvRows(texts: readonly string[], delimiter: ',' | ';'): string[][] | null {
  if (texts.length === 0) return [];
  try {
    const records = parse(texts.join('\n'), parseOptions(delimiter)) as string[][];
    return records.length === texts.length ? records : null;
  } catch {
    return null;
  }
}

/**
 * How many cells a line holds when its quotes are read as characters: a line that opens a quote
 * but already holds a whole row's cells is a row with a stray quote, not the start of a cell that
 * spans lines (a spreadsheet's multi-line label leaves the row's other cells for its last line).
 */
export function cellsIgnoringQuotes(line: string, delimiter: ',' | ';'): number {
  const records = parse(line, { delimiter, quote: false, relax_column_count: true }) as string[][];
  return records[0]?.length ?? 0;
}

/**
 * Whether a line leaves a quoted cell open (its row goes on over the next lines). A line with no
 * quote cannot; otherwise csv-parse says.
 */
export function opensQuotedCell(line: string, delimiter: ',' | ';'): boolean {
  if (!line.includes('"')) return false;
  try {
    parse(line, parseOptions(delimiter));
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED';
  }
}

/** An input CSV's header: its field paths and its delimiter (« ; » in French spreadsheets). */
export interface CsvHeader {
  readonly paths: readonly string[];
  /** Each path's steps, split once for all rows: a number is an array index. */
  readonly steps: readonly (readonly (string | number)[])[];
  readonly delimiter: ',' | ';';
}

/**
 * Every field path of the input a CSV column may name, read from the input's schema, with its own
 * limits (two adults, twelve children): a header is checked against it before any row is read.
 */
export const inputPaths: ReadonlySet<string> = (() => {
  const f = inputFields();
  const adult = [
    ...f.adult.filter((n) => n !== 'activity'),
    ...f.wage.map((n) => `activity.wage.${n}`),
    ...f.allowance.map((n) => `activity.allowance.${n}`),
  ];
  return new Set([
    'label',
    ...f.period.map((n) => `period.${n}`),
    ...Array.from({ length: inputLimits.adults }, (_, i) =>
      adult.map((n) => `household.adults.${i}.${n}`),
    ).flat(),
    ...Array.from({ length: inputLimits.children }, (_, i) =>
      f.child.map((n) => `household.children.${i}.${n}`),
    ).flat(),
    ...f.options.map((n) => `options.${n}`),
  ]);
})();

/** A first line read as UTF-8 from a UTF-16 file: NUL bytes, or a UTF-16 byte-order mark. */
export function looksLikeUtf16(line: string): boolean {
  return line.includes('\u0000') || /^(\uFFFE|\u00FF\u00FE|\u00FE\u00FF)/.test(line);
}

/**
 * Reads the header of an input CSV: the delimiter is the one given, or « ; » when the header has
 * semicolons and no comma (what a French-language spreadsheet writes), else « , ». A BOM is
 * dropped; UTF-16 is refused; every path must be one of `inputPaths` (so nothing can reach an
 * object's prototype, nor an array index beyond the input's limits). Throws a message naming the
 * columns otherwise.
 */
export function parseCsvHeader(line: string, delimiter?: ',' | ';'): CsvHeader {
  if (looksLikeUtf16(line))
    throw new Error('UTF-16 : enregistrez le fichier en UTF-8 / save the file as UTF-8');
  const text = line.replace(/^\uFEFF/, '');
  const chosen = delimiter ?? (text.includes(';') && !text.includes(',') ? ';' : ',');
  const paths = parseCsvLine(text, chosen).map((h) => h.trim());
  // A trailing delimiter (what some spreadsheets write) leaves one empty name at the end: allowed,
  // and a row with something under it is an error (see caseFromCsv).
  const unknown = paths.filter(
    (p, i) => !inputPaths.has(p) && !(p === '' && i === paths.length - 1 && i > 0),
  );
  if (unknown.length > 0)
    throw new Error(
      `colonne(s) inconnue(s) ou sans nom / unknown or unnamed column(s): ${namesOf(unknown)}`,
    );
  // The same field twice: one of the two would be silently ignored.
  const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
  if (twice.length > 0)
    throw new Error(`colonne(s) en double / duplicate column(s): ${namesOf([...new Set(twice)])}`);
  const steps = paths.map((p) =>
    p.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
  );
  return { paths, steps, delimiter: chosen };
}

/** Column names for a message: the first ten, each cut at 60 characters, and how many more. */
function namesOf(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((u) => (u === '' ? '(vide / empty)' : u.slice(0, 60)));
  const more = names.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` … (+${more} autres / more)` : ''}`;
}

/** Fields that hold text even when they look like a number or a boolean. */
const textFields = new Set(['label']);

function typed(path: string, cell: string, decimalComma: boolean): unknown {
  if (textFields.has(path)) return cell;
  // A spreadsheet writes TRUE/FALSE (in French VRAI/FAUX): all are booleans.
  if (/^(true|vrai)$/i.test(cell)) return true;
  if (/^(false|faux)$/i.test(cell)) return false;
  if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  // With « ; » between cells, « 16,60 » is a number with a decimal comma.
  if (decimalComma && /^-?\d+,\d+$/.test(cell)) return Number(cell.replace(',', '.'));
  return cell;
}

/** A row that cannot become a case; its label, when it has one, is kept for the output. */
export class CsvRowError extends Error {
  constructor(
    message: string,
    readonly label: string | null,
  ) {
    super(message);
  }
}

/** The label cell of a row, when the header has one and the row reaches it. */
function labelCell(csv: CsvHeader, cells: readonly string[]): string | null {
  const i = csv.paths.indexOf('label');
  return i >= 0 && cells[i] !== undefined && cells[i] !== '' ? cells[i] : null;
}

/**
 * The case a CSV row describes. Empty cells are left out (the field takes its default); numeric
 * path segments make arrays (`household.adults.1.age` is the second adult's age).
 */
export function caseFromCsv(csv: CsvHeader, line: string, parsed?: readonly string[]): unknown {
  const header = csv.paths;
  const cells = parsed ?? parseCsvLine(line, csv.delimiter);
  if (cells.length !== header.length) {
    throw new CsvRowError(
      `${cells.length} cellule(s), l’en-tête en a ${header.length} / ${cells.length} cell(s), the header has ${header.length}`,
      labelCell(csv, cells),
    );
  }
  const root: Record<string, unknown> = {};
  header.forEach((path, column) => {
    const cell = cells[column]!.trim();
    if (cell === '') return;
    if (path === '')
      throw new Error('une cellule sous une colonne sans nom / a cell under an unnamed column');
    const keys = csv.steps[column]!;
    let node: Record<string | number, unknown> = root;
    keys.forEach((key, depth) => {
      if (depth === keys.length - 1) {
        node[key] = typed(path, cell, csv.delimiter === ';');
        return;
      }
      node[key] ??= typeof keys[depth + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
  });
  // Adults listed with a gap (columns for adult 1 left empty) would leave a hole in the array.
  const household = root['household'] as { adults?: unknown[] } | undefined;
  if (household?.adults) household.adults = household.adults.filter((a) => a !== undefined);
  return root;
}
