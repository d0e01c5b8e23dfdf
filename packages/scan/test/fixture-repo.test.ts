import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '@pcaq/core';
import { scanPaths } from '@pcaq/scan';

// The fixture repository has a file per language (docs/scan.md); its golden listing shows, for
// each diagnostic, the file text under the span, so a wrong position shows as wrong text.
const repo = fileURLToPath(new URL('./fixtures/repo/', import.meta.url));

describe('scanning the fixture repository', async () => {
  const result = await scanPaths(['.'], repo);

  it('lists every diagnostic with the file text under its span (golden)', async () => {
    const lines = result.diagnostics.map((d) => {
      const text = readFileSync(`${repo}${d.file}`, 'utf8');
      return `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))}`;
    });
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('golden/repo.txt');
  });

  it('finds queries in every language of the fixture', () => {
    const files = new Set(result.diagnostics.map((d) => d.file));
    for (const file of [
      'python/usage_report.py',
      'powershell/Get-LicenseUsage.ps1',
      'powerquery/LicenseUsage.pq',
      'typescript/usage-client.ts',
      'csharp/UsageClient.cs',
      'requests/license-usage.http',
      'requests/license-usage.rest',
      'docs/queries.md',
      'config/queries.json',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files).not.toContain('python/clean.py');
  });

  it('honours .gitignore and skips binary files', () => {
    expect(result.files).toContain('python/clean.py');
    expect(result.files).not.toContain('ignored/experiment.py');
    expect(result.files).not.toContain('python/scratch.local.py');
    expect(result.binary).toEqual(['assets/diagram.png']);
    expect(result.unreadable).toEqual([]);
  });

  it('reports each run-time concatenation as PCAQ0601', () => {
    expect(result.diagnostics.filter((d) => d.code === 'PCAQ0601').map((d) => d.file)).toEqual([
      'csharp/UsageClient.cs',
      'powerquery/LicenseUsage.pq',
      'powershell/Get-LicenseUsage.ps1',
      'python/usage_report.py',
      'typescript/usage-client.ts',
    ]);
  });

  it('gives lines and columns that agree with the spans', () => {
    for (const d of result.diagnostics) {
      const text = readFileSync(`${repo}${d.file}`, 'utf8');
      expect(lineColumnAt(text, d.span.start)).toEqual({ line: d.line, column: d.column });
      expect(lineColumnAt(text, d.span.end)).toEqual({ line: d.endLine, column: d.endColumn });
    }
  });

  it('scans a file named on the command line even when it is ignored', async () => {
    const named = await scanPaths(['ignored/experiment.py'], repo);
    expect(named.diagnostics.map((d) => d.code)).toEqual(['PCAQ0201', 'PCAQ0105', 'PCAQ0104']);
  });

  it('reports a path that does not exist as unreadable', async () => {
    expect((await scanPaths(['no/such/dir'], repo)).unreadable).toEqual([{ path: 'no/such/dir', reason: 'no such file or directory' }]);
  });
});
