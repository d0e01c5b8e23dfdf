import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ENDPOINT_IDS, applyFixes, endpointSchema, quoteLiteral, type FieldDefinition, type Schema } from '@pcaq/core';
import { lintQuery } from '@pcaq/linter';

// The enum checks (PCAQ0210, PCAQ0211) on the real endpoint schemas, every enum field of every endpoint.
const ENUMS: [Schema, FieldDefinition][] = ENDPOINT_IDS.flatMap((id) => {
  const schema = endpointSchema(id);
  return schema.fields.filter((f) => f.kind === 'enum' && f.filterable).map((f): [Schema, FieldDefinition] => [schema, f]);
});
const SUBSCRIPTIONS = endpointSchema('subscriptions');

const lint = (filter: string, schema: Schema = SUBSCRIPTIONS) => lintQuery({ filter }, { schema });

describe('enum values on the endpoint schemas', () => {
  it('has enum fields to check (subscriptions: status, subscriptionType)', () => {
    expect(ENUMS.map(([s, f]) => `${s.endpoint?.id}.${f.name}`)).toEqual(expect.arrayContaining(['subscriptions.status', 'subscriptions.subscriptionType']));
  });

  it("warns on a case-only mismatch on the case-sensitive subscriptionType, with a fix to the documented spelling", () => {
    const text = "subscriptionType eq 'office'";
    const diagnostics = lint(text);
    expect(diagnostics.map((d) => [d.code, d.severity, d.span.start, d.span.end])).toEqual([['PCAQ0211', 'warning', 20, 28]]);
    expect(applyFixes(text, diagnostics)).toBe("subscriptionType eq 'Office'");
  });

  it('warns on a value outside the documented list, without a fix (the service returns others)', () => {
    const diagnostics = lint("subscriptionType ne 'M365' and status eq 'PAUSED'");
    expect(diagnostics.map((d) => [d.code, d.severity, d.fixes?.length ?? 0])).toEqual([['PCAQ0210', 'warning', 0], ['PCAQ0210', 'warning', 0]]);
  });

  it('takes a case-only difference on a case-insensitive enum as the same value', () => {
    expect(lint("status eq 'active'")).toEqual([]);
  });

  test.prop([fc.constantFrom(...ENUMS).chain(([schema, f]) => fc.tuple(fc.constant(schema), fc.constant(f), fc.constantFrom(...(f.values ?? [])), fc.array(fc.boolean(), { minLength: 1, maxLength: 20 })))])(
    'any case variant of a documented value: exact passes; on a case-sensitive field a variant warns and fixes; elsewhere it passes',
    ([schema, f, value, upper]) => {
      const variant = [...value].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');
      const text = `${f.name} eq ${quoteLiteral(variant)}`;
      const diagnostics = lint(text, schema);
      if (variant === value || f.caseSensitive !== true) {
        expect(diagnostics).toEqual([]);
        return;
      }
      expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0211']);
      expect(applyFixes(text, diagnostics)).toBe(`${f.name} eq ${quoteLiteral(value)}`);
    },
  );

  test.prop([fc.constantFrom(...ENUMS), fc.string({ unit: 'binary', maxLength: 30 })])('any other text is a PCAQ0210 warning inside the literal, never an error', ([schema, f], value) => {
    fc.pre(!(f.values ?? []).some((v) => v.toLowerCase() === value.toLowerCase()));
    const text = `${f.name} eq ${quoteLiteral(value)}`;
    const diagnostics = lint(text, schema).filter((d) => d.code !== 'PCAQ0411');
    expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0210']);
    expect(diagnostics[0]!.span).toEqual({ start: f.name.length + 4, end: text.length });
  });
});
