import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { LICENSE_USAGE_SCHEMA, applyFixes, endpointSchema, orderByItem, type Diagnostic, type FieldDefinition, type Schema } from '@pcaq/core';
import { checkQuery, lintQuery, parseOrderBy } from '@pcaq/linter';
import { decodeQuery, encodeQuery, printOrderBy, requestOf } from '@pcaq/printer';
import { marked, withoutSpans } from '@pcaq/testing';

const AZURE = endpointSchema('azure-usage');
const SUBSCRIPTIONS = endpointSchema('subscriptions');
const ORDERABLE = (AZURE.fields as readonly FieldDefinition[]).filter((f) => f.orderable === true).map((f) => f.name);

/** Lints one parameter and returns [code, span] pairs, spans indexing the parameter's text. */
function codes(parameter: 'orderby' | 'aggregationLevel' | 'processedDateTime', source: string, schema: Schema, extra: object = {}): [string, number, number][] {
  const { text } = marked(source);
  return lintQuery({ ...extra, [parameter]: text }, { schema })
    .filter((d) => d.source === parameter)
    .map((d) => [d.code, d.span.start, d.span.end]);
}

function expected(source: string, ...codeList: string[]): [string, number, number][] {
  const { spans } = marked(source);
  return codeList.map((code, i) => [code, spans[i]!.start, spans[i]!.end]);
}

describe('orderby is parsed into sort keys with spans', () => {
  it('reads field [asc|desc] items, asc by default, in the order written', () => {
    const { checked, diagnostics } = checkQuery({ orderby: 'usageDate desc, customerName ,meterCategory asc' }, { schema: AZURE });
    expect(diagnostics).toEqual([]);
    expect(checked?.orderby?.map((i) => [i.name, i.direction, i.span.start, i.span.end])).toEqual([
      ['usageDate', 'desc', 0, 14],
      ['customerName', 'asc', 16, 28],
      ['meterCategory', 'asc', 30, 47],
    ]);
    expect(checked?.source?.orderby).toBe('usageDate desc, customerName ,meterCategory asc');
  });

  it('keeps the first place of a field ordered by twice', () => {
    const { checked } = checkQuery({ orderby: 'usageDate desc,customerName,usageDate' }, { schema: AZURE });
    expect(checked?.orderby?.map((i) => `${i.name} ${i.direction}`)).toEqual(['usageDate desc', 'customerName asc']);
  });

  it.each([
    ['[[]]', ['PCAQ0306']],
    ['[[ , ]]', ['PCAQ0306']],
    ['usageDate,[[,]]customerName', ['PCAQ0306']],
    ['usageDate[[,]]', ['PCAQ0306']],
    ['[[usageDate-desc]]', ['PCAQ0306']],
    ['usageDate desc [[customerName]]', ['PCAQ0306']],
    ['[[UsageDate]]', ['PCAQ0307']],
    ['[[quantity]] desc', ['PCAQ0307']],
    ['[[nosuchfield]]', ['PCAQ0307']],
    ['usageDate [[DESC]]', ['PCAQ0308']],
    ['usageDate [[descending]]', ['PCAQ0308']],
    ['usageDate, [[usageDate desc]]', ['PCAQ0309']],
  ])('%s on azure-usage: %j', (source, codeList) => {
    expect(codes('orderby', source, AZURE)).toEqual(expected(source, ...codeList));
  });

  it('fixes what is sure: the direction word, a field in the wrong case, a repeat, an extra comma', () => {
    const cases: [string, string][] = [
      ['usageDate DESC', 'usageDate desc'],
      ['UsageDate desc', 'usageDate desc'],
      ['usageDate,customerName, usageDate desc', 'usageDate,customerName'],
      ['usageDate,,customerName,', 'usageDate,customerName'],
    ];
    for (const [given, fixed] of cases) {
      const diagnostics = lintQuery({ orderby: given }, { schema: AZURE });
      expect(applyFixes(given, diagnostics)).toBe(fixed);
      expect(lintQuery({ orderby: fixed }, { schema: AZURE })).toEqual([]);
    }
  });

  it('does not fix a direction word that is not asc or desc in another case, nor an unknown field', () => {
    const diagnostics = lintQuery({ orderby: 'nosuchfield descending' }, { schema: AZURE });
    expect(diagnostics.map((d) => [d.code, d.fixes?.length ?? 0])).toEqual([['PCAQ0307', 0], ['PCAQ0308', 0]]);
  });

  it('suggests (never fixes) a nearby orderable field', () => {
    const [d] = lintQuery({ orderby: 'usagDate' }, { schema: AZURE });
    expect(d?.fixes).toBeUndefined();
    expect(d?.suggestions?.[0]?.edits[0]?.text).toBe('usageDate');
  });

  it('reports a list past 32,768 characters once, without reading it', () => {
    const text = 'usageDate,'.repeat(4000);
    expect(lintQuery({ orderby: text }, { schema: AZURE }).map((d) => [d.source, d.code])).toEqual([['orderby', 'PCAQ0306'], ['url', 'PCAQ0408']]);
  });
});

