import { describe, expect, it } from 'vitest';
import { isRowsMember, type RowSource } from '@pcaq/evaluator';
import { evaluate, evaluateStream } from 'pcaq';

// One rule for the library and the readers (docs/evaluation.md, "Response bodies"): a body holds
// exactly one array of rows, under `Value` or `value`.
const a = [{ channel: 'a', licensesActive: 1 }];
const b = [{ channel: 'b', licensesActive: 2 }];

describe('a response body with two arrays of rows', () => {
  it.each([
    ['value then Value', { value: a, Value: b }, "both a 'value' and a 'Value' member"],
    ['Value then value', { Value: a, value: b }, "both a 'Value' and a 'value' member"],
  ])('%s is PCAQ0502, never one of the two silently', async (_title, body, message) => {
    for (const outcome of [evaluate(body as unknown as RowSource, {}), await evaluateStream(body as unknown as RowSource, {})]) {
      expect(outcome.ok).toBe(false);
      expect(outcome.diagnostics.map((d) => d.code)).toEqual(['PCAQ0502']);
      expect(outcome.diagnostics[0]?.message).toContain(message);
    }
  });

  it('names the members the rule knows', () => {
    expect(['Value', 'value', 'VALUE', 'values'].map(isRowsMember)).toEqual([true, true, false, false]);
  });
});
