import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { reviseDiagnostic, type Diagnostic } from '@pcaq/core';
import { fromFilter, licenseUsageQuery } from '@pcaq/builder';
import { lintQuery } from '@pcaq/linter';
import { scanText } from '@pcaq/scan';

// Every diagnostic that reaches a user, from any stage that moves or changes one (the linter's
// one-pass check, its guessed parentheses, the builder, the scanner), is made by createDiagnostic:
// frozen, and made again from its init it is the same diagnostic (docs/diagnostics.md, "How
// diagnostics are made").

/** Filter-like text rich in what the linter repairs: case, symbols, quotes, parentheses, and/or. */
const filterText = fc
  .array(fc.constantFrom('workloadCode', 'WorkloadCode', 'channel', 'custmerName', 'productId', ' eq ', ' EQ ', ' == ', ' and ', ' or ', ' && ', '(', ')', "'SFB'", '"x"', "'", 'x', ' ', '\u00e9', '\ud83d\ude00', '\ud800'), { maxLength: 24 })
  .map((parts) => parts.join(''));

function expectMadeOnce(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(Object.isFrozen(d)).toBe(true);
    // A diagnostic placed in a file is made again as the diagnostic it extends.
    const { code, severity, message, span, line, column, fixes, suggestions, source } = d;
    const own = { code, severity, message, span, line, column, ...(fixes ? { fixes } : {}), ...(suggestions ? { suggestions } : {}), ...(source ? { source } : {}) };
    expect(reviseDiagnostic(d, {})).toEqual(own);
  }
}

describe('every diagnostic is made by createDiagnostic', () => {
  test.prop([filterText])('lintQuery: filters with syntax and schema problems at once', (filter) => {
    expectMadeOnce(lintQuery({ filter, groupby: filter.replace(/ /g, ',') }));
  });

  test.prop([filterText])('the builder: a filter that does not parse, named as the filter parameter', (filter) => {
    const diagnostics = licenseUsageQuery().filter(fromFilter(filter)).check();
    expectMadeOnce(diagnostics);
  });

  test.prop([filterText])('pcaq scan: diagnostics moved to the file they were found in', (filter) => {
    const file = `import requests\nq = {"filter": ${JSON.stringify(filter)}}\nurl = "https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?filter=${encodeURIComponent(filter.replace(/[\ud800-\udfff]/g, "?"))}&top=0"\n`;
    expectMadeOnce(scanText(file, 'q.py'));
  });

  test.prop([fc.integer({ min: 1, max: 150 })], { numRuns: 5 })('a long filter of mixed and/or with a missing parenthesis', (n) => {
    const filter = `(${Array.from({ length: n }, (_, i) => `channel EQ 'c${i}' ${i % 2 ? 'and' : 'or'} `).join('')}channel eq 'x'`;
    const diagnostics = lintQuery({ filter });
    expect(diagnostics.some((d) => d.code === 'PCAQ0110' && d.suggestions !== undefined)).toBe(n > 1);
    expectMadeOnce(diagnostics);
  });
});
