import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  InvalidArgumentError,
  booleanLiteral,
  comparison,
  comparisonMode,
  comparisonsOf,
  dateTimeLiteral,
  field,
  filterTreeProblem,
  isBooleanLiteral,
  isDateTimeLiteral,
  isStringLiteral,
  or,
  parseDateTime,
  stringLiteral,
} from '@pcaq/core';
import { FAMILY_EXAMPLE_SCHEMA, familyFilterTree, isoDateText, thrown } from '@pcaq/testing';

const node = (operator: string, value: unknown): unknown => ({ type: 'Comparison', field: { type: 'Field', name: 'a' }, operator, value });

describe('the tree validator accepts exactly the family shapes', () => {
  it.each([
    ['a boolean literal', node('eq', { type: 'BooleanLiteral', value: true })],
    ['a cast date', node('gt', { type: 'DateTimeLiteral', value: '2018-01-01', form: 'cast' })],
    ['a bare date', node('le', { type: 'DateTimeLiteral', value: '2018-01-01', form: 'bare' })],
    ['contains with a string', node('contains', { type: 'StringLiteral', value: 'x' })],
    ['every operator', or(['eq', 'ne', 'gt', 'ge', 'lt', 'le'].map((op) => comparison(field('a'), op as 'eq', stringLiteral('x'))))],
  ])('accepts %s', (_name, tree) => {
    expect(filterTreeProblem(tree)).toBeUndefined();
  });

  it.each([
    ['a boolean held as text', node('eq', { type: 'BooleanLiteral', value: 'true' }), 'value.value'],
    ['a date held as a number', node('eq', { type: 'DateTimeLiteral', value: 5, form: 'cast' }), 'value.value'],
    ['a date of no known form', node('eq', { type: 'DateTimeLiteral', value: '2018-01-01', form: 'odata' }), 'value.form'],
    ['contains with a boolean', node('contains', { type: 'BooleanLiteral', value: true }), 'value'],
    ['contains with a date', node('contains', { type: 'DateTimeLiteral', value: '2018-01-01', form: 'cast' }), 'value'],
    ['an operator of another language', node('like', { type: 'StringLiteral', value: 'x' }), 'operator'],
    ['a literal kind the language lacks', node('eq', { type: 'NumberLiteral', value: 5 }), 'value'],
  ])('refuses %s, naming where', (_name, tree, path) => {
    expect(filterTreeProblem(tree)?.path).toBe(path);
  });

  it('reads options that are null or not an object as absent', () => {
    expect(filterTreeProblem({}, null as never)).toEqual({ path: 'type', reason: "is undefined, not 'Comparison' or 'Logical'" });
    expect(filterTreeProblem(node('eq', { type: 'StringLiteral', value: 'x' }), 5 as never)).toBeUndefined();
  });

  test.prop([familyFilterTree(FAMILY_EXAMPLE_SCHEMA)])('accepts every generated family tree, and comparisonsOf walks it', (tree) => {
    expect(filterTreeProblem(tree)).toBeUndefined();
    expect(comparisonsOf(tree).length).toBeGreaterThan(0);
  });
});

describe('literal factories and guards', () => {
  it('make frozen nodes that the guards tell apart, and refuse nothing they cannot read', () => {
    const literals = [stringLiteral('x'), booleanLiteral(false), dateTimeLiteral('2018-01-01', 'bare')];
    for (const literal of literals) expect(Object.isFrozen(literal)).toBe(true);
    expect(literals.map((l) => [isStringLiteral(l), isBooleanLiteral(l), isDateTimeLiteral(l)])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
    expect(isStringLiteral(null as never)).toBe(false);
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2018-01-01', Date.UTC(2018, 0, 1)],
    ['2018-01-01T10:20', Date.UTC(2018, 0, 1, 10, 20)],
    ['2018-01-01T10:20:30.1239999Z', Date.UTC(2018, 0, 1, 10, 20, 30, 123)],
    ['2018-01-01T00:00:00-05:00', Date.UTC(2018, 0, 1, 5)],
    ['2016-02-29', Date.UTC(2016, 1, 29)],
    ['0001-01-01T00:00:00', -62135596800000],
  ])('reads %s as its instant (UTC without an offset)', (text, instant) => {
    expect(parseDateTime(text)).toBe(instant);
  });

  it.each(['2018-02-30', '2017-02-29', '2018-13-01', '2018-01-01T24:00', '2018-01-01T10:60', '2018-01-01Z', '2018-1-1', '18-01-01', 'soon', '', '2018-01-01T10:20+24:00'])(
    'reads %j as no date',
    (text) => {
      expect(parseDateTime(text)).toBeUndefined();
    },
  );

  test.prop([isoDateText])('reads every generated ISO text, and ignores the offset nowhere', (text) => {
    const instant = parseDateTime(text);
    expect(instant).toBeTypeOf('number');
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text) && !text.startsWith('00')) {
      expect(instant).toBe(Date.parse(text.replace(/(\.\d{3})\d+/, '$1')));
    }
  });

  test.prop([fc.string({ maxLength: 40 })])('never throws on any text', (text) => {
    expect(() => parseDateTime(text)).not.toThrow();
  });
});

describe('comparisonMode', () => {
  const creationDate = FAMILY_EXAMPLE_SCHEMA.fields.find((f) => f.name === 'creationDate');
  it('decides how each comparison compares', () => {
    expect(comparisonMode(comparison(field('a'), 'contains', stringLiteral('x')), undefined)).toEqual({ kind: 'contains' });
    expect(comparisonMode(comparison(field('a'), 'ne', booleanLiteral(true)), undefined)).toEqual({ kind: 'boolean' });
    expect(comparisonMode(comparison(field('a'), 'eq', stringLiteral('x')), undefined)).toEqual({ kind: 'text' });
    expect(comparisonMode(comparison(field('creationDate'), 'eq', stringLiteral('2018-01-01')), creationDate)).toEqual({ kind: 'instant', instant: Date.UTC(2018, 0, 1) });
    expect(comparisonMode(comparison(field('a'), 'gt', stringLiteral('x')), undefined)).toEqual({ kind: 'never' });
  });

  it('refuses a value that is not a comparison with a typed error', () => {
    expect(thrown(() => comparisonMode(null as never, undefined))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => comparisonMode(node('eq', 5) as never, undefined))).toBeInstanceOf(InvalidArgumentError);
  });
});