describe('parameters only on the endpoints that take them (PCAQ0416)', () => {
  it.each([
    ['orderby', 'channel', LICENSE_USAGE_SCHEMA],
    ['orderby', 'status', SUBSCRIPTIONS],
    ['aggregationLevel', 'week', LICENSE_USAGE_SCHEMA],
    ['aggregationLevel', 'day', endpointSchema('license-deployment')],
    ['processedDateTime', '2018-10-14', AZURE],
    ['processedDateTime', '2018-10-14', SUBSCRIPTIONS],
  ] as const)('%s on %s', (parameter, value, schema) => {
    expect(codes(parameter, `[[${value}]]`, schema)).toEqual(expected(`[[${value}]]`, 'PCAQ0416'));
    expect(checkQuery({ [parameter]: value }, { schema }).checked).toBeUndefined();
  });

  it('reports an endpoint that does not take the parameter before what is wrong with its value', () => {
    expect(codes('processedDateTime', '[[not a date]]', AZURE)).toEqual(expected('[[not a date]]', 'PCAQ0416'));
  });

  it('lets a schema without an endpoint (rows only) take every parameter', () => {
    const rowsOnly: Schema = { name: 'rows', fields: [{ name: 'day', kind: 'datetime', filterable: true, groupable: true, orderable: true }] };
    expect(lintQuery({ orderby: 'day desc', aggregationLevel: 'month', groupby: 'day', processedDateTime: '2018-10-14' }, { schema: rowsOnly })).toEqual([]);
  });
});

describe('aggregationLevel', () => {
  it.each(['day', 'week', 'month'])('takes %s and hands it over checked', (level) => {
    const { checked, diagnostics } = checkQuery({ aggregationLevel: level, groupby: 'creationDate' }, { schema: SUBSCRIPTIONS });
    expect(diagnostics).toEqual([]);
    expect(checked?.aggregationLevel).toBe(level);
  });

  it.each(['Day', 'WEEK', 'year', 'dateRange', '', ' day'])('rejects %j (PCAQ0417)', (level) => {
    expect(codes('aggregationLevel', `[[${level}]]`, SUBSCRIPTIONS, { groupby: 'creationDate' })).toEqual(expected(`[[${level}]]`, 'PCAQ0417'));
  });

  it('fixes a case-only difference to the documented spelling, and nothing else', () => {
    const fixOf = (level: string) => lintQuery({ aggregationLevel: level, groupby: 'usageDate' }, { schema: AZURE })[0]?.fixes?.[0]?.edits[0]?.text;
    expect(fixOf('Day')).toBe('day');
    expect(fixOf('MONTH')).toBe('month');
    expect(fixOf('year')).toBeUndefined();
  });

  it('warns when the group-by holds no date field, as the service then ignores it (PCAQ0418)', () => {
    expect(codes('aggregationLevel', '[[week]]', SUBSCRIPTIONS, { groupby: 'status' })).toEqual(expected('[[week]]', 'PCAQ0418'));
    expect(codes('aggregationLevel', '[[week]]', SUBSCRIPTIONS)).toEqual(expected('[[week]]', 'PCAQ0418'));
    expect(codes('aggregationLevel', 'week', SUBSCRIPTIONS, { groupby: 'status,creationDate' })).toEqual([]);
    const { checked, diagnostics } = checkQuery({ aggregationLevel: 'week', groupby: 'status' }, { schema: SUBSCRIPTIONS });
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(checked?.aggregationLevel).toBe('week');
  });

  it('leaves the member absent when not given: the endpoint default stays in the schema', () => {
    expect(checkQuery({}, { schema: AZURE }).checked).not.toHaveProperty('aggregationLevel');
    expect(checkQuery({}, { schema: AZURE }).checked).not.toHaveProperty('orderby');
  });
});

