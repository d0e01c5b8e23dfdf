import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, loadWideText } from '../src/display-width.js';
import { Writable } from 'node:stream';
import { BufferedOutput } from '../src/eval/buffered-output.js';
import { exactJsonRow, exactJsonValue } from '../src/eval/exact-json.js';
import { formatProgress, startProgress } from '../src/eval/progress.js';
import { createRowWriter, csvCell, type OutputFormat } from '../src/eval/row-writers.js';

// What the CLI loads before showing text that holds emoji or marks (runCli does it per command line).
beforeAll(loadWideText);

function capture(): { out: BufferedOutput; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString('utf8');
      callback();
    },
  });
  const out = new BufferedOutput(stream);
  return { out, text: () => (out.flush(), text) };
}

describe('exact JSON', () => {
  it.each<[unknown, string]>([
    [9007199254740993n, '9007199254740993'],
    [1e21, '1000000000000000000000'],
    [2 ** 64, '18446744073709551616'],
    [12, '12'],
    [null, 'null'],
    [undefined, 'null'],
    ['O\'Brien "x"\n', '"O\'Brien \\"x\\"\\n"'],
  ])('%s prints as %s', (value, text) => {
    expect(exactJsonValue(value)).toBe(text);
  });

  it('prints a row in key order', () => {
    expect(exactJsonRow({ b: 1n, a: 'x' })).toBe('{"b":1,"a":"x"}');
  });
});

describe('csv cells (RFC 4180)', () => {
  it.each<[unknown, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [null, ''],
    [12345678901234567890n, '12345678901234567890'],
  ])('%s -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('row writers', () => {
  const rows = [{ a: 'x', n: 1 }, { a: 'y,z', n: 22n }];
  const tail = { totalCount: 5, nextLink: '/v1/analytics/commercial/usage/license/?top=2&skip=2' };

  it.each<[OutputFormat, string]>([
    ['json', '{\n  "Value": [\n    {"a":"x","n":1},\n    {"a":"y,z","n":22}\n  ],\n  "@nextLink": "/v1/analytics/commercial/usage/license/?top=2&skip=2",\n  "TotalCount": 5\n}\n'],
    ['ndjson', '{"a":"x","n":1}\n{"a":"y,z","n":22}\n'],
    ['csv', 'a,n\r\nx,1\r\n"y,z",22\r\n'],
    ['table', 'a     n\n---  --\nx     1\ny,z  22\n\n2 of 5 rows\nnext page: /v1/analytics/commercial/usage/license/?top=2&skip=2\n'],
  ])('%s', (format, expected) => {
    const { out, text } = capture();
    const writer = createRowWriter(format, out, undefined);
    for (const row of rows) writer.row(row);
    writer.end(tail);
    expect(text()).toBe(expected);
  });

  it('json with no rows is still a whole envelope', () => {
    const { out, text } = capture();
    createRowWriter('json', out, undefined).end({ totalCount: 0, nextLink: null });
    expect(JSON.parse(text())).toEqual({ Value: [], '@nextLink': null, TotalCount: 0 });
  });

  it('a table escapes control characters so columns stay aligned', () => {
    const { out, text } = capture();
    const writer = createRowWriter('table', out, ['a']);
    writer.row({ a: 'x\ty' });
    writer.end({ totalCount: 1, nextLink: null });
    expect(text().split('\n')[2]).toBe('x\\ty');
  });
});

describe('table padding by display width', () => {
  it('aligns East Asian wide characters, emoji and combining marks as a terminal shows them', () => {
    const { out, text } = capture();
    const writer = createRowWriter('table', out, ['customerName', 'licensesActive']);
    for (const customerName of ['ACME', '株式会社テスト', 'Søren e\u0301', '👍 Team']) writer.row({ customerName, licensesActive: 12 });
    writer.end({ totalCount: 4, nextLink: null });
    const lines = text().split('\n').slice(0, 6);
    expect(lines).toEqual([
      'customerName    licensesActive',
      '--------------  --------------',
      'ACME                        12',
      '株式会社テスト              12',
      'Søren e\u0301                     12',
      '👍 Team                     12',
    ]);
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom('a', '中', '👍', 'e\u0301', ' ', 'ß') , maxLength: 12 }), { minLength: 1, maxLength: 8 })])(
    'every line of the table is equally wide on a terminal',
    (names) => {
      const { out, text } = capture();
      const writer = createRowWriter('table', out, ['name', 'n']);
      for (const name of names) writer.row({ name, n: 1 });
      writer.end({ totalCount: names.length, nextLink: null });
      const lines = text().split('\n').slice(0, names.length + 2);
      expect(new Set(lines.map((line) => displayWidth(line))).size).toBe(1);
    },
  );
});

describe('progress line', () => {
  it('formats rows, megabytes and rate', () => {
    expect(formatProgress({ rows: 1234567, bytes: 512e6 }, 6000)).toBe('pcaq: 1,234,567 rows, 512.0 MB, 85.3 MB/s');
  });

  it('prints nothing when stderr is not a TTY', () => {
    const { out, text } = capture();
    const stop = startProgress(new Writable({ write: (_c, _e, cb) => { out.write('x'); cb(); } }), false, () => ({ rows: 1, bytes: 1 }));
    stop();
    expect(text()).toBe('');
  });
});
