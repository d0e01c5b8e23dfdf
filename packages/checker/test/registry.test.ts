import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_MESSAGES } from '@pcaq/core';
import * as checker from '@pcaq/checker';
import { CHECK_RULES } from '@pcaq/checker';

describe('rule registry', () => {
  const ruleFiles = readdirSync(new URL('../src/rules/', import.meta.url)).filter((f) => f.endsWith('.ts'));

  it('registers one rule per module in src/rules', () => {
    expect(CHECK_RULES).toHaveLength(ruleFiles.length);
    const exported = Object.entries(checker).filter(([name]) => name.endsWith('Rule'));
    expect(exported).toHaveLength(ruleFiles.length);
    for (const [, rule] of exported) expect(CHECK_RULES).toContain(rule);
  });

  it('gives every rule a distinct code from the diagnostic table and at least one hook', () => {
    const codes = CHECK_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of CHECK_RULES) {
      expect(DIAGNOSTIC_MESSAGES).toHaveProperty(rule.code);
      expect(rule.comparison ?? rule.groupBy).toBeTypeOf('function');
    }
  });

  it('names each rule module after its code id', () => {
    const ids = new Set(CHECK_RULES.map((r) => DIAGNOSTIC_MESSAGES[r.code].id));
    expect(new Set(ruleFiles.map((file) => file.replace(/\.ts$/, '')))).toEqual(ids);
  });
});