// Properties of the whole class: any text never throws and keeps spans inside it; fixes lead to
// clean lists; printed keys parse back to themselves, through a URL too.
const sortKey = fc.record({ name: fc.constantFrom(...ORDERABLE), direction: fc.constantFrom('asc' as const, 'desc' as const) });
const sortKeys = fc.uniqueArray(sortKey, { selector: (k) => k.name, minLength: 1, maxLength: 6 }).map((keys) => keys.map((k) => orderByItem(k.name, k.direction)));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...ORDERABLE, 'asc', 'desc', 'DESC', ',', ' ', '\t', 'x-y', '\uD800', '\uFFFD', ''), { maxLength: 30 }).map((parts) => parts.join('')),
  // Long lists, built by repetition (drawing 30,000 characters one by one is slow).
  fc.tuple(fc.constantFrom('usageDate,', 'a ', ',', 'usageDate desc x,', '\uD83D\uDE00'), fc.integer({ min: 1_000, max: 40_000 })).map(([part, n]) => part.repeat(Math.ceil(n / part.length))),
);

function insideText(text: string, diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.every((d) => d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length);
}

describe('properties of orderby and aggregationLevel', () => {
  test.prop([anyText], { numRuns: 100 })('never throws; every span lies inside the text; each problem is an orderby diagnostic', (text) => {
    const diagnostics = lintQuery({ orderby: text }, { schema: AZURE });
    // The one other diagnostic, PCAQ0408 (source `url`), indexes the encoded query string.
    expect(diagnostics.every((d) => d.source === 'orderby' || d.code === 'PCAQ0408')).toBe(true);
    expect(insideText(text, diagnostics.filter((d) => d.source === 'orderby'))).toBe(true);
    expect(() => parseOrderBy(text, AZURE)).not.toThrow();
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('aggregationLevel: never throws, spans inside, valid only for the listed words', (text) => {
    const diagnostics = lintQuery({ aggregationLevel: text, groupby: 'usageDate' }, { schema: AZURE });
    expect(insideText(text, diagnostics)).toBe(true);
    expect(diagnostics.length === 0).toBe(['day', 'week', 'month'].includes(text));
  });

  test.prop([sortKeys])('printOrderBy then parse gives the keys back, with no diagnostic', (keys) => {
    const parsed = parseOrderBy(printOrderBy(keys), AZURE);
    expect(parsed.problems).toEqual([]);
    expect(withoutSpans(parsed.items)).toEqual(withoutSpans(keys));
  });

  test.prop([sortKeys, fc.array(fc.constantFrom('upper', 'repeat', 'comma', 'spaces'), { minLength: 1, maxLength: 4 })])(
    'the fixes of mistaken lists lead back to the clean list',
    (keys, mistakes) => {
      const clean = printOrderBy(keys);
      let items = keys.map((k) => (k.direction === 'desc' ? `${k.name} desc` : k.name));
      for (const mistake of mistakes) {
        if (mistake === 'upper') items = items.map((item) => item.replace(/ desc$/, ' DESC'));
        if (mistake === 'repeat') items = [...items, items[0]!];
        if (mistake === 'comma') items = [...items, ''];
        if (mistake === 'spaces') items = items.map((item) => ` ${item}  `);
      }
      const given = items.join(',');
      // Fixes are applied until none is left, as `pcaq lint --fix` does (one round may make another sure).
      let fixed = given;
      for (let round = 0; round < 4; round++) fixed = applyFixes(fixed, lintQuery({ orderby: fixed }, { schema: AZURE }));
      const again = checkQuery({ orderby: fixed }, { schema: AZURE });
      expect(again.diagnostics).toEqual([]);
      expect(withoutSpans(again.checked?.orderby)).toEqual(withoutSpans(parseOrderBy(clean, AZURE).items));
    },
  );

  test.prop([sortKeys, fc.constantFrom('day', 'week', 'month'), fc.nat({ max: 500 })])(
    'a checked query sent as a URL checks back to the same orderby and aggregationLevel',
    (keys, level, skip) => {
      const first = checkQuery({ orderby: printOrderBy(keys), aggregationLevel: level, groupby: 'usageDate', skip }, { schema: AZURE }).checked!;
      const decoded = decodeQuery(encodeQuery(requestOf(first)));
      expect(decoded.diagnostics).toEqual([]);
      const second = checkQuery(decoded.query, { schema: AZURE }).checked!;
      expect(withoutSpans(second.orderby)).toEqual(withoutSpans(first.orderby));
      expect(second.aggregationLevel).toBe(level);
    },
  );
});

describe('defensive about JavaScript callers', () => {
  it('reads any value of the new parameters as text, never throwing', () => {
    for (const value of [5, true, {}, [], ['usageDate', 'desc'], Symbol('x'), 10n]) {
      expect(() => lintQuery({ orderby: value, aggregationLevel: value } as never, { schema: AZURE })).not.toThrow();
      expect(() => checkQuery({ orderby: value, aggregationLevel: value } as never, { schema: AZURE })).not.toThrow();
    }
  });

  it('treats null parameters as absent', () => {
    expect(lintQuery({ orderby: null, aggregationLevel: null } as never)).toEqual([]);
  });
});
