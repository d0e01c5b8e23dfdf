import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { JsonSplitter, JsonStructureError } from '@pcaq/readers';

function split(text: string, cuts: readonly number[]): string[] {
  const splitter = new JsonSplitter();
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...splitter.feed(text.slice(from, cut)).map((e) => e.text));
    from = cut;
  }
  out.push(...splitter.feed(text.slice(from)).map((e) => e.text));
  splitter.end();
  return out;
}

const value = fc.jsonValue({ maxDepth: 3 });

describe('JsonSplitter', () => {
  it.prop([fc.array(value, { maxLength: 6 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 5 }), fc.boolean()], { numRuns: 200 })(
    'finds every row of an array or a Value body, wherever the chunks are cut',
    (rows, wrapped, cutSeeds, pretty) => {
      const body = wrapped ? { '@nextLink': 'x"]}', Value: rows, TotalCount: rows.length } : rows;
      const text = JSON.stringify(body, null, pretty ? 2 : undefined);
      const cuts = cutSeeds.map((seed) => seed % (text.length + 1));
      expect(split(text, cuts).map((t) => JSON.parse(t) as unknown)).toEqual(rows.map((r) => JSON.parse(JSON.stringify(r)) as unknown));
    },
  );

  it.each<[string, number, number]>([
    ['{"Value": [{"a": 1}\n}', 2, 1],
    ['[1 2]', 1, 4],
    ['{"Value" [1]}', 1, 10],
    ['"text"', 1, 1],
  ])('%j is a structure error at %i:%i', (text, line, column) => {
    const error = (() => {
      try {
        split(text, []);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(JsonStructureError);
    expect(error).toMatchObject({ line, column });
  });
});
