import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, createDiagnostic, planFixes, span, type Diagnostic } from '@pcaq/core';
import { EditMap } from '../src/edit-map.js';

const withFix = (text: string, start: number, end: number, replacement: string): Diagnostic =>
  createDiagnostic(text, { code: 'PCAQ0105', span: span(start, end), fixes: [{ edits: [{ span: span(start, end), text: replacement }] }] });

describe('EditMap', () => {
  const text = "WorkloadCode EQ SFB";
  const diagnostics = [withFix(text, 13, 15, 'eq'), withFix(text, 16, 16, "'"), withFix(text, 19, 19, "'")];
  const { edits, fixed } = planFixes(text, diagnostics);
  const map = new EditMap(edits);

  it('produces what applyFixes produces', () => {
    expect(fixed).toBe("WorkloadCode eq 'SFB'");
    expect(fixed).toBe(applyFixes(text, diagnostics));
  });

  it('puts an insertion before a replacement at the same offset, whatever the diagnostic order', () => {
    const source = 'abc';
    const found = [withFix(source, 1, 2, 'X'), withFix(source, 1, 1, 'Y')];
    expect(applyFixes(source, found)).toBe('aYXc');
    expect(planFixes(source, found).fixed).toBe('aYXc');
  });

  it('maps spans outside edits exactly and spans covering an insertion to what it replaced', () => {
    expect(map.span(span(0, 12))).toEqual(span(0, 12)); // WorkloadCode
    expect(map.span(span(13, 15))).toEqual(span(13, 15)); // eq <- EQ
    expect(map.span(span(16, 21))).toEqual(span(16, 19)); // 'SFB' <- SFB
    expect(map.span(span(17, 20))).toEqual(span(16, 19)); // SFB inside the quotes
    expect(map.span(span(14, 15))).toBeUndefined(); // inside the replaced 'eq'
  });

  test.prop([fc.array(fc.tuple(fc.nat(30), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 5 })], { numRuns: 200 })(
    'agrees with applyFixes and maps unedited characters back to themselves',
    (raw) => {
      const source = 'abcdefghijklmnopqrstuvwxyz0123456789';
      const found = raw.map(([start, length, replacement]) => withFix(source, start, Math.min(start + length, source.length), replacement));
      const taken = planFixes(source, found);
      expect(taken.fixed).toBe(applyFixes(source, found));
      const m = new EditMap(taken.edits);
      for (let i = 0; i < taken.fixed.length; i++) {
        const back = m.span(span(i, i + 1));
        if (!back || back.end - back.start !== 1 || source[back.start] === taken.fixed[i]) continue;
        // A differing character must come from an edit that replaced exactly that span.
        expect(taken.edits.some((e) => e.span.start === back.start && e.span.end === back.end)).toBe(true);
      }
    },
  );
});
