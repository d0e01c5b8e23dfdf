import { InvalidArgumentError } from './invalid-argument.js';

/**
 * A function that makes a fresh row object with a fixed set of keys, in a fixed order, each
 * holding `null` until the caller stores its value.
 *
 * @example
 * ```ts
 * const make: RowMaker = rowMaker(['channel', 'licensesActive']);
 * const row = make();
 * row.channel = 'Reseller';
 * ```
 */
export type RowMaker = () => Record<string, unknown>;

/**
 * Makes rows with the given keys, in that order, that share one hidden class in V8.
 *
 * Why: an object grown key by key through a variable name (`row[name] = value` on `{}`) turns
 * into a slow hash-table ("dictionary") object past about a dozen keys, and every later read of
 * it pays a hash lookup; rows of the wider endpoints (subscriptions has 25 fields) were read 3 to
 * 5 times slower than licence rows. Here the keys come from `JSON.parse` of a template, which
 * builds a fast object, and each row is a spread copy of it, which keeps the template's hidden
 * class; storing to a key that exists never changes the object's mode. Measured in
 * docs/evaluation.md, "Performance design". A duplicate name is kept once; `__proto__` is an own
 * key like any other.
 *
 * @throws InvalidArgumentError when `names` is not an array of strings (input from code).
 *
 * @example
 * ```ts
 * const make = rowMaker(['channel', 'licensesActive']);
 * const row = make();
 * row.channel = 'Reseller';
 * row.licensesActive = 3;
 * JSON.stringify(row); // '{"channel":"Reseller","licensesActive":3}'
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
  return () => ({ ...template });
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
 * make(); // { channel: null, customerName: null }
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
