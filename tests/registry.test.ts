import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, type DiagnosticCode } from '@pcaq/core';
import { CHECK_RULES } from '@pcaq/checker';
import { REQUEST_RULES } from '@pcaq/linter';

// The diagnostics registry, exactly: every code of the message table has one producing module,
// named after the code's id, one docs entry with a failing and a fixed example, and a test that
// asserts it (docs/diagnostics.md, "How the examples are checked").

const root = new URL('..', import.meta.url).pathname;

/** Where each code is made. A producer returns the code's `DiagnosticInit`; nothing else writes `code: 'PCAQ…'`. */
const PRODUCERS: Record<DiagnosticCode, string> = {
  PCAQ0101: 'packages/parser/src/problems/empty-filter.ts',
  PCAQ0102: 'packages/parser/src/problems/unexpected-character.ts',
  PCAQ0103: 'packages/parser/src/problems/unterminated-string.ts',
  PCAQ0104: 'packages/parser/src/problems/double-quoted-string.ts',
  PCAQ0105: 'packages/parser/src/problems/keyword-case.ts',
  PCAQ0106: 'packages/parser/src/problems/symbolic-operator.ts',
  PCAQ0107: 'packages/parser/src/problems/unsupported-operator.ts',
  PCAQ0108: 'packages/parser/src/problems/not-unsupported.ts',
  PCAQ0109: 'packages/parser/src/problems/value-not-string.ts',
  PCAQ0110: 'packages/parser/src/problems/unclosed-parenthesis.ts',
  PCAQ0111: 'packages/parser/src/problems/unmatched-parenthesis.ts',
  PCAQ0112: 'packages/parser/src/problems/unexpected-token.ts',
  PCAQ0113: 'packages/parser/src/problems/missing-space.ts',
  PCAQ0114: 'packages/parser/src/problems/nesting-too-deep.ts',
  PCAQ0115: 'packages/parser/src/problems/filter-too-long.ts',
  PCAQ0116: 'packages/checker/src/malformed-filter-tree.ts',
  PCAQ0117: 'packages/parser/src/problems/cast-type-name.ts',
  PCAQ0118: 'packages/parser/src/problems/contains-infix.ts',
  PCAQ0201: 'packages/checker/src/rules/unknown-field.ts',
  PCAQ0202: 'packages/checker/src/rules/field-not-filterable.ts',
  PCAQ0203: 'packages/checker/src/rules/field-not-groupable.ts',
  PCAQ0204: 'packages/checker/src/rules/invalid-guid.ts',
  PCAQ0205: 'packages/checker/src/rules/invalid-field-name.ts',
  PCAQ0206: 'packages/checker/src/rules/operator-not-allowed.ts',
  PCAQ0207: 'packages/checker/src/rules/literal-kind-mismatch.ts',
  PCAQ0208: 'packages/checker/src/rules/date-not-cast.ts',
  PCAQ0209: 'packages/checker/src/rules/invalid-date.ts',
  PCAQ0210: 'packages/checker/src/rules/value-outside-enum.ts',
  PCAQ0211: 'packages/checker/src/rules/enum-case-mismatch.ts',
  PCAQ0301: 'packages/parser/src/problems/empty-groupby.ts',
  PCAQ0302: 'packages/parser/src/problems/empty-groupby-item.ts',
  PCAQ0303: 'packages/checker/src/rules/duplicate-groupby-field.ts',
  PCAQ0304: 'packages/parser/src/problems/groupby-syntax.ts',
  PCAQ0305: 'packages/parser/src/problems/groupby-too-long.ts',
  PCAQ0306: 'packages/linter/src/rules/orderby-syntax.ts',
  PCAQ0307: 'packages/linter/src/rules/field-not-orderable.ts',
  PCAQ0308: 'packages/linter/src/rules/invalid-orderby-direction.ts',
  PCAQ0309: 'packages/linter/src/rules/duplicate-orderby-field.ts',
  PCAQ0401: 'packages/linter/src/rules/invalid-top.ts',
  PCAQ0402: 'packages/linter/src/rules/invalid-skip.ts',
  PCAQ0403: 'packages/linter/src/rules/invalid-processed-date-time.ts',
  PCAQ0404: 'packages/printer/src/rules/unknown-parameter.ts',
  PCAQ0405: 'packages/printer/src/rules/repeated-parameter.ts',
  PCAQ0406: 'packages/printer/src/rules/noncanonical-parameter-name.ts',
  PCAQ0407: 'packages/printer/src/rules/malformed-percent-escape.ts',
  PCAQ0408: 'packages/linter/src/rules/query-too-long.ts',
  PCAQ0409: 'packages/printer/src/rules/url-too-long.ts',
  PCAQ0410: 'packages/printer/src/rules/parameter-name-spacing.ts',
  PCAQ0411: 'packages/linter/src/rules/replacement-character.ts',
  PCAQ0412: 'packages/printer/src/rules/unknown-endpoint-path.ts',
  PCAQ0413: 'packages/printer/src/rules/endpoint-mismatch.ts',
  PCAQ0416: 'packages/linter/src/rules/parameter-not-supported.ts',
  PCAQ0417: 'packages/linter/src/rules/invalid-aggregation-level.ts',
  PCAQ0418: 'packages/linter/src/rules/aggregation-level-without-date.ts',
  PCAQ0501: 'packages/evaluator/src/rules/invalid-count.ts',
  PCAQ0502: 'packages/evaluator/src/rules/invalid-rows.ts',
  PCAQ0503: 'packages/evaluator/src/rules/value-too-deep.ts',
  PCAQ0504: 'packages/readers/src/problems/invalid-encoding.ts',
  PCAQ0505: 'packages/readers/src/problems/byte-order-mark-mismatch.ts',
  PCAQ0506: 'packages/readers/src/problems/malformed-json.ts',
  PCAQ0507: 'packages/readers/src/problems/not-json-rows.ts',
  PCAQ0508: 'packages/readers/src/problems/text-after-json.ts',
  PCAQ0509: 'packages/readers/src/problems/too-deep.ts',
  PCAQ0510: 'packages/readers/src/problems/not-an-object.ts',
  PCAQ0511: 'packages/readers/src/problems/no-rows-array.ts',
  PCAQ0512: 'packages/readers/src/problems/rows-array-twice.ts',
  PCAQ0513: 'packages/readers/src/problems/invalid-count.ts',
  PCAQ0514: 'packages/readers/src/problems/column-count.ts',
  PCAQ0515: 'packages/readers/src/problems/csv-syntax.ts',
  PCAQ0516: 'packages/readers/src/problems/csv-header.ts',
  PCAQ0517: 'packages/readers/src/problems/duplicate-column.ts',
  PCAQ0518: 'packages/readers/src/problems/unknown-column.ts',
  PCAQ0519: 'packages/readers/src/problems/csv-no-header.ts',
  PCAQ0520: 'packages/engines/src/problems/unreadable-file.ts',
  PCAQ0521: 'packages/engines/src/problems/engine-read-error.ts',
  PCAQ0522: 'packages/engines/src/problems/unknown-file-format.ts',
  PCAQ0523: 'packages/engines/src/problems/unknown-json-shape.ts',
  PCAQ0524: 'packages/serve/src/problems/other-endpoint-columns.ts',
  PCAQ0601: 'packages/scan/src/rules/built-at-run-time.ts',
};

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return files;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

