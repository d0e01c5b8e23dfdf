import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnosticHelpUri } from '@pcaq/core';

describe('diagnosticHelpUri', () => {
  it('points at the code entry of the published diagnostics reference', () => {
    expect(diagnosticHelpUri('PCAQ0104')).toBe('https://pcaq.github.io/pcaq/documents/diagnostics.html#pcaq0104');
  });

  it('gives every code its own lowercase anchor', () => {
    const uris = DIAGNOSTIC_CODES.map(diagnosticHelpUri);
    expect(new Set(uris).size).toBe(DIAGNOSTIC_CODES.length);
    for (const [index, code] of DIAGNOSTIC_CODES.entries()) expect(uris[index]!.endsWith(`#${code.toLowerCase()}`)).toBe(true);
  });
});
