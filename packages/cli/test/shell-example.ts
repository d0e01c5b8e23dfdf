import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { run, type CliRun } from './run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/eval/${name}`, import.meta.url));

/** Splits a shell line into words: single quotes literal, double quotes with `\` escapes. */
export function words(line: string): string[] {
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
export async function runExample(line: string): Promise<CliRun> {
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

let home = '';
let dir = '';

/** Makes a directory holding the files the examples name (usage.json, usage.csv, rows.ndjson, filters.txt, filter.txt, subscriptions.json) and enters it. */
export function enterExampleDirectory(): void {
  home = process.cwd();
  dir = mkdtempSync(join(tmpdir(), 'pcaq-examples-'));
  copyFileSync(fixture('usage.json'), join(dir, 'usage.json'));
  copyFileSync(fixture('usage.csv'), join(dir, 'usage.csv'));
  copyFileSync(fixture('usage.ndjson'), join(dir, 'rows.ndjson'));
  writeFileSync(join(dir, 'filters.txt'), "workloadCode eq 'SFB'\n\nchannel eq 'Reseller' or productName eq 'E3'\n");
  writeFileSync(join(dir, 'filter.txt'), "channel eq 'Reseller'\n");
  // The committed example of a second endpoint, where the README names it and where --help does.
  const subscriptions = fileURLToPath(new URL('../../../examples/subscriptions.json', import.meta.url));
  mkdirSync(join(dir, 'examples'));
  copyFileSync(subscriptions, join(dir, 'examples', 'subscriptions.json'));
  copyFileSync(subscriptions, join(dir, 'subscriptions.json'));
  process.chdir(dir);
}

/** Leaves and removes the directory of {@link enterExampleDirectory}. */
export function leaveExampleDirectory(): void {
  process.chdir(home);
  rmSync(dir, { recursive: true, force: true });
}
