import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { canonicalParameter, decodeQuery } from '@pcaq/printer';
import { createDiagnostic } from '@pcaq/core';
import { fixUrl, type UrlDiagnosis } from '../src/url-fix.js';
import { parseFilter, parseGroupBy } from '@pcaq/linter';
import { run } from './run-cli.js';

describe('--fix on a URL keeps every parameter the user wrote', () => {
  it('applies fixes, never suggestions: misspelt and unknown parameters stay', async () => {
    const result = await run(['lint', '--url', "?fitler=channel+eq+%27x%27&top=5&api-version=2", '--fix']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("?fitler=channel+eq+%27x%27&top=5&api-version=2\n");
    expect(result.stderr).toMatch(/PCAQ0404/);
  });

  it('fixes names and values in place, keeps the base and the rest as written', async () => {
    const url = "https://example.com/usage?$filter=WorkloadCode%20EQ%20%22SFB%22&api-version=2&groupBy=channel#x";
    const result = await run(['lint', '--url', url, '--fix']);
    expect(result.stdout).toBe("https://example.com/usage?filter=workloadCode%20eq%20%27SFB%27&api-version=2&groupby=channel#x\n");
  });

  it('leaves a value with a bad escape as written (never %25FF)', async () => {
    const result = await run(['lint', '--url', '?filter=channel%20EQ%20%27%FF%27&top=5', '--fix']);
    expect(result.stdout).toBe('?filter=channel%20EQ%20%27%FF%27&top=5\n');
    expect(result.code).toBe(1);
  });

  it('keeps a repeated parameter (an error that stays)', async () => {
    const result = await run(['lint', '--url', '?top=5&top=6', '--fix']);
    expect(result).toMatchObject({ code: 1, stdout: '?top=5&top=6\n' });
  });

  it('--batch --fix and --fix report the same remaining diagnostics', async () => {
    const filter = "WorkloadCode EQ 'SFB' and chanel eq 'x'";
    const plain = await run(['lint', '--filter', filter, '--fix', '--format', 'json']);
    const batch = await run(['lint', '--batch', '-', '--fix', '--format', 'json'], { stdin: `${filter}\n` });
    const single = JSON.parse(plain.stdout) as { fixed: { filter: string }; diagnostics: unknown[] };
    const line = JSON.parse(batch.stdout) as { fixed: string; diagnostics: unknown[] };
    expect(line.fixed).toBe(single.fixed.filter);
    expect(line.diagnostics).toEqual(single.diagnostics);
    expect(plain.code).toBe(batch.code);
  });
});

describe('fixUrl never loses a parameter, whoever proposes the fix', () => {
  const linter: UrlDiagnosis = {
    url: (url) => decodeQuery(url).diagnostics,
    filter: (text) => parseFilter(text).diagnostics,
    groupby: (text) => parseGroupBy(text).diagnostics,
  };

  it('refuses a URL "fix" that deletes a parameter', () => {
    const url = '?fitler=a&top=5';
    const wrong: UrlDiagnosis = {
      ...linter,
      url: (text) => [
        ...linter.url(text),
        { ...createDiagnostic(text, { code: 'PCAQ0404', span: { start: 1, end: 10 }, args: { name: 'fitler', hint: '' } }), fixes: [{ message: 'Delete it', edits: [{ span: { start: 1, end: 11 }, text: '' }] }] },
      ],
    };
    expect(fixUrl(url, wrong)).toBe(url);
  });

  it('refuses a "fix" that renames an unknown parameter into a known one (a suggestion at most)', () => {
    const url = '?fitler=a&top=5';
    const wrong: UrlDiagnosis = {
      ...linter,
      url: (text) => linter.url(text).map((d) => ({ ...d, fixes: d.suggestions ?? [] })),
    };
    expect(fixUrl(url, wrong)).toBe(url);
  });

  const name = fc.constantFrom('filter', '$filter', 'Filter', 'groupBy', 'top', 'skip', 'processedDateTime', 'fitler', 'api-version', 'x', '');
  const value = fc.oneof(
    fc.constantFrom("channel%20EQ%20%22x%22", 'WorkloadCode', '%FF', 'a+b', '', '5', 'channel,,channel', "channel eq 'x'"),
    fc.string({ unit: fc.constantFrom('a', '%', '2', '7', '&', '=', '+', ' ', "'", 'é', '\u{1F600}') }),
  );
  const parameter = fc.tuple(name, fc.option(value)).map(([n, v]) => (v === null ? n : `${n}=${v}`));

  test.prop([fc.array(parameter, { maxLength: 6 }), fc.constantFrom('?', 'https://h/p?', '')])(
    'the fixed URL has the same parameters, in order, each standing for the same parameter',
    (parameters, head) => {
      const url = head + parameters.join('&');
      const before = decodeQuery(url).parameters;
      const after = decodeQuery(fixUrl(url)).parameters;
      expect(after.map((p) => canonicalParameter(p.name))).toEqual(before.map((p) => canonicalParameter(p.name)));
      for (const [i, p] of before.entries()) {
        if (p.parameter !== 'filter' && p.parameter !== 'groupby') expect(after[i]!.value).toBe(p.value);
      }
    },
  );
});
