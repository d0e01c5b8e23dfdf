import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const COMMANDS = ['lint', 'fmt', 'url', 'eval', 'sql'] as const;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/eval/${name}`, import.meta.url));

interface Example {
  readonly command: string;
  readonly expected: string[];
}

/** The `$ pcaq ...` lines of a help text, each with the lines printed under it (its expected output). */
function examplesOf(help: string): Example[] {
  const examples: Example[] = [];
  for (const line of help.split('\n')) {
    const command = /^\s+\$ (.*)$/.exec(line)?.[1];
    if (command !== undefined) examples.push({ command, expected: [] });
    else if (/^\s{2,}\S/.test(line) && examples.length > 0 && !/^\s{2,}-/.test(line)) examples[examples.length - 1]!.expected.push(line.trim());
    else if (line.trim() === '' || !/^\s/.test(line)) examples.push({ command: '', expected: [] });
  }
  return examples.filter((e) => e.command !== '');
}

/** Splits a shell line into words: single quotes literal, double quotes with `\` escapes. */
function words(line: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ') {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word ??= '';
      for (i++; line[i] !== '"'; i++) word += line[i] === '\\' ? line[++i] : line[i];
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) out.push(word);
  return out;
}

/** Runs one example line as a shell would: `echo TEXT | pcaq ...`, `< FILE`, `> FILE` (relative to the working directory). */
async function runExample(line: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdin: string | undefined;
  let tokens = words(line);
  const pipe = tokens.indexOf('|');
  if (pipe !== -1) {
    expect(tokens[0]).toBe('echo');
    stdin = tokens.slice(1, pipe).join(' ') + '\n';
    tokens = tokens.slice(pipe + 1);
  }
  let redirect: string | undefined;
  const argv: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i] === '<') stdin = readFileSync(tokens[++i]!, 'utf8');
    else if (tokens[i] === '>') redirect = tokens[++i];
    else argv.push(tokens[i]!);
  }
  expect(tokens[0]).toBe('pcaq');
  const result = await run(argv, stdin === undefined ? {} : { stdin });
  if (redirect !== undefined) writeFileSync(redirect, result.stdout);
  return result;
}

let dir: string;
let home: string;
beforeAll(() => {
  home = process.cwd();
  dir = mkdtempSync(join(tmpdir(), 'pcaq-help-'));
  copyFileSync(fixture('usage.json'), join(dir, 'usage.json'));
  copyFileSync(fixture('usage.csv'), join(dir, 'usage.csv'));
  copyFileSync(fixture('usage.ndjson'), join(dir, 'rows.ndjson'));
  writeFileSync(join(dir, 'filters.txt'), "workloadCode eq 'SFB'\n\nchannel eq 'Reseller' or productName eq 'E3'\n");
  writeFileSync(join(dir, 'filter.txt'), "channel eq 'Reseller'\n");
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(home);
  rmSync(dir, { recursive: true, force: true });
});

describe('every --help example runs as shown', () => {
  it.each(COMMANDS)('pcaq %s --help has examples', async (name) => {
    const help = await run([name, '--help']);
    expect(help.code).toBe(0);
    expect(examplesOf(help.stdout).length).toBeGreaterThan(1);
  });

  const cases = COMMANDS.flatMap((name) => [[name] as const]);
  it.each(cases)('pcaq %s: each example exits 0 and prints what the help shows under it', async (name) => {
    const help = await run([name, '--help']);
    for (const example of examplesOf(help.stdout)) {
      const result = await runExample(example.command);
      expect({ example: example.command, code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
      if (example.expected.length > 0) expect(result.stdout.trimEnd().split('\n')).toEqual(example.expected);
      for (const written of example.command.match(/(?<=-o )\S+|(?<=> )\S+/g) ?? []) expect(existsSync(written)).toBe(true);
    }
  });
});
