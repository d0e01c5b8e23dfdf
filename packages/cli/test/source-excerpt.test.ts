import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, loadWideText } from '../src/display-width.js';
import { EXCERPT_COLUMNS, sourceExcerpt } from '../src/source-window.js';
import { run } from './run-cli.js';

// What the CLI loads before showing text that holds emoji or marks (runCli does it per command line).
beforeAll(loadWideText);

/** The columns a line takes on a terminal with tab stops every 8 columns. */
function columnsOf(text: string): number {
  let column = 0;
  for (const { segment } of new Intl.Segmenter().segment(text)) column = segment === '\t' ? (Math.floor(column / 8) + 1) * 8 : column + displayWidth(segment);
  return column;
}

describe('source excerpts: carets by display width', () => {
  it.each<[string, string, number, number, string]>([
    ['ASCII', 'workloadCode eq "SFB"', 16, 21, '                ^^^^^'],
    ['East Asian wide characters', "customerName eq '中文' or chanel eq 'x'", 24, 30, `${' '.repeat(26)}^^^^^^`],
    ['an emoji', "customerName eq '👍' or chanel eq 'x'", 24, 30, `${' '.repeat(24)}^^^^^^`],
    ['a wide span', "customerName eq 中文", 16, 18, `${' '.repeat(16)}^^^^`],
    ['a combining mark', "customerName eq 'e\u0301' or x", 25, 26, `${' '.repeat(24)}^`],
    ['a tab', "channel eq 'x'\tor x", 18, 19, `${' '.repeat(14)}\t   ^`],
    ['the end of the text', "channel eq", 10, 10, `${' '.repeat(10)}^`],
  ])('%s', (_title, text, start, end, underline) => {
    expect(sourceExcerpt(text, start, end).underline).toBe(underline);
  });

  it('clips a long line to a window around the span, with an ellipsis on each clipped side', () => {
    const text = `${'a'.repeat(50_000)} eq 'x' ${'b'.repeat(50_000)}`;
    const { line, underline } = sourceExcerpt(text, 50_001, 50_003);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(displayWidth(line)).toBeLessThanOrEqual(EXCERPT_COLUMNS + 2);
    expect(line.slice(underline.indexOf('^'), underline.lastIndexOf('^') + 1)).toBe('eq');
  });

  it('shows control characters as · so the terminal does not move its cursor', () => {
    expect(sourceExcerpt('a\u0007b\u001b[2Jc', 0, 1).line).toBe('a·b·[2Jc');
  });

  const unit = fc.constantFrom('a', ' ', '\t', '中', '👍', 'e\u0301', '\u0007', "'", '\n', '\r');
  test.prop([fc.string({ unit, maxLength: 400 }), fc.nat(), fc.nat()])(
    'the line fits the window and the first caret sits under the grapheme the span starts in',
    (text, a, b) => {
      const boundaries = [...new Intl.Segmenter().segment(text)].map((s) => s.index).concat(text.length);
      const start = a % (text.length + 1);
      const end = Math.min(text.length, start + (b % 50));
      const { line, underline } = sourceExcerpt(text, start, end);
      expect(line).not.toMatch(/[\r\n]/);
      expect(columnsOf(line.replace(/\t/g, '    '))).toBeLessThanOrEqual(EXCERPT_COLUMNS + 2);
      const caret = underline.indexOf('^');
      expect(caret).toBeGreaterThanOrEqual(0);
      expect(underline.slice(0, caret)).toMatch(/^[ \t]*$/);
      // The padding and the line up to that grapheme take the same columns, tabs included.
      const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
      const graphemeStart = Math.max(lineStart, ...boundaries.filter((i) => i <= start));
      const before = text.slice(lineStart, graphemeStart).replace(/[\u0000-\u0008\u000b-\u001f]/g, '·');
      if (!line.startsWith('…')) expect(columnsOf(underline.slice(0, caret))).toBe(columnsOf(before));
    },
  );
});

describe('text output stays small whatever the input', () => {
  it('32,768 ")" print a bounded report, counting every diagnostic; JSON lists them all', async () => {
    const filter = ')'.repeat(32_768);
    const text = await run(['lint', '--filter', filter]);
    expect(text.code).toBe(1);
    expect(text.stdout.length).toBeLessThan(10_000);
    const json = await run(['lint', '--filter', filter, '--format', 'json']);
    const { diagnostics } = JSON.parse(json.stdout) as { diagnostics: { source: string; code: string }[] };
    const inFilter = diagnostics.filter((d) => d.source === 'filter');
    expect(inFilter.filter((d) => d.code === 'PCAQ0111')).toHaveLength(32_768);
    expect(text.stdout).toContain(`\nfilter: ${(inFilter.length - 20).toLocaleString('en-US')} more diagnostics not shown (--format json lists them all)\n`);
    expect(text.stdout).toMatch(new RegExp(`^${diagnostics.length - 1} errors, 1 warning$`, 'm'));
  });

  it('a 30,000-character line prints as a window, not the whole line', async () => {
    const result = await run(['lint', '--filter', `channel eq '${'x'.repeat(30_000)}' and bogus eq 'y'`]);
    const lines = result.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
    expect(result.stdout).toMatch(/PCAQ0201/);
  });
});

describe('displayWidth', () => {
  const unit = fc.oneof(
    fc.constantFrom('a', ' ', '中', 'ｶ', '한', '\u1100\u1161', '👍', '👍🏽', '👨‍👩‍👧', '🇫🇷', 'e\u0301', '\u200b', '\u00ad', '\u0007', '€', 'ß', '☃', '☃\uFE0F', '1\uFE0F\u20E3'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  );
  test.prop([fc.array(unit, { maxLength: 20 }).map((parts) => parts.join(''))])('measures as string-width does', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it('measures a 100,000-character line of wide characters in linear time (the answer, not the clock, is checked)', () => {
    expect(displayWidth('中'.repeat(100_000))).toBe(200_000);
    expect(displayWidth(`${'中'.repeat(50_000)}👍`)).toBe(100_002);
  });
});

describe('string-width is loaded only for command lines that may show wide text', () => {
  // A fresh process, as a user runs it: runCli loads string-width because the filter is not ASCII.
  it.each(["customerName eq '👍🏽' and Channel eq 'x'", "customerName eq 'é' and Channel eq 'x'"])('%s: the caret is aligned by display width', (filter) => {
    const bin = fileURLToPath(new URL('../bin/pcaq.js', import.meta.url));
    const out = spawnSync(process.execPath, [bin, 'lint', '--no-color', '--filter', filter], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const source = lines.findIndex((line) => line.includes('Channel eq'));
    expect(lines[source + 1]).toBe(`${' '.repeat(2 + displayWidth(filter.slice(0, filter.indexOf('Channel'))))}^^^^^^^`);
  });
});
