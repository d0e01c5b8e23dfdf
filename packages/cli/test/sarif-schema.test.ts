import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

// The official SARIF 2.1.0 schema (OASIS errata 01), kept in the repository byte for byte as
// published, is JSON Schema draft-04: ajv-draft-04 reads that draft, ajv-formats checks its "uri"
// and "date-time" formats (docs/scan.md, "SARIF").
const schemaPath = fileURLToPath(new URL('./fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url));

function validator() {
  // Both are CommonJS modules that also export themselves as `default`, which is what TypeScript sees.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

describe('SARIF output against the official schema', () => {
  const validate = validator();

  it.each([
    ['scan of the fixture repository', ['scan', '--format', 'sarif', 'packages/scan/test/fixtures/repo']],
    ['scan with nothing found', ['scan', '--format', 'sarif', 'packages/scan/test/fixtures/repo/python/clean.py']],
    ['lint of a whole request', ['lint', '--format', 'sarif', '--filter', 'WorkloadCode EQ "SFB"', '--groupby', 'channel,,x', '--top', '0']],
    ['lint of a URL', ['lint', '--format', 'sarif', '--url', '/v1/analytics/commercial/usage/license/?$filter=channel%20eq%20x&top=1%2']],
  ])('%s validates', async (_name, argv) => {
    const log = JSON.parse((await run(argv)).stdout) as unknown;
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('rejects a log that breaks the schema (the validator is really checking)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] })).toBe(false);
  });
});
