import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterExampleDirectory, leaveExampleDirectory, runExample } from './shell-example.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface DocExample {
  readonly command: string;
  /** The first line of output, when the next line of the block shows it as `# output`. */
  readonly output: string | undefined;
}

/** The `pcaq` lines of the sh blocks of `markdown` (between `from` and `to` when given). */
function examplesIn(markdown: string, from?: string, to?: string): DocExample[] {
  const start = from === undefined ? 0 : markdown.indexOf(from);
  const end = to === undefined ? markdown.length : markdown.indexOf(to, start);
  const blocks = markdown.slice(start, end).match(/```sh\n[^]*?```/g) ?? [];
  const examples: DocExample[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').slice(1, -1);
    lines.forEach((line, i) => {
      if (!/^(pcaq |echo .*\| pcaq )/.test(line)) return;
      const next = lines[i + 1];
      const output = next?.startsWith('# ') ? next.slice(2).split(/ {3,}\(/)[0]!.trim() : undefined;
      examples.push({ command: line.replace(/ {2,}#.*$/, ''), output });
    });
  }
  return examples;
}

const documents: [string, DocExample[]][] = [
  ['README.md', examplesIn(readFileSync(`${root}README.md`, 'utf8'), '## The command line', '## The library API')],
  ['packages/cli/README.md', examplesIn(readFileSync(`${root}packages/cli/README.md`, 'utf8'))],
  ['docs/cli.md', examplesIn(readFileSync(`${root}docs/cli.md`, 'utf8'))],
];

beforeAll(enterExampleDirectory);
afterAll(leaveExampleDirectory);

describe('the command-line examples of the docs run as shown', () => {
  it.each(documents)('%s', async (_name, examples) => {
    expect(examples.length).toBeGreaterThan(2);
    for (const example of examples) {
      const result = await runExample(example.command);
      expect({ example: example.command, code: result.code === 2, bug: /unexpected error/.test(result.stderr) }).toEqual({ example: example.command, code: false, bug: false });
      if (example.output !== undefined) expect({ example: example.command, output: result.stdout.split('\n')[0] }).toEqual({ example: example.command, output: example.output });
    }
  });
});
