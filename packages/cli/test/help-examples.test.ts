import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';
import { enterExampleDirectory, leaveExampleDirectory, runExample } from './shell-example.js';

const COMMANDS = ['lint', 'fmt', 'url', 'eval', 'sql', 'endpoints'] as const;

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

beforeAll(enterExampleDirectory);
afterAll(leaveExampleDirectory);

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
