import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { DIAGNOSTIC_MESSAGES, LICENSE_USAGE_SCHEMA, type Schema } from '@pcaq/core';
import { readChunks } from './read-bytes.js';

// Bytes that look like the formats' own syntax, mixed with anything at all.
const syntax = fc.constantFrom(...['{', '}', '[', ']', '"', ',', ':', '\n', '\r\n', '\\', 'Value', 'licensesActive', 'channel', 'seatsAssigned', '"seatAssigned"', '1e3', '9007199254740993', '-', ' ', '\t', 'é', '\ufeff'].map((s) => Buffer.from(s)));
const noise = fc.uint8Array({ minLength: 1, maxLength: 4 });
const input = fc.array(fc.oneof(syntax, syntax, noise), { maxLength: 60 }).map((parts) => Buffer.concat(parts));

// Licence usage with one more count (and its alias): the schema decides what the readers check.
const WITH_SEATS: Schema = {
  name: 'seat usage',
  fields: [...LICENSE_USAGE_SCHEMA.fields, { name: 'seatsAssigned', kind: 'count', filterable: false, groupable: false, aliases: ['seatAssigned'] }],
};

describe('arbitrary bytes', () => {
  it.prop([input, fc.constantFrom('csv', 'json', 'ndjson'), fc.boolean(), fc.nat(), fc.boolean()], { numRuns: 500 })(
    'give rows or a read error naming file, line and column and a PCAQ05xx code of the message table, never anything else, with or without skipBadRows',
    async (bytes, format, skipBadRows, cutSeed, seats) => {
      const cut = cutSeed % (bytes.length + 1);
      const outcome = await readChunks([bytes.subarray(0, cut), bytes.subarray(cut)], { format, skipBadRows, ...(seats ? { schema: WITH_SEATS } : {}) });
      for (const problem of [...outcome.skipped, ...(outcome.error ? [outcome.error] : [])]) {
        expect(problem.file).toBe('input');
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
        expect(problem.message).not.toBe('');
        expect(problem.code).toMatch(/^PCAQ05\d\d$/);
        expect(Object.hasOwn(DIAGNOSTIC_MESSAGES, problem.code)).toBe(true);
      }
      for (const row of outcome.rows) {
        for (const value of Object.values(row)) expect(['string', 'number', 'bigint', 'object']).toContain(typeof value);
        // A count of the schema is a count, or missing: never text.
        const counts = seats ? ['licensesActive', 'licensesQualified', 'seatsAssigned'] : ['licensesActive', 'licensesQualified'];
        for (const name of counts) if (row[name] !== undefined && row[name] !== null) expect(['number', 'bigint']).toContain(typeof row[name]);
      }
    },
  );
});
