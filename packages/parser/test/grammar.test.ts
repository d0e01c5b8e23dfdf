import { describe, expect, test } from 'vitest';
import { PcaqGrammar } from '../src/grammar.js';

// The shared parser skips chevrotain's grammar validations for speed; this test runs them.
describe('grammar', () => {
  test('passes chevrotain self-analysis with validations on (LL(1), no ambiguity, no left recursion)', () => {
    expect(() => new PcaqGrammar({ skipValidations: false })).not.toThrow();
    expect(new PcaqGrammar({ skipValidations: false }).definitionErrors).toEqual([]);
  });
});
