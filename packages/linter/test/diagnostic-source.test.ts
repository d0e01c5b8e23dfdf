import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';

// Whole-request linting labels each diagnostic with its parameter as it is made (no diagnostic
// is copied and patched afterwards), whichever producer made it: parser, checker, request rules.
describe('diagnostic source', () => {
  it('is set by every producer of a filter: syntax, schema, replacement character, speculative check', () => {
    const { diagnostics } = parseFilter("WorkloadCode EQ 'SFB' and customerName eq 'M\uFFFDller' and (channel eq 'x'", { source: 'filter' });
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['PCAQ0201', 'PCAQ0105', 'PCAQ0411', 'PCAQ0110']));
    expect(diagnostics.every((d) => d.source === 'filter')).toBe(true);
  });

  it('is set on group-by diagnostics and left out when no source is given', () => {
    expect(parseGroupBy('channel,,Channel', { source: 'groupby' }).diagnostics.every((d) => d.source === 'groupby')).toBe(true);
    expect(parseGroupBy('channel,,Channel').diagnostics.some((d) => 'source' in d)).toBe(false);
  });

  test.prop([fc.record({ filter: fc.string({ maxLength: 30 }), groupby: fc.string({ maxLength: 20 }), top: fc.string({ maxLength: 4 }), skip: fc.string({ maxLength: 4 }) }, { requiredKeys: [] })])(
    'names the parameter of every diagnostic of lintQuery',
    (query) => {
      for (const d of lintQuery(query)) {
        expect(['filter', 'groupby', 'top', 'skip', 'processedDateTime', 'url']).toContain(d.source);
        if (d.source !== 'url') expect(query).toHaveProperty(d.source as string);
      }
    },
  );
});
