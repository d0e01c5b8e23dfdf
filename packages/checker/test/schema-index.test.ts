import { describe, expect, it } from 'vitest';
import { checkFilter, checkGroupBy } from '@pcaq/checker';
import { LICENSE_USAGE_SCHEMA, field, findField, span, type FieldDefinition, type Schema } from '@pcaq/core';
import { indexSchema, withSchemaIndex } from '../src/schema-index.js';
import { flatFilter } from './helpers.js';

const def = (name: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  name,
  kind: 'string',
  filterable: true,
  groupable: true,
  ...extra,
});

describe('indexSchema', () => {
  it('is built once per fields array and reused', () => {
    expect(indexSchema(LICENSE_USAGE_SCHEMA)).toBe(indexSchema(LICENSE_USAGE_SCHEMA));
  });

  it('agrees with findField for every name, the first definition winning', () => {
    const schema: Schema = { name: 't', fields: [def('a'), def('b', { kind: 'guid' }), def('a', { kind: 'guid' })] };
    const index = indexSchema(schema);
    for (const name of ['a', 'b', 'c', 'A', '__proto__', 'constructor']) {
      expect(index.byName.get(name)).toBe(findField(schema, name));
    }
  });

  it('lists the filterable and groupable names in schema order', () => {
    const schema: Schema = { name: 't', fields: [def('x', { filterable: false }), def('y', { groupable: false }), def('z')] };
    expect(indexSchema(schema)).toMatchObject({ filterable: ['y', 'z'], groupable: ['x', 'z'] });
  });

  it('indexes a fields array again when its entries were replaced or added', () => {
    const fields: FieldDefinition[] = [def('a')];
    const schema: Schema = { name: 't', fields };
    expect(indexSchema(schema).byName.has('b')).toBe(false);
    fields.push(def('b'));
    expect(indexSchema(schema).byName.has('b')).toBe(true);
    fields[0] = def('c');
    expect(indexSchema(schema).byName.has('a')).toBe(false);
    expect(indexSchema(schema).filterable).toEqual(['c', 'b']);
  });

  it('trusts a fields array frozen when indexed, and compares one frozen only after an edit', () => {
    const frozen = Object.freeze([def('a')]);
    expect(indexSchema({ name: 't', fields: frozen }).byName.has('a')).toBe(true);
    const fields: FieldDefinition[] = [def('a')];
    const schema: Schema = { name: 't', fields };
    expect(indexSchema(schema).byName.has('a')).toBe(true);
    fields[0] = def('b');
    Object.freeze(fields);
    expect(indexSchema(schema).byName.has('b')).toBe(true);
  });

  it('withSchemaIndex hands out the pinned index inside and restores the outer one after', () => {
    const inner: Schema = { name: 'inner', fields: [def('q')] };
    const seen = withSchemaIndex(LICENSE_USAGE_SCHEMA, () => [
      indexSchema(LICENSE_USAGE_SCHEMA).filterable.length,
      withSchemaIndex(inner, () => indexSchema(inner).filterable),
      indexSchema(LICENSE_USAGE_SCHEMA).filterable.length,
    ]);
    expect(seen).toEqual([9, ['q'], 9]);
  });

  it('restores the outer index when the body throws', () => {
    const schema: Schema = { name: 't', fields: [def('a')] };
    expect(() =>
      withSchemaIndex(schema, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(indexSchema(LICENSE_USAGE_SCHEMA).byName.has('channel')).toBe(true);
  });
});

describe('checks against a schema edited between calls', () => {
  it('see the edit (no stale index)', () => {
    const fields: FieldDefinition[] = [def('alpha')];
    const schema: Schema = { name: 't', fields };
    const text = "beta eq 'x'";
    expect(checkFilter(flatFilter(text), text, { schema }).map((d) => d.code)).toEqual(['PCAQ0201']);
    fields.push(def('beta', { filterable: false }));
    expect(checkFilter(flatFilter(text), text, { schema }).map((d) => [d.code, d.span.start, d.span.end])).toEqual([['PCAQ0202', 0, 4]]);
    fields[1] = def('beta', { groupable: false });
    expect(checkFilter(flatFilter(text), text, { schema })).toEqual([]);
    expect(checkGroupBy([field('beta', span(0, 4))], 'beta', { schema }).map((d) => d.code)).toEqual(['PCAQ0203']);
  });
});
