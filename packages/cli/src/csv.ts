/**
 * CSV for batches: cells out (RFC 4180 quoting) and cases in. An input CSV has a header of field
 * paths of the JSON input (`period.year`, `household.adults.0.program`,
 * `household.adults.0.activity.wage.hoursPerWeek`…): each row becomes the case those paths
 * describe, so every input field is reachable without a second, CSV-only format to learn.
 */

export { csvCell } from '@passerelle/rules';

/**
 * The cells of one CSV line. Quoted cells may hold commas and doubled quotes; a quoted cell
 * cannot span lines (batches are read line by line, in constant memory).
 */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = '';
      i += 1;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted cell');
        cell += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      cells.push(cell);
      if (i < line.length && line[i] !== ',') throw new Error('text after a quoted cell');
    } else {
      const comma = line.indexOf(',', i);
      cells.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return cells;
    i += 1; // the comma
  }
}

/**
 * The header of an input CSV: field paths. A path segment that would reach an object's prototype
 * is refused, so that a crafted file cannot alter objects of the program.
 */
export function parseCsvHeader(line: string): string[] {
  const header = parseCsvLine(line.replace(/^\uFEFF/, '')).map((h) => h.trim());
  for (const path of header) {
    if (
      path.split('.').some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')
    ) {
      throw new Error(`en-tête invalide / invalid header: ${path}`);
    }
  }
  return header;
}

/** Fields that hold text even when they look like a number or a boolean. */
const textFields = new Set(['label']);

function typed(path: string, cell: string): unknown {
  if (textFields.has(path)) return cell;
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  return cell;
}

/**
 * The case a CSV row describes. Empty cells are left out (the field takes its default); numeric
 * path segments make arrays (`household.adults.1.age` is the second adult's age).
 */
export function caseFromCsv(header: readonly string[], cells: readonly string[]): unknown {
  if (cells.length !== header.length) {
    throw new Error(
      `${cells.length} cellule(s), l'en-tête en a ${header.length} / ${cells.length} cell(s), the header has ${header.length}`,
    );
  }
  const root: Record<string, unknown> = {};
  header.forEach((path, column) => {
    const cell = cells[column]!.trim();
    if (cell === '' || path === '') return;
    const keys = path.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    keys.forEach((key, depth) => {
      const last = depth === keys.length - 1;
      const index = /^\d+$/.test(key) ? Number(key) : key;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[index] = typed(path, cell);
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[depth + 1]!);
      container[index] ??= nextIsIndex ? [] : {};
      node = container[index] as Record<string, unknown> | unknown[];
    });
  });
  // Adults listed with a gap (columns for adult 1 left empty) would leave a hole in the array.
  const household = root['household'] as { adults?: unknown[] } | undefined;
  if (household?.adults) household.adults = household.adults.filter((a) => a !== undefined);
  return root;
}
