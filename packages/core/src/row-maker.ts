import { InvalidArgumentError } from './invalid-argument.js';

/**
 * A function that makes a fresh row object with a fixed set of keys, in a fixed order, from the
 * values in the same order (`values[i]` for key `i`; a missing value is `undefined`).
 *
 * @example
 * ```ts
 * const make: RowMaker = rowMaker(['channel', 'licensesActive']);
 * make(['Reseller', 3]); // { channel: 'Reseller', licensesActive: 3 }
 * ```
 */
export type RowMaker = (values: readonly unknown[]) => Record<string, unknown>;

/**
 * Makes rows with the given keys, in that order, that share one hidden class in V8.
 *
 * Why: an object grown key by key through a variable name (`row[name] = value` on `{}`) turns
 * into a slow hash-table ("dictionary") object past about a dozen keys, and every later read of
 * it pays a hash lookup; rows of the wider endpoints (subscriptions has 25 fields) were read 3 to
 * 5 times slower than licence rows. Here the keys come from `JSON.parse` of a template, which
 * builds a fast object, and each row is a spread copy of it, which keeps the template's hidden
 * class; storing to a key that exists never changes the object's mode. The values are stored
 * position by position at sites of their own (`storeValues`), so each store site sees one key. Measured in
 * docs/evaluation.md, "Performance design". A duplicate name is kept once; `__proto__` is an own
 * key like any other.
 *
 * @throws InvalidArgumentError when `names` is not an array of strings (input from code).
 *
 * @example
 * ```ts
 * const make = rowMaker(['channel', 'licensesActive']);
 * JSON.stringify(make(['Reseller', 3])); // '{"channel":"Reseller","licensesActive":3}'
 * ```
 */
export function rowMaker(names: readonly string[]): RowMaker {
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) throw new InvalidArgumentError('rowMaker', 'names', 'is not an array of strings');
  const template = JSON.parse(`{${names.map((name) => `${JSON.stringify(name)}:null`).join(',')}}`) as Record<string, unknown>;
  // A field that held only null would change its representation at the first number stored into a
  // copy, and V8 would then give later rows a new hidden class; storing one number into the
  // template first makes every field general, so all rows keep the template's one class.
  for (const name of Object.keys(template)) {
    template[name] = 0;
    template[name] = null;
  }
  const keys = Object.keys(template);
  return (values) => storeValues({ ...template }, keys, values);
}

/**
 * Stores `values[i]` under `keys[i]`. The first 32 positions (wider than any endpoint's rows)
 * each have a store site of their own: a loop's one site would see every key of the row and go
 * megamorphic in V8, which cost about as much as building the row
 * (`node benchmarks/row-objects.bench.mjs`; docs/evaluation.md, "Performance design").
 */
function storeValues(row: Record<string, unknown>, keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const n = keys.length;
  if (n > 0) row[keys[0]!] = values[0];
  if (n > 1) row[keys[1]!] = values[1];
  if (n > 2) row[keys[2]!] = values[2];
  if (n > 3) row[keys[3]!] = values[3];
  if (n > 4) row[keys[4]!] = values[4];
  if (n > 5) row[keys[5]!] = values[5];
  if (n > 6) row[keys[6]!] = values[6];
  if (n > 7) row[keys[7]!] = values[7];
  if (n > 8) row[keys[8]!] = values[8];
  if (n > 9) row[keys[9]!] = values[9];
  if (n > 10) row[keys[10]!] = values[10];
  if (n > 11) row[keys[11]!] = values[11];
  if (n > 12) row[keys[12]!] = values[12];
  if (n > 13) row[keys[13]!] = values[13];
  if (n > 14) row[keys[14]!] = values[14];
  if (n > 15) row[keys[15]!] = values[15];
  if (n > 16) row[keys[16]!] = values[16];
  if (n > 17) row[keys[17]!] = values[17];
  if (n > 18) row[keys[18]!] = values[18];
  if (n > 19) row[keys[19]!] = values[19];
  if (n > 20) row[keys[20]!] = values[20];
  if (n > 21) row[keys[21]!] = values[21];
  if (n > 22) row[keys[22]!] = values[22];
  if (n > 23) row[keys[23]!] = values[23];
  if (n > 24) row[keys[24]!] = values[24];
  if (n > 25) row[keys[25]!] = values[25];
  if (n > 26) row[keys[26]!] = values[26];
  if (n > 27) row[keys[27]!] = values[27];
  if (n > 28) row[keys[28]!] = values[28];
  if (n > 29) row[keys[29]!] = values[29];
  if (n > 30) row[keys[30]!] = values[30];
  if (n > 31) row[keys[31]!] = values[31];
  for (let i = 32; i < n; i++) row[keys[i]!] = values[i];
  return row;
}

/** How many distinct key sequences a {@link RowMakers} remembers, bounding its memory whatever the input. */
const MAX_NODES = 65_536;

interface KeyNode {
  readonly next: Map<string, KeyNode>;
  maker: RowMaker | undefined;
}

/**
 * {@link rowMaker}s for rows whose keys vary (JSON objects), one per distinct key sequence, found
 * through a tree of keys (one map lookup per key). Bounded: past 65,536 remembered keys a new
 * sequence gets a maker that is not remembered (slower, never wrong), so memory stays flat
 * whatever the input.
 *
 * @example
 * ```ts
 * const makers = new RowMakers();
 * const make = makers.maker(['channel', 'customerName'], 2);
 * make(['Reseller', 'Contoso']); // { channel: 'Reseller', customerName: 'Contoso' }
 * ```
 */
export class RowMakers {
  private readonly root: KeyNode = { next: new Map(), maker: undefined };
  private nodes = 0;

  /** The maker for rows with the first `length` of `names` as keys, in that order. */
  maker(names: readonly string[], length: number): RowMaker {
    let node = this.root;
    for (let i = 0; i < length; i++) {
      const name = names[i]!;
      let next = node.next.get(name);
      if (next === undefined) {
        if (this.nodes >= MAX_NODES) return rowMaker(names.slice(0, length));
        next = { next: new Map(), maker: undefined };
        node.next.set(name, next);
        this.nodes++;
      }
      node = next;
    }
    return (node.maker ??= rowMaker(names.slice(0, length)));
  }
}
