import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { CsvSplitter, MAX_RECORD_CHARS, type TextPosition } from '@pcaq/readers';
import { readText } from './read-bytes.js';

interface Split {
  readonly records: [number, string[]][];
  readonly errors: [TextPosition, string][];
}

function split(text: string, cuts: readonly number[] = []): Split {
  const records: [number, string[]][] = [];
  const errors: [TextPosition, string][] = [];
  const splitter = new CsvSplitter({ record: (cells, line) => records.push([line, cells]), syntaxError: (at, message) => errors.push([at, message]) });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.feed(text.slice(from, cut));
    from = cut;
  }
  splitter.feed(text.slice(from));
  splitter.end();
  return { records, errors };
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell);
const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'é', '𝒜', ',', '"', '\n', '\r\n', ' ', 'x') }), fc.string());

describe('CsvSplitter', () => {
  it.prop([fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean()], { numRuns: 300 })(
    'reads back any records written by RFC 4180, with their first lines, wherever the chunks are cut',
    (records, cutSeeds, crlf) => {
      const eol = crlf ? '\r\n' : '\n';
      // A record of one empty cell is an empty line, which is skipped; quote it to keep it.
      const lines = records.map((cells) => (cells.length === 1 && cells[0] === '' ? '""' : cells.map(quote).join(',')));
      const text = lines.join(eol) + eol;
      const starts: number[] = [];
      let line = 1;
      for (const written of lines) {
        starts.push(line);
        line += written.split('\n').length;
      }
      const cuts = cutSeeds.map((seed) => seed % (text.length + 1));
      const { records: read, errors } = split(text, cuts);
      expect(errors).toEqual([]);
      expect(read).toEqual(records.map((cells, i) => [starts[i], cells]));
    },
  );

  it.each<[string, TextPosition, RegExp]>([
    ['a,b\nx"y,1\n', { line: 2, column: 2 }, /a quote inside an unquoted cell/],
    ['a,b\n"ab"c,1\n', { line: 2, column: 5 }, /unexpected 'c' after the closing quote/],
    ['a,b\n1,2\n"open,1\n3,4\n', { line: 3, column: 1 }, /never closed/],
  ])('positions a quoting error and goes on with the next record: %j', (text, where, message) => {
    const { records, errors } = split(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[0]).toEqual(where);
    expect(errors[0]?.[1]).toMatch(message);
    expect(records[0]).toEqual([1, ['a', 'b']]);
  });

  it('an unclosed quote resumes on the line after it, so the rows after it are still read', () => {
    expect(split('a,b\n"open,1\n3,4\n').records).toEqual([[1, ['a', 'b']], [3, ['3', '4']]]);
  });

  it('a record longer than the limit is an error at its start, and memory stays bounded', () => {
    const text = `a,b\n"${'x'.repeat(MAX_RECORD_CHARS + 10)}\n1,2\n`;
    const cuts = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) => i * 65536);
    const { records, errors } = split(text, cuts);
    expect(errors.map(([at]) => at)).toEqual([{ line: 2, column: 1 }]);
    expect(records).toEqual([[1, ['a', 'b']], [3, ['1', '2']]]);
  });

  it('reads tab-separated text when the first line holds tabs and no comma', () => {
    expect(split('channel\tlicensesActive\nx,y\t1\n').records).toEqual([[1, ['channel', 'licensesActive']], [2, ['x,y', '1']]]);
  });
});

describe('CSV reading: problems name the file, line and column', () => {
  it('a quote inside an unquoted cell is a positioned csv-syntax error, never an internal error', async () => {
    const { error } = await readText('channel,licensesActive\nx"y,1\n', 'csv');
    expect(error).toMatchObject({ file: 'input', line: 2, column: 2, code: 'PCAQ0515' });
  });

  it('--skip-bad-rows skips a record with a quoting error and reads the rest', async () => {
    const { rows, skipped } = await readText('channel,licensesActive\nx"y,1\nz,2\n', 'csv', { skipBadRows: true });
    expect(rows).toEqual([{ channel: 'z', licensesActive: 2 }]);
    expect(skipped.map((p) => [p.line, p.column, p.code])).toEqual([[2, 2, 'PCAQ0515']]);
  });

  it('a bad count is named at its cell; a record of the wrong length at its first extra cell or its end', async () => {
    const text = 'channel,licensesActive\nx,-1\ny,1,extra\nz\n';
    const { skipped } = await readText(text, 'csv', { skipBadRows: true });
    expect(skipped.map((p) => [p.line, p.column, p.code])).toEqual([[2, 3, 'PCAQ0513'], [3, 5, 'PCAQ0514'], [4, 2, 'PCAQ0514']]);
  });

  it('a record spanning lines is named by the line it starts on', async () => {
    const { error } = await readText('customerName,licensesActive\n"two\nlines",x\n', 'csv');
    expect(error).toMatchObject({ line: 3, column: 8, code: 'PCAQ0513' });
  });
});

describe('CSV header', () => {
  it.each<[string, string, Partial<{ line: number; column: number; code: string }>]>([
    ['no header: the first line is data', '0112a436-b14e-4888-967b-ca4bb2cf1234,SPO,3\nx,y,1\n', { line: 1, column: 1, code: 'PCAQ0519' }],
    ['a column named twice', 'channel,licensesActive,channel\nx,1,y\n', { line: 1, column: 24, code: 'PCAQ0517' }],
    ['a column named twice in another case', 'channel,licensesActive,Channel\nx,1,y\n', { line: 1, column: 24, code: 'PCAQ0517' }],
    ['a column without a name', 'channel,,licensesActive\nx,y,1\n', { line: 1, column: 9, code: 'PCAQ0516' }],
    ['a field name in the wrong case', 'WorkloadCode,licensesActive\nx,1\n', { line: 1, column: 1, code: 'PCAQ0518' }],
    ['a misspelt field name', 'channel,licenseQualified\nx,1\n', { line: 1, column: 9, code: 'PCAQ0518' }],
    ['a broken quote in the header', 'channel,"licensesActive\nx,1\n', { line: 1, column: 9, code: 'PCAQ0516' }],
  ])('%s is an error naming the line and column, even with skipBadRows', async (_, text, expected) => {
    const { error, rows } = await readText(text, 'csv', { skipBadRows: true });
    expect(error).toMatchObject({ file: 'input', ...expected });
    expect(rows).toEqual([]);
  });

  it('suggests the field a near-miss name stands for', async () => {
    const { error } = await readText('WorkloadCode,licensesActive\nx,1\n', 'csv');
    expect(error?.message).toContain("Did you mean 'workloadCode'?");
    expect(error?.hint).toBe("rename the column to 'workloadCode'");
  });

  it('keeps unknown columns that are no near miss, and a header naming only some fields', async () => {
    const { rows, error } = await readText('notes,channel\nhello,x\n', 'csv');
    expect(error).toBeUndefined();
    expect(rows).toEqual([{ notes: 'hello', channel: 'x' }]);
  });
});