const packages = readdirSync(join(root, 'packages')).filter((name) => statSync(join(root, 'packages', name, 'src'), { throwIfNoEntry: false })?.isDirectory());
const srcFiles = packages.flatMap((name) => sourceFiles(join(root, 'packages', name, 'src'))).filter((file) => !file.includes('/generated/'));
const testFiles = [...packages.flatMap((name) => sourceFiles(join(root, 'packages', name, 'test'))), ...sourceFiles(join(root, 'tests'))].filter(
  (file) => !file.endsWith('registry.test.ts') && !file.endsWith('diagnostics-docs.test.ts'),
);
const relative = (file: string): string => file.slice(root.length);
/** Source lines that are code, not comments (doc comments quote codes freely). */
const codeLines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line));
const docs = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');

describe('diagnostics registry', () => {
  it('lists a producer for exactly the codes of the message table', () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it.each(DIAGNOSTIC_CODES)('%s is made in one module, named after its id', (code) => {
    const producer = PRODUCERS[code];
    const makers = srcFiles.filter((file) => codeLines(file).some((line) => line.includes(`code: '${code}'`))).map(relative);
    expect(makers).toEqual([producer]);
    expect(basename(producer, '.ts')).toBe(DIAGNOSTIC_MESSAGES[code].id);
  });

  it('makes no diagnostic with a code held in a variable outside the grammar-error hand-off', () => {
    // `code: someVariable` would hide a producer from the check above.
    const hidden = srcFiles.filter((file) => codeLines(file).some((line) => /\bcode: (?!'PCAQ\d{4}'|DiagnosticCode\b)[a-z]/.test(line) && /PCAQ|Diagnostic/.test(line)));
    expect(hidden.map(relative).filter((file) => !file.startsWith('packages/readers/'))).toEqual([]);
  });

  it.each(DIAGNOSTIC_CODES)('%s has one docs entry with a failing and a fixed or passing example', (code) => {
    const sections = docs.split(/^## /m).filter((part) => part.startsWith(`${code}:`));
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^```\S+ fails/m);
    expect(sections[0]).toMatch(/^```\S+ passes/m);
  });

  it.each(DIAGNOSTIC_CODES)('%s is asserted by at least one test', (code) => {
    const asserting = testFiles.filter((file) => readFileSync(file, 'utf8').includes(`'${code}'`));
    expect(asserting.length, `no test names '${code}'`).toBeGreaterThan(0);
  });

  it('registers each rule module of the checker and of the request checks', () => {
    const checkerRules = readdirSync(join(root, 'packages/checker/src/rules')).map((f) => basename(f, '.ts'));
    expect(new Set(CHECK_RULES.map((rule) => DIAGNOSTIC_MESSAGES[rule.code].id))).toEqual(new Set(checkerRules));
    expect(REQUEST_RULES.map((rule) => basename(PRODUCERS[rule.code], '.ts'))).toEqual(REQUEST_RULES.map((rule) => DIAGNOSTIC_MESSAGES[rule.code].id));
  });
});
