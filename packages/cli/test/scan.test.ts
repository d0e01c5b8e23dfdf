import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const REPO = 'packages/scan/test/fixtures/repo';
/** The SARIF log with the machine's own folder replaced, so the golden file is the same everywhere. */
const portable = (sarif: string) => sarif.split(pathToFileURL(`${process.cwd()}/`).href).join('file:///CWD/');

describe('pcaq scan', () => {
  it('prints every problem of the fixture repository at its file, line and column (golden)', async () => {
    const result = await run(['scan', REPO]);
    expect(result.code).toBe(1);
    await expect(`$ pcaq scan ${REPO}\nexit ${result.code}\n${result.stdout}${result.stderr}`).toMatchFileSnapshot('golden/scan-repo.txt');
  });

  it('writes a SARIF log with -o (golden)', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'pcaq-scan-')), 'pcaq.sarif');
    const result = await run(['scan', '--format', 'sarif', '-o', output, REPO]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    await expect(portable(readFileSync(output, 'utf8'))).toMatchFileSnapshot('golden/scan-repo.sarif');
  });

  it('gives the same fingerprints on every run', async () => {
    const fingerprints = async () =>
      (JSON.parse((await run(['scan', '--format', 'sarif', REPO])).stdout) as SarifLog).runs[0]!.results.map((r) => r.partialFingerprints);
    const first = await fingerprints();
    expect(new Set(first.map((f) => JSON.stringify(f))).size).toBe(first.length);
    expect(await fingerprints()).toEqual(first);
  });

  it('prints JSON with file positions and the documentation link', async () => {
    const result = await run(['scan', '--format', 'json', `${REPO}/python`]);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    expect(diagnostics[0]).toMatchObject({
      file: `${REPO}/python/usage_report.py`,
      code: 'PCAQ0104',
      line: 9,
      column: 42,
      endLine: 9,
      endColumn: 49,
      docUrl: 'https://pcaq.github.io/pcaq/documents/diagnostics.html#pcaq0104',
    });
  });

  it('exits 0 on a clean file and when only warnings are found', async () => {
    expect(await run(['scan', `${REPO}/python/clean.py`])).toMatchObject({ code: 0, stderr: '' });
    const warnings = await run(['scan', `${REPO}/csharp/UsageClient.cs`, `${REPO}/python/clean.py`, '--format', 'json']);
    expect(warnings.code).toBe(1); // UsageClient.cs has errors too
    const onlyWarning = await run(['scan', `${REPO}/powerquery/LicenseUsage.pq`]);
    expect(onlyWarning.code).toBe(1);
  });

  it('is a usage error (exit 2) for a path that does not exist or an unknown format', async () => {
    expect(await run(['scan', 'no/such/path'])).toMatchObject({ code: 2, stdout: '' });
    expect((await run(['scan', '--format', 'xml', REPO])).code).toBe(2);
  });
});

describe('pcaq scan --format github', () => {
  it('writes workflow commands escaped as the Actions toolkit does, and says how many GitHub will not show', async () => {
    const result = await run(['scan', '--format', 'github', REPO]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `::error file=${REPO}/config/queries.json,line=3,col=76,endLine=3,endColumn=88,title=PCAQ0201::Unknown field 'workloadcode'. Did you mean 'workloadCode'?`,
    );
    const errors = lines.filter((l) => l.startsWith('::error ')).length;
    const warnings = lines.filter((l) => l.startsWith('::warning ')).length;
    expect(errors).toBeGreaterThan(10);
    const summary = lines.find((l) => l.startsWith('pcaq: GitHub shows 10'));
    expect(summary).toBe(
      `pcaq: GitHub shows 10 annotations of each kind per step; ${errors - 10} errors and ${Math.max(0, warnings - 10)} warnings were not shown. The full list (${errors + warnings}) follows:`,
    );
    expect(lines.slice(lines.indexOf(summary!) + 1)).toHaveLength(errors + warnings);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', async () => {
    const { githubAnnotations } = await import('@pcaq/cli');
    const diagnostic = { code: 'PCAQ0102', severity: 'error', message: "a%b\r\nc", span: { start: 0, end: 1 }, line: 1, column: 1 } as const;
    expect(githubAnnotations([{ diagnostic, file: 'a:b,c.py', end: { line: 1, column: 2 } }])).toBe(
      '::error file=a%3Ab%2Cc.py,line=1,col=1,endLine=1,endColumn=2,title=PCAQ0102::a%25b%0D%0Ac\n',
    );
  });
});

describe('pcaq lint --format sarif|github', () => {
  it('carries the linted text inside the SARIF log', async () => {
    const result = await run(['lint', '--format', 'sarif', '--filter', 'workloadCode eq "SFB"']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(log.runs[0]!.artifacts).toEqual([{ description: { text: 'the filter parameter' }, contents: { text: 'workloadCode eq "SFB"' }, length: 21 }]);
    expect(log.runs[0]!.results[0]).toMatchObject({ ruleId: 'PCAQ0104', locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startColumn: 17, endColumn: 22 } } }] });
  });

  it('prints annotations without a file', async () => {
    const result = await run(['lint', '--format', 'github', '--filter', 'workloadCode eq "SFB"']);
    expect(result.stdout).toBe("::error line=1,col=17,endLine=1,endColumn=22,title=PCAQ0104::Strings are written in single quotes: 'SFB'.\n");
  });

  it('refuses --fix with those formats', async () => {
    expect((await run(['lint', '--format', 'sarif', '--fix', '--filter', 'a eq "b"'])).code).toBe(2);
  });
});

interface SarifLog {
  runs: { artifacts: unknown[]; results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
}
