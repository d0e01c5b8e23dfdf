import { diagnosticInit, reviseDiagnostic, type Diagnostic } from '@pcaq/core';
import { scan } from './coarse-scan.js';

const AND = new Set(['and', '&&', '&']);
const OR = new Set(['or', '||', '|']);

/**
 * Where a parenthesis is missing (PCAQ0110) or has no partner (PCAQ0111), the repair decides
 * where a group begins or ends. In a filter whose logical operators are all `and` (or all `or`)
 * every choice means the same, so the repair stays a fix. Once both appear, the choice changes
 * the meaning (`a or b) and c` is `(a or b) and c` or `a or (b and c)`), so the repair is only a
 * guess: it becomes a suggestion, never applied by `applyFixes` (docs/diagnostics.md, "Fixes and
 * suggestions").
 */
export function demoteGuessedParenFixes(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => (d.code === 'PCAQ0110' || d.code === 'PCAQ0111') && d.fixes)) return diagnostics;
  if (!mixesAndWithOr(text)) return diagnostics;
  return diagnostics.map((d) => {
    if ((d.code !== 'PCAQ0110' && d.code !== 'PCAQ0111') || !d.fixes) return d;
    const { fixes = [], suggestions = [] } = diagnosticInit(d);
    return reviseDiagnostic(d, { fixes: [], suggestions: [...fixes, ...suggestions] });
  });
}

function mixesAndWithOr(text: string): boolean {
  let and = false;
  let or = false;
  for (const piece of scan(text)) {
    if (piece.kind !== 'word' && piece.kind !== 'symbol') continue;
    const image = text.slice(piece.start, piece.end).toLowerCase();
    if (AND.has(image)) and = true;
    else if (OR.has(image)) or = true;
  }
  return and && or;
}
