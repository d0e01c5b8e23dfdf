import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyFixes, endpointSchema, parseDateTime } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { decodeQuery } from '@pcaq/printer';
import { run } from '../../packages/cli/test/run-cli.js';

// docs/language.md, "Dates": in a URL `+` is a space, so a date-time offset written `+05:30`
// arrives as ` 05:30`. That is PCAQ0209 with a fix that puts the `+` back (and `%2B` in a URL).
const schema = endpointSchema('subscriptions')!;
const pad = (n: number): string => String(n).padStart(2, '0');

describe('an offset whose + became a space', () => {
  it('is PCAQ0209 at the literal, with a fix to the + offset', () => {
    const filter = "creationDate ge cast('2024-01-01T00:00:00 05:30', Edm.DateTimeOffset)";
    const { diagnostics } = parseFilter(filter, { schema });
    expect(diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual([['PCAQ0209', 16, filter.length]]);
    expect(applyFixes(filter, diagnostics)).toBe("creationDate ge cast('2024-01-01T00:00:00+05:30', Edm.DateTimeOffset)");
  });

  it('lint --url --fix writes it back as %2B, and the fixed URL lints clean', async () => {
    const url = "/partner/v1/analytics/subscriptions?filter=creationDate ge cast('2024-01-01T00:00:00+05:30',Edm.DateTimeOffset)";
    const fixed = await run(['lint', '--url', url, '--fix']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('2024-01-01T00%3A00%3A00%2B05%3A30');
    expect((await run(['lint', '--url', fixed.stdout.trim()])).code).toBe(0);
    expect(decodeQuery(fixed.stdout.trim()).query.filter).toBe("creationDate ge cast('2024-01-01T00:00:00+05:30',Edm.DateTimeOffset)");
  });

  it('no other text on a date field gets a fix', () => {
    for (const value of ['2018-02-30', '2024-01-01 05:30', '2024-01-01T00:00:00  05:30', '2024-01-01T00:00:00 25:00', 'soon']) {
      const { diagnostics } = parseFilter(`creationDate ge '${value}'`, { schema });
      expect(diagnostics.find((d) => d.code === 'PCAQ0209')?.fixes ?? [], value).toEqual([]);
    }
  });

  test.prop([
    fc.date({ min: new Date('0002-01-01T00:00:00Z'), max: new Date('9998-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('cast', 'quoted'),
  ])('the fix gives a filter that lints clean and names the instant the + offset names', (date, hours, minutes, form) => {
    const offset = `${pad(hours)}:${hours === 14 ? '00' : pad(minutes)}`;
    const time = date.toISOString().slice(0, 19);
    const value = `${time} ${offset}`;
    const filter = form === 'cast' ? `creationDate ge cast('${value}', Edm.DateTimeOffset)` : `creationDate ge '${value}'`;
    let fixed = filter;
    for (let round = 0; round < 3; round++) fixed = applyFixes(fixed, parseFilter(fixed, { schema }).diagnostics);
    const { ast, diagnostics } = parseFilter(fixed, { schema });
    expect(diagnostics).toEqual([]);
    expect(ast?.type === 'Comparison' && ast.value.type !== 'BooleanLiteral' ? parseDateTime(ast.value.value) : undefined).toBe(parseDateTime(`${time}+${offset}`));
  });
});
