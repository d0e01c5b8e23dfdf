import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { endpointSchema, readFieldValue, rowShape } from '@pcaq/core';
import { run } from '../../packages/cli/test/run-cli.js';

// docs/endpoints.md, "Decisions" ("No date"): indirect resellers' "no date" is the first instant
// of the calendar; the page writes it `0001-01-01T00:00:00`, and exports write the same instant
// with a `Z`, an offset, fractional zeros or as a bare day. Every spelling is null, in every date
// column, in both engines; none is a date of year 1 that sorts first and shows as the sentinel.
const schema = endpointSchema('indirect-resellers')!;
const shape = rowShape(schema);
const dates = schema.fields.filter((f) => f.kind === 'datetime').map((f) => f.name);
const SPELLINGS = [
  '0001-01-01T00:00:00',
  '0001-01-01T00:00:00Z',
  '0001-01-01T00:00:00+00:00',
  '0001-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00.0000000',
  '0001-01-01T00:00:00.0000000Z',
  '0001-01-01T00:00:00.0000000+00:00',
  '0001-01-01',
];
const directory = mkdtempSync(join(tmpdir(), 'pcaq-edges-no-date-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('every spelling of the "no date" instant reads as null', () => {
  it.each(SPELLINGS)('%s in every date column of a row', (spelling) => {
    for (const name of dates) expect(readFieldValue(shape, name, spelling), name).toBeNull();
  });

  it('a real date of year 1 stays a date', () => {
    expect(readFieldValue(shape, dates[0]!, '0001-01-02T00:00:00')).toBe('0001-01-02T00:00:00');
  });

  it.each(['js', 'duckdb'])('--engine %s: no spelling matches lt, every one matches ne, each groups as null', async (engine) => {
    const header = ['id', ...dates, 'subscriptionCount'];
    const rows = SPELLINGS.map((spelling, i) => [String(i), ...dates.map(() => spelling), '1'].join(','));
    const path = join(directory, `${engine}.csv`);
    writeFileSync(path, [header.join(','), ...rows].join('\n') + '\n');
    for (const name of dates) {
      const lt = await run(['eval', path, '--endpoint', 'indirect-resellers', '--engine', engine, '--filter', `${name} lt cast('2000-01-01', Edm.DateTimeOffset)`, '--format', 'ndjson']);
      expect(lt.stdout, name).toBe('');
      const ne = await run(['eval', path, '--endpoint', 'indirect-resellers', '--engine', engine, '--filter', `${name} ne cast('2000-01-01', Edm.DateTimeOffset)`, '--format', 'ndjson']);
      expect(ne.stdout.trim().split('\n'), name).toHaveLength(SPELLINGS.length);
    }
    const grouped = await run(['eval', path, '--endpoint', 'indirect-resellers', '--engine', engine, '--groupby', dates.join(','), '--format', 'ndjson']);
    expect(grouped.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      { ...Object.fromEntries(dates.map((name) => [name, null])), subscriptionCount: SPELLINGS.length, licenseCount: 0, indirectResellerCount: 0 },
    ]);
  });
});
