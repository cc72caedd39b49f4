import { describe, expect, it } from 'vitest';
import {
  analystParameters,
  defaultParameters,
  employerParameterFile,
  parameterFiles,
  parameterFileSchema,
  ParameterSet,
} from '../src/index.js';
import { coverageFile } from '../src/parameters/data.js';
import { parameterDocFiles } from '../src/parameters/docs/all.js';
import { coverageSchema, parameterDocFileSchema } from '../src/parameters/schema.js';
import { inValidRange, scaleProblem, validRange } from '../src/parameters/valid-range.js';

describe('parameter files', () => {
  it('every file passes the schema (source, dated values, verified status)', () => {
    for (const [name, file] of Object.entries({
      ...parameterFiles,
      employer: employerParameterFile,
    })) {
      const parsed = parameterFileSchema.safeParse(file);
      expect(parsed.success, `${name}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      // The shipped sets are built without validating again (`shipped: true`): that is sound only
      // if validation would hand back the very same data, no key dropped or changed.
      expect(parsed.data, name).toStrictEqual(file);
    }
    expect(coverageSchema.parse(coverageFile)).toStrictEqual(coverageFile);
    for (const doc of parameterDocFiles ?? [])
      expect(parameterDocFileSchema.parse(doc)).toStrictEqual(doc);
  });
  it('a parameter file from outside is validated: a bad one is refused, naming the parameter', () => {
    const bad = structuredClone(parameterFiles.labour) as {
      parameters: { id: string; unit: string }[];
    };
    bad.parameters[0]!.unit = 'furlongs';
    expect(() => defaultParameters.withFile(bad)).toThrow();
    expect(() => new ParameterSet([bad], coverageFile)).toThrow();
  });
  it('every dated value of every file is documented in params/docs: a description and its own source', () => {
    const docs = (parameterDocFiles ?? []).flatMap(
      (f) => parameterDocFileSchema.parse(f).parameters,
    );
    const files = { ...parameterFiles, employer: employerParameterFile };
    const ids = new Set<string>();
    for (const [name, file] of Object.entries(files)) {
      for (const p of (
        file as { parameters: { id: string; values: { effectiveFrom: string }[] }[] }
      ).parameters) {
        ids.add(p.id);
        const doc = docs.find((d) => d.id === p.id);
        expect(doc, `${name}: ${p.id} has no documentation`).toBeDefined();
        expect(doc!.description.fr.length, `${name}: ${p.id}`).toBeGreaterThan(10);
        expect(doc!.description.en.length, `${name}: ${p.id}`).toBeGreaterThan(10);
        for (const v of p.values) {
          const d = doc!.values.find((x) => x.effectiveFrom === v.effectiveFrom);
          expect(d?.source.url, `${name}: ${p.id} @ ${v.effectiveFrom}`).toMatch(
            /^https?:\/\/(?!passerelle\.invalid)/,
          );
        }
        expect(doc!.values.length, `${name}: ${p.id}`).toBe(p.values.length);
      }
    }
    // No documentation for a parameter that is not in the data.
    for (const d of docs) expect(ids.has(d.id), d.id).toBe(true);
    // The library joins them: every definition carries its description and sources.
    for (const [id, definition] of analystParameters.definitions)
      for (const v of definition.values)
        expect(v.source.url, id).not.toContain('passerelle.invalid');
  });
  it('every value lies in its valid range and bracket thresholds rise', () => {
    for (const [id, definition] of analystParameters.definitions) {
      for (const v of definition.values) {
        const { min, max } = validRange(definition);
        if (v.brackets) {
          expect(scaleProblem(definition, v.brackets), `${id} @ ${v.effectiveFrom}`).toBeNull();
          continue;
        }
        expect(inValidRange(definition, v.value!), `${id} = ${v.value} ∉ [${min}, ${max}]`).toBe(
          true,
        );
      }
    }
    for (const year of defaultParameters.supportedYears) {
      for (const id of ['tax.quebec.brackets', 'tax.federal.brackets']) {
        const values = defaultParameters
          .scale(id, `${year}-01-01`)
          .brackets.map((b) => b.threshold.toNumber());
        expect(values.length).toBeGreaterThan(3);
        expect(values[0]).toBe(0);
        expect([...new Set(values)].sort((a, b) => a - b)).toEqual(values);
      }
    }
  });
  it('every parameter has a value in force for every month of every supported year', () => {
    for (const year of defaultParameters.supportedYears) {
      for (const id of defaultParameters.definitions.keys()) {
        for (let month = 1; month <= 12; month++) {
          const date = `${year}-${String(month).padStart(2, '0')}-01`;
          const read = () =>
            defaultParameters.definitions.get(id)!.unit === 'scale'
              ? defaultParameters.scale(id, date)
              : defaultParameters.at(id, date);
          expect(read, `${id} @ ${date}`).not.toThrow();
        }
      }
    }
  });
  it('values that are not verified say why (method or note)', () => {
    for (const d of defaultParameters.definitions.values()) {
      for (const v of d.values) {
        if (!v.verified && v.status !== 'secondary') {
          expect(Boolean(v.method ?? v.note), `${d.id} ${v.effectiveFrom}`).toBe(true);
        }
      }
    }
  });
  it('every parameter has French and English labels and descriptions, every derived value its method', () => {
    for (const d of defaultParameters.definitions.values()) {
      expect(d.label.fr.length, d.id).toBeGreaterThan(5);
      expect(d.label.en.length, d.id).toBeGreaterThan(5);
      for (const v of d.values) {
        if (v.status === 'derived')
          expect((v.method ?? '').length, `${d.id} ${v.effectiveFrom}`).toBeGreaterThan(10);
      }
      expect(d.description.fr.length, d.id).toBeGreaterThan(20);
      expect(d.description.en.length, d.id).toBeGreaterThan(20);
    }
  });
  it('the minimum wage changes on May 1', () => {
    expect(defaultParameters.at('labour.minimumWage.general', '2026-04-01').value.toNumber()).toBe(
      16.1,
    );
    expect(defaultParameters.at('labour.minimumWage.general', '2026-05-01').value.toNumber()).toBe(
      16.6,
    );
  });
  it('a missing parameter is a named error', () => {
    expect(() => defaultParameters.at('no.such.parameter', '2025-01-01')).toThrow(
      /no\.such\.parameter/,
    );
  });
});

describe('rules catalogue', () => {
  it('lists every rule id a result can carry, and only parameters that exist', async () => {
    const { rulesCatalog, simulate } = await import('../src/index.js');
    const ids = new Set(rulesCatalog.map((r) => r.id));
    const cases = [
      {
        program: 'socialSolidarity',
        activity: { wage: { hoursPerWeek: 10 }, allowance: { hoursPerWeek: 5, amountPerHour: 2 } },
      },
      { program: 'basicIncome', activity: { wage: { hoursPerWeek: 30 } } },
      { program: 'none', activity: { wage: { hoursPerWeek: 30 } } },
    ];
    for (const adult of cases) {
      const r = simulate({
        period: { year: 2026, month: 6 },
        household: { adults: [{ age: 40, ...adult }] },
      });
      if (!r.ok) throw new Error(r.error.message.en);
      for (const line of r.value.lines) expect(ids.has(line.id), line.id).toBe(true);
    }
    for (const rule of rulesCatalog) {
      for (const p of rule.parameters) {
        const known = [...defaultParameters.definitions.keys()].some((id) =>
          p.endsWith('.') ? id.startsWith(p) : id === p,
        );
        expect(known, `${rule.id} → ${p}`).toBe(true);
      }
    }
  });
});
