import { describe, expect, test } from 'vitest';
import { PcaqGrammar } from '../src/grammar.js';

// The shared parser skips chevrotain's grammar validations for speed; this test runs them:
// self-analysis throws on ambiguity, left recursion or a rule needing more than one token of
// lookahead (maxLookahead is 1).
describe('grammar', () => {
  test('passes chevrotain self-analysis with validations on', () => {
    expect(() => new PcaqGrammar({ skipValidations: false })).not.toThrow();
  });
});
