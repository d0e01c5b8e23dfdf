import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { decodeChunks, InvalidTextError, type TextEncoding } from '@pcaq/readers';
import { readChunks, readText } from './read-bytes.js';

async function decode(bytes: Uint8Array, cuts: readonly number[], encoding?: TextEncoding): Promise<string> {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  pieces.push(bytes.subarray(from));
  let text = '';
  for await (const piece of decodeChunks((async function* () { yield* pieces; })(), encoding)) text += piece;
  return text;
}

const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? bytes.swap16() : bytes;
};

describe('decoding', () => {
  it.prop([fc.string({ unit: 'grapheme' }), fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('utf-8', 'utf-8 bom', 'utf-16le bom', 'utf-16be bom')], { numRuns: 300 })(
    'chunk boundaries never split a character: any text decodes back whole, however its bytes are cut',
    async (text, cutSeeds, form) => {
      const bytes = form === 'utf-8' ? Buffer.from(text) : form === 'utf-8 bom' ? Buffer.from(`\ufeff${text}`) : utf16(text, form === 'utf-16be bom');
      expect(await decode(bytes, cutSeeds.map((seed) => seed % (bytes.length + 1)))).toBe(text);
    },
  );

  it.prop([fc.uint8Array({ maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 })], { numRuns: 300 })(
    'arbitrary bytes decode exactly as a strict decoder would, or raise InvalidTextError after the valid text before them',
    async (bytes, cutSeeds) => {
      let expected: string | undefined;
      try {
        expected = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        expected = undefined;
      }
      const cuts = cutSeeds.map((seed) => seed % (bytes.length + 1));
      if (expected !== undefined) {
        // A UTF-16 byte-order mark switches the encoding; otherwise the texts agree.
        if (!(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) expect(await decode(bytes, cuts)).toBe(expected);
        return;
      }
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
      await expect(decode(bytes, cuts)).rejects.toBeInstanceOf(InvalidTextError);
    },
  );

  it('reads Windows-1252 and Latin-1 when asked', async () => {
    expect(await decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]), [], 'windows-1252')).toBe('Café €');
    expect(await decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]), [], 'latin1')).toBe('Café \u0080');
  });
});

describe('bytes that are not UTF-8 are an error naming file, line and column', () => {
  const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

  it.each<['csv' | 'json' | 'ndjson', string, number, number]>([
    ['csv', 'channel,licensesActive\nCafé,1\n', 2, 4],
    ['json', '[\n  {"channel": "Café"}\n]', 2, 19],
    ['ndjson', '{"channel": "x"}\n{"channel": "Café"}\n', 2, 17],
  ])('%s: Latin-1 é', async (format, text, line, column) => {
    const { error } = await readText(latin1(text), format, { skipBadRows: true });
    expect(error).toMatchObject({ file: 'input', line, column, code: 'PCAQ0504', message: 'byte 0xE9 is not valid UTF-8' });
    expect(error?.hint).toContain('--encoding windows-1252');
  });

  it('is found wherever the chunks are cut', async () => {
    const bytes = latin1(`channel,licensesActive\n${'x,1\n'.repeat(50)}Café,1\n`);
    for (let cut = 0; cut <= bytes.length; cut += 7) {
      const { error } = await readChunks([bytes.subarray(0, cut), bytes.subarray(cut)], { format: 'csv' });
      expect(error).toMatchObject({ line: 52, column: 4, code: 'PCAQ0504' });
    }
  });

  it('--encoding windows-1252 reads the same file', async () => {
    const { rows } = await readText(latin1('channel,licensesActive\nCafé,1\n'), 'csv', { encoding: 'windows-1252' });
    expect(rows).toEqual([{ channel: 'Café', licensesActive: 1 }]);
  });

  it("reads UTF-16 with a byte-order mark (Excel's Unicode text, tab-separated)", async () => {
    for (const bigEndian of [false, true]) {
      const { rows } = await readText(utf16('channel\tlicensesActive\r\nMünchen 𝒜\t7\r\n', bigEndian), 'csv');
      expect(rows).toEqual([{ channel: 'München 𝒜', licensesActive: 7 }]);
    }
  });

  it('an unpaired UTF-16 surrogate is an error at its position', async () => {
    const { error } = await readText(utf16('channel\n\ud800x\n', false), 'csv');
    expect(error).toMatchObject({ line: 2, column: 1, code: 'PCAQ0504' });
  });

  it('NDJSON with a UTF-8 byte-order mark is read', async () => {
    const { rows } = await readText(Buffer.from('\ufeff{"channel":"x"}\n'), 'ndjson');
    expect(rows).toEqual([{ channel: 'x' }]);
  });
});

describe('an encoding that contradicts the byte-order mark', () => {
  it.each<[TextEncoding, Buffer]>([
    ['latin1', Buffer.from('\ufeffchannel,licensesActive\nx,1\n')],
    ['windows-1252', Buffer.from('\ufeffchannel\nx\n')],
    ['utf-16be', utf16('channel\nx\n', false)],
  ])('--encoding %s is an error at 1:1, never a mark glued to the first column name', async (encoding, bytes) => {
    const { error } = await readText(bytes, 'csv', { encoding });
    expect(error).toMatchObject({ line: 1, column: 1, code: 'PCAQ0505' });
    expect(error?.hint).toBe(`leave out --encoding ${encoding}`);
  });
});
