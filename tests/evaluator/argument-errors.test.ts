import { describe, expect, it } from 'vitest';
import type { Query } from '@pcaq/core';
import { EvaluatorArgumentError } from '@pcaq/evaluator';
import { compileQuery, evaluate, evaluateStream } from 'pcaq';

// Arguments from code that are not objects at all: a typed error naming the argument, never a
// TypeError from inside (docs/evaluation.md, "The API").
describe('entry points refuse arguments that are not objects with a typed error', () => {
  it.each<[string, () => unknown, string]>([
    ['a null query to compileQuery', () => compileQuery(null as unknown as Query), 'query'],
    ['a string query to evaluate', () => evaluate([], "channel eq 'x'" as unknown as Query), 'query'],
    ['options that are a string', () => compileQuery({}, 'exact' as never), 'options'],
    ['run options that are a number', () => (compileQuery({}) as { evaluate: (rows: unknown, run: unknown) => unknown }).evaluate([], 3), 'run'],
  ])('%s', (_title, call, argument) => {
    expect(call).toThrow(EvaluatorArgumentError);
    expect(call).toThrow(`${argument} must be an object`);
  });

  it('rejects the promise of evaluateStream with the same error', async () => {
    await expect(evaluateStream([], null as unknown as Query)).rejects.toBeInstanceOf(EvaluatorArgumentError);
  });

  it('takes null options as no options', () => {
    expect(evaluate([], {}, null as never)).toMatchObject({ ok: true, totalCount: 0 });
  });
});

describe('a row value built in code and nested too deeply', () => {
  const nested = (depth: number): unknown[] => {
    const root: unknown[] = [];
    let current = root;
    for (let i = 1; i < depth; i++) {
      const next: unknown[] = [];
      current.push(next);
      current = next;
    }
    return root;
  };

  it.each([
    ['filter', { filter: "channel eq 'x'" }],
    ['group-by', { groupby: 'channel' }],
  ])('is diagnostic PCAQ0503 naming the row and field when a %s reads it, never a stack overflow', (_, query) => {
    const outcome = evaluate([{ channel: 'x', licensesActive: 1 }, { channel: nested(5000) as never, licensesActive: 1 }], query);
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics).toMatchObject([{ code: 'PCAQ0503', line: 2, message: expect.stringContaining("'channel'") }]);
  });

  it('is compared as its JSON text within the bound, as the readers give a nested JSON value', () => {
    const outcome = evaluate([{ channel: [['x']] as never, licensesActive: 1 }], { filter: `channel eq '[["x"]]'` });
    expect(outcome).toMatchObject({ ok: true, totalCount: 1 });
  });
});
