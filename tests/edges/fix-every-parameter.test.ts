import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { endpointSchema, type EndpointId, type Schema } from '@pcaq/core';
import { checkQuery, lintQuery } from '@pcaq/linter';
import { decodeQuery } from '@pcaq/printer';
import { run } from '../../packages/cli/test/run-cli.js';

// docs/cli.md, "--fix": every fix of every parameter is applied, orderby's and aggregationLevel's
// as the filter's, whether the parameter comes in --url or as its own option; the fixed query
// lints clean and means what the user meant.
const AZURE = '/partner/v1/analytics/usage/azure';

describe('lint --fix applies the fixes of orderby and aggregationLevel', () => {
  it('in a --url, keeping every other parameter', async () => {
    const result = await run(['lint', '--url', `${AZURE}?groupby=usageDate&aggregationLevel=WEEK&orderby=usageDate%20DESC,usageDate&api-version=2`, '--fix']);
    expect(result.stdout).toBe(`${AZURE}?groupby=usageDate&aggregationLevel=week&orderby=usageDate%20desc&api-version=2\n`);
    expect(result.code).toBe(0);
  });

  it('given as --orderby and --aggregation-level', async () => {
    const result = await run(['lint', '--endpoint', 'azure-usage', '--groupby', 'usageDate', '--aggregation-level', 'Month', '--orderby', 'UsageDate ASC', '--fix']);
    expect(result.stdout).toBe('groupby: usageDate\norderby: usageDate asc\naggregationLevel: month\n');
    expect(result.code).toBe(0);
  });
});

/** Endpoints that take orderby, with their orderable fields. */
const ORDERED: readonly EndpointId[] = ['azure-usage', 'indirect-resellers'];

const caseOf = (word: string) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

const orderedRequest = fc.constantFrom(...ORDERED).chain((id) => {
  const schema: Schema = endpointSchema(id)!;
  const orderable = schema.fields.filter((f) => f.orderable).map((f) => f.name);
  const dates = schema.fields.filter((f) => f.groupable && f.kind === 'datetime').map((f) => f.name);
  const key = fc.tuple(fc.constantFrom(...orderable), fc.option(fc.constantFrom('asc', 'desc').chain(caseOf), { nil: undefined }));
  return fc.record({
    id: fc.constant(id),
    keys: fc.array(key, { minLength: 1, maxLength: 4 }),
    level: fc.constantFrom('day', 'week', 'month').chain(caseOf),
    date: fc.constantFrom(...dates),
  });
});

describe('the fixed URL lints clean and keeps the meaning', () => {
  test.prop([orderedRequest], { numRuns: 60 })('orderby in any case, repeated keys, aggregationLevel in any case', async ({ id, keys, level, date }) => {
    const orderby = keys.map(([name, direction]) => (direction === undefined ? name : `${name} ${direction}`)).join(',');
    const url = `${endpointSchema(id)!.endpoint.paths[0]}?groupby=${date}&orderby=${encodeURIComponent(orderby)}&aggregationLevel=${level}`;
    const fixed = await run(['lint', '--url', url, '--fix']);
    expect(fixed.code, fixed.stderr).toBe(0);
    const query = decodeQuery(fixed.stdout.trim()).query;
    const schema = endpointSchema(id)!;
    expect(lintQuery(query, { schema })).toEqual([]);
    // The meaning: each field's first key, its direction as written in lower case, and the level in lower case.
    const meant = new Map<string, string>();
    for (const [name, direction] of keys) if (!meant.has(name)) meant.set(name, direction?.toLowerCase() ?? 'asc');
    const checked = checkQuery(query, { schema }).checked!;
    expect(checked.orderby?.map((k) => [k.name, k.direction])).toEqual([...meant]);
    expect(checked.aggregationLevel).toBe(level.toLowerCase());
  });
});
