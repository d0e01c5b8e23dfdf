import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { CsvSplitter, JsonSplitter } from '@pcaq/readers';
import { LineCounter, positionAfter } from '../src/text-position.js';

/** The reference: split the whole text at LF and count. */
function naive(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const piece = fc.oneof(fc.constantFrom('\n', '\r\n', '\r', 'a', 'é', '😀', '\t', ' '), fc.string({ maxLength: 8 }));
const text = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));

describe('the one line and column counter of the readers', () => {
  it.prop([text, fc.nat(), fc.nat()], { numRuns: 300 })('positionAfter from any known position equals a count from the start', (input, a, b) => {
    const from = a % (input.length + 1);
    const to = from + (b % (input.length - from + 1));
    expect(positionAfter(input, from, to, naive(input, from))).toEqual(naive(input, to));
  });

  it.prop([text, fc.array(fc.nat(), { maxLength: 12 })], { numRuns: 300 })(
    'LineCounter over text kept only from a moving start answers as a count over the whole text',
    (input, seeds) => {
      const offsets = [...seeds.map((seed) => seed % (input.length + 1))].sort((x, y) => x - y);
      const counter = new LineCounter();
      for (const [i, offset] of offsets.entries()) {
        // Keep the text from the previous offset on, as a splitter that drops what it read.
        const base = i === 0 ? 0 : offsets[i - 1]!;
        expect(counter.locate(input.slice(base), base, offset)).toEqual(naive(input, offset));
      }
    },
  );

  it.prop([fc.array(fc.array(fc.string({ maxLength: 6 }).map((s) => s.replaceAll('"', '').replaceAll('\n', '')), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 20 }), fc.nat(), fc.boolean()], { numRuns: 200 })(
    'a JSON row and a CSV record start where a count over the whole text says, however the chunks are cut, also past 64 KiB',
    (cells, cutSeed, long) => {
      const padding = long ? ' '.repeat(70_000) : '';
      const json = `[\n${cells.map((row) => `${padding}{"a": ${JSON.stringify(row[0])},\n "b": ${JSON.stringify(row[1])}}`).join(',\n')}\n]`;
      const cut = cutSeed % (json.length + 1);
      const splitter = new JsonSplitter();
      const elements = [...splitter.feed(json.slice(0, cut)), ...splitter.feed(json.slice(cut))];
      let from = 0;
      for (const element of elements) {
        const at = json.indexOf(element.text, from);
        expect({ line: element.line, column: element.column }).toEqual(naive(json, at));
        from = at + element.text.length;
      }

      const csv = `a,b\n${cells.map((row) => `"${row[0]}\n${row[0]}",${row[1]}`).join('\n')}\n`;
      const starts: number[] = [];
      const csvSplitter = new CsvSplitter({ record: (_, line) => starts.push(line), syntaxError: () => expect.fail('no syntax error expected') });
      const csvCut = cutSeed % (csv.length + 1);
      csvSplitter.feed(csv.slice(0, csvCut));
      csvSplitter.feed(csv.slice(csvCut));
      csvSplitter.end();
      expect(starts).toEqual([1, ...cells.map((_, i) => 2 + 2 * i)]);
    },
  );
});
