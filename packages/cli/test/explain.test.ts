import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '@pcaq/core';
import { diagnosticDocsModule } from '@pcaq/cli';
import { run } from './run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('pcaq explain', () => {
  it("prints the code's entry: title, message, severity, failing and fixed example, and the online page", async () => {
    const result = await run(['explain', 'PCAQ0104']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('## PCAQ0104: Double-quoted string');
    expect(lines[2]).toBe('Message: Strings are written in single quotes: {expected}.');
    expect(result.stdout).toContain('- Severity: error');
    expect(result.stdout).toContain('```filter fails\nworkloadCode eq "SFB"\n```');
    expect(result.stdout).toContain("```filter passes fixed\nworkloadCode eq 'SFB'\n```");
    expect(lines.at(-2)).toBe('Online: https://pcaq.github.io/pcaq/documents/diagnostics.html#pcaq0104');
  });

  it.each(['pcaq0104', '0104', '104', ' PCAQ0104 '])('reads %j as PCAQ0104', async (written) => {
    expect((await run(['explain', written])).stdout).toBe((await run(['explain', 'PCAQ0104'])).stdout);
  });

  it('explains every code', async () => {
    for (const code of DIAGNOSTIC_CODES) expect((await run(['explain', code])).stdout, code).toMatch(new RegExp(`^## ${code}: `));
  });

  it('is a usage error for an unknown code, with the nearest codes', async () => {
    const result = await run(['explain', 'PCAQ0199']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^pcaq: 'PCAQ0199' is not a pcaq diagnostic code\. Did you mean /);
  });

  it('works without the docs folder: the reference is generated into the CLI, and is up to date (run `pnpm generate` when this fails)', () => {
    const markdown = readFileSync(`${root}docs/diagnostics.md`, 'utf8');
    const generated = readFileSync(`${root}packages/cli/src/generated/diagnostic-docs.ts`, 'utf8');
    expect(generated).toBe(diagnosticDocsModule(markdown));
  });
});
