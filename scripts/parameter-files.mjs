// Reads and writes the parameter files as one piece per parameter: the values file
// (`params/<name>.json`: values, dates, statuses) joined to its documentation file
// (`params/docs/<name>.json`: label, description, and for each dated value its source, method and
// note).
// The scripts work on the joined form and write both files back.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const notParameters = ['coverage.json', 'indexation.json'];
const runtimeKeys = ['effectiveFrom', 'value', 'brackets', 'status', 'verified'];
const docKeys = ['effectiveFrom', 'source', 'method', 'note'];
/** A JSON file, or an error that names it. */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const pick = (o, keys) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

/** Every parameter file of `dir`, joined to its documentation: [{ name, data, docNote }]. */
export function readParameterFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !notParameters.includes(f))
    .sort()
    .map((name) => {
      const data = readJson(join(dir, name));
      if (!Array.isArray(data?.parameters))
        throw new Error(`${join(dir, name)}: "parameters" must be a list`);
      const docPath = join(dir, 'docs', name);
      const docs = existsSync(docPath) ? readJson(docPath) : { parameters: [] };
      if (
        !Array.isArray(docs?.parameters) ||
        !docs.parameters.every((d) => Array.isArray(d?.values))
      )
        throw new Error(`${docPath}: "parameters" must be a list, each with a list of "values"`);
      const byId = new Map(docs.parameters.map((d) => [d.id, d]));
      for (const p of data.parameters) {
        const doc = byId.get(p.id);
        if (doc?.label) p.label = doc.label;
        p.description = doc?.description ?? { fr: '', en: '' };
        for (const v of p.values)
          Object.assign(
            v,
            pick(
              doc?.values.find((d) => d.effectiveFrom === v.effectiveFrom) ?? {},
              docKeys.slice(1),
            ),
          );
      }
      return { name, data, docNote: docs.note };
    });
}

/** Writes joined files back as their two halves. */
export function writeParameterFiles(dir, files) {
  for (const { name, data, docNote } of files) {
    const runtime = {
      parameters: data.parameters.map((p) => ({
        ...pick(p, ['id', 'unit', 'range']),
        values: p.values.map((v) => pick(v, runtimeKeys)),
      })),
    };
    const docs = {
      ...(docNote ? { note: docNote } : {}),
      parameters: data.parameters.map((p) => ({
        id: p.id,
        label: p.label,
        description: p.description,
        values: p.values.map((v) => pick(v, docKeys)),
      })),
    };
    writeFileSync(join(dir, name), `${JSON.stringify(runtime, null, 2)}\n`);
    writeFileSync(join(dir, 'docs', name), `${JSON.stringify(docs, null, 2)}\n`);
  }
}

/** The two halves, as the library's ParameterSet takes them. */
export function splitForLibrary(files) {
  const tmp = files.map(({ data }) => ({
    runtime: {
      parameters: data.parameters.map((p) => ({
        ...pick(p, ['id', 'unit', 'range']),
        values: p.values.map((v) => pick(v, runtimeKeys)),
      })),
    },
    docs: {
      parameters: data.parameters.map((p) => ({
        id: p.id,
        label: p.label,
        description: p.description,
        values: p.values.map((v) => pick(v, docKeys)),
      })),
    },
  }));
  return { runtime: tmp.map((t) => t.runtime), docs: tmp.map((t) => t.docs) };
}
