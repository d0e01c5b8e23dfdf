import { describe, expect, it } from 'vitest';
import type { Query } from '@pcaq/core';
import { compileQuery, evaluate, evaluateStream, EvaluatorArgumentError } from '@pcaq/evaluator';

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
