import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '@pcaq/core';
import { scanText } from '@pcaq/scan';

// Whatever a file holds (unpaired quotes, half escapes, lone surrogates, huge lines), the
// scanner returns diagnostics inside the file with consistent positions, and never throws.

const EXTENSIONS = ['py', 'ts', 'json', 'ps1', 'pq', 'cs', 'sql', 'sh', 'http', 'rest', 'md', 'txt', 'yaml', ''];
const PIECES = [
  '"', "'", '`', '"""', "'''", '@"', '$"', "@'", '"@', "'@", '\\', '`"', '""', "''", '#(lf)', '#(', '${', '{', '}', '$x', '$(', '+', '&',
  '\n', '\r\n', '//', '/*', '*/', '#', '<#', '#>', '--', '```python\n', '```\n', 'GET ', ' HTTP/1.1', 'filter=', '"filter": ', 'filter: ',
  '-Filter ', 'groupby=', '?filter=', '&top=', '/v1/analytics/commercial/usage/license/', '/partner/v1/analytics/commercial/usage/license?',
  "channel eq 'x'", 'WorkloadCode EQ "SFB"', '%', '%2', '%27', '%FF', '%C3', '\uD800', '\uDC00', '😀', 'é', ' ', '\t', '(', ')', '<', '>',
];
const content = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('scanText on any text', () => {
  test.prop([content, fc.constantFrom(...EXTENSIONS)], { numRuns: 1500 })('returns positioned diagnostics inside the file and never throws', (text, extension) => {
    const found = scanText(text, extension ? `file.${extension}` : 'Makefile');
    for (const d of found) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
      expect(d.span.end).toBeLessThanOrEqual(text.length);
      expect({ line: d.line, column: d.column }).toEqual(lineColumnAt(text, d.span.start));
      expect({ line: d.endLine, column: d.endColumn }).toEqual(lineColumnAt(text, d.span.end));
      for (const fix of d.fixes ?? []) for (const edit of fix.edits) expect(edit.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('reads a long file of many queries and unterminated literals to the end', () => {
    const line = `q = {"filter": "WorkloadCode eq 'SFB'"}  # it's\nu = "/v1/analytics/commercial/usage/license/?filter=channel%20EQ%20%27x%27\n`;
    const text = line.repeat(2_000);
    const found = scanText(text, 'big.py');
    expect(found.filter((d) => d.code === 'PCAQ0201')).toHaveLength(2_000);
    expect(found.filter((d) => d.code === 'PCAQ0105')).toHaveLength(0); // the URL literal never closes on its line
    expect(found.at(-1)?.line).toBe(3_999);
  });

  it('reads long Markdown and plain-text files with many URLs and fences to the end', () => {
    const fences = `${'```a\n'.repeat(20_000)}/v1/analytics/commercial/usage/license/?top=0\n`;
    expect(scanText(fences, 'many.md').map((d) => d.code)).toEqual(['PCAQ0401']);
    const urls = 'see /v1/analytics/commercial/usage/license/?top=0 and ?filter=chanel%20eq%20%27x%27&top=5\n'.repeat(5_000);
    const found = scanText(urls, 'many.txt');
    expect(found.filter((d) => d.code === 'PCAQ0401')).toHaveLength(5_000);
    expect(found.filter((d) => d.code === 'PCAQ0201')).toHaveLength(5_000);
  });

  it.each([
    ['py', '"a'],
    ['py', "f'{"],
    ['ts', "'a"],
    ['cs', '$"{'],
    ['cs', '"a'],
  ])('recovers at the end of a long line of unclosed %s literals (%s), as a compiler does', (extension, opener) => {
    const text = `x = ${opener.repeat(10_000)}\nq = {"filter": "WorkloadCode eq 'x'"}\n`;
    expect(scanText(text, `long.${extension}`).map((d) => `${d.line} ${d.code}`)).toEqual(['2 PCAQ0201']);
  });

  it.each([
    ['ts', '`${', `q = {"filter": "WorkloadCode eq 'x'"}`],
    ['ps1', '"$(', "$q = @{ filter = 'WorkloadCode eq ''x''' }"],
    ['cs', '$@"{', `q = {"filter": "WorkloadCode eq 'x'"}`],
  ])('reads other kinds of literal after %s literals that may span lines and never close (%s)', (extension, opener, query) => {
    // The unclosed kind is not read again up to the end of the text; the other kinds still are.
    const text = `x = ${opener.repeat(10_000)}\n${query}\n`;
    expect(scanText(text, `long.${extension}`).map((d) => `${d.line} ${d.code}`)).toEqual(['2 PCAQ0201']);
  });
});
