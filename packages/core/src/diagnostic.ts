import type { LineColumn, Span } from './span.js';
import { LineIndex } from './line-index.js';
import { DIAGNOSTIC_MESSAGES, type DiagnosticCode, type DiagnosticMessage } from './messages.js';
import { InvalidArgumentError } from './invalid-argument.js';

/**
 * How bad a problem is: an `error` makes the service answer 400 (or is refused by pcaq); a
 * `warning` is accepted but probably not what was meant.
 *
 * @example
 * ```ts
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning';

/**
 * Replace the text at `span` by `text` (an insertion when the span is empty).
 *
 * @example
 * ```ts
 * const edit: TextEdit = { span: { start: 13, end: 15 }, text: 'eq' };
 * ```
 */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

/**
 * A named set of non-overlapping edits. In `fixes` it is safe and mechanical (applying it yields
 * text that parses); in `suggestions` it needs a human to decide.
 *
 * @example
 * ```ts
 * const fix: Fix = { message: "Replace '==' with 'eq'", edits: [{ span: { start: 13, end: 15 }, text: 'eq' }] };
 * ```
 */
export interface Fix {
  readonly message: string;
  readonly edits: readonly TextEdit[];
}

/**
 * Which request parameter a diagnostic belongs to; `url` is the request URL or query string itself.
 *
 * @example
 * ```ts
 * const source: DiagnosticSource = 'groupby';
 * ```
 */
export type DiagnosticSource = 'filter' | 'groupby' | 'top' | 'skip' | 'processedDateTime' | 'orderby' | 'aggregationLevel' | 'url';

/**
 * One problem in the text the user gave (docs/diagnostics.md). Offsets index that text; `line` and
 * `column` are 1-based, of `span.start`.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   code: 'PCAQ0105', severity: 'error', message: "Keywords are lowercase: write 'eq', not 'EQ'.",
 *   span: { start: 13, end: 15 }, line: 1, column: 14,
 *   fixes: [{ message: "Replace 'EQ' with 'eq'", edits: [{ span: { start: 13, end: 15 }, text: 'eq' }] }],
 * };
 * ```
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly line: number;
  readonly column: number;
  readonly fixes?: readonly Fix[];
  readonly suggestions?: readonly Fix[];
  /** The parameter the diagnostic belongs to, set by whole-request linting. */
  readonly source?: DiagnosticSource;
}

/**
 * A fix or suggestion as a producer gives it: the edits, and any placeholder values of the code's
 * `fix` template beyond the diagnostic's own `args` (the text itself is in the message table).
 *
 * @example
 * ```ts
 * const fix: FixInit = { edits: [{ span: { start: 0, end: 12 }, text: 'workloadCode' }], args: { original: 'WorkloadCode', replacement: 'workloadCode' } };
 * ```
 */
export interface FixInit {
  readonly edits: readonly TextEdit[];
  readonly args?: Readonly<Record<string, string | number>>;
}

/**
 * What {@link createDiagnostic} needs: the code, where, the placeholder values of the code's
 * message template, and any fixes and suggestions (their text comes from the code's `fix` template).
 *
 * @example
 * ```ts
 * const init: DiagnosticInit = { code: 'PCAQ0105', span: { start: 13, end: 15 }, args: { actual: 'EQ', expected: 'eq' } };
 * ```
 */
export interface DiagnosticInit {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly args?: Readonly<Record<string, string | number>>;
  readonly fixes?: readonly FixInit[];
  readonly suggestions?: readonly FixInit[];
  readonly source?: DiagnosticSource;
  /** A named wording of the code's `variants` in the message table, instead of its `template`. */
  readonly variant?: string;
  /**
   * For a problem outside any text (a row given in code): the line to report, the 1-based row
   * number, with column 1 (docs/diagnostics.md, PCAQ0501).
   */
  readonly line?: number;
}

/**
 * Where a diagnostic's offsets are counted: the text itself, a {@link LineIndex} of it (one text,
 * many diagnostics), or a function giving line and column of an offset (a file whose index its
 * reader keeps).
 *
 * @example
 * ```ts
 * const where: DiagnosticText = new LineIndex("workloadCode EQ 'SFB'");
 * ```
 */
export type DiagnosticText = string | LineIndex | ((offset: number) => LineColumn);

/** What each diagnostic was made from, so a later stage can make it again with other spans or fixes. */
const ORIGINS = new WeakMap<Diagnostic, { readonly text: DiagnosticText; readonly init: DiagnosticInit }>();

/**
 * Builds a diagnostic from the message table: severity and message come from the code, line and
 * column from `text` (or from a {@link LineIndex} of it, when one text gets many diagnostics: a
 * scan of the text per diagnostic would make their cost quadratic). Every diagnostic pcaq reports
 * is made here, and it is frozen: a later stage that moves it (to the original text, to a file)
 * or turns its fixes into suggestions makes a new one with {@link reviseDiagnostic}
 * (docs/diagnostics.md, "How diagnostics are made").
 *
 * @throws InvalidArgumentError when `init.code` is not a code of the message table, or `init`,
 * its span or `text` are not what they should be (programming mistakes).
 * @example
 * ```ts
 * const text = "workloadCode EQ 'SFB'";
 * createDiagnostic(text, { code: 'PCAQ0105', span: { start: 13, end: 15 }, args: { actual: 'EQ', expected: 'eq' } });
 * // { code: 'PCAQ0105', severity: 'error', message: "Keywords are lowercase: write 'eq', not 'EQ'.", line: 1, column: 14, ... }
 * ```
 */
export function createDiagnostic(text: DiagnosticText, init: DiagnosticInit): Diagnostic {
  if (typeof init !== 'object' || init === null) throw new InvalidArgumentError('createDiagnostic', 'init', 'is not an object');
  if (typeof init.span !== 'object' || init.span === null || typeof init.span.start !== 'number') throw new InvalidArgumentError('createDiagnostic', 'init.span', 'is not a span');
  if (typeof text !== 'string' && typeof text !== 'function' && !(text instanceof LineIndex)) throw new InvalidArgumentError('createDiagnostic', 'text', 'is not a string');
  const entry = Object.hasOwn(DIAGNOSTIC_MESSAGES, init.code) ? DIAGNOSTIC_MESSAGES[init.code] : undefined;
  if (!entry) throw new InvalidArgumentError('createDiagnostic', 'init.code', `is not a diagnostic code: ${String(init.code)}`);
  // A text is indexed once and kept so: making the diagnostic again costs a binary search, not a scan.
  const lines = typeof text === 'string' ? new LineIndex(text) : text;
  const { line, column } = init.line !== undefined ? { line: init.line, column: 1 } : positionOf(lines, init.span.start);
  const args = init.args ?? {};
  const fixes = fixesOf(init.code, entry, args, init.fixes);
  const suggestions = fixesOf(init.code, entry, args, init.suggestions);
  const diagnostic: Diagnostic = Object.freeze({
    code: init.code,
    severity: entry.severity,
    message: formatMessage(templateOf(init, entry), args),
    span: init.span,
    line,
    column,
    ...(fixes.length > 0 ? { fixes } : {}),
    ...(suggestions.length > 0 ? { suggestions } : {}),
    ...(init.source ? { source: init.source } : {}),
  });
  ORIGINS.set(diagnostic, { text: lines, init });
  return diagnostic;
}

/**
 * What a later stage may change when it makes a diagnostic again: where it is (`span`, and `text`
 * for line and column when the span indexes another text), its fixes and suggestions (replacing
 * the old ones; their text still comes from the message table), and its parameter.
 *
 * @example
 * ```ts
 * const revision: DiagnosticRevision = { suggestions: [{ edits: [{ span: { start: 8, end: 8 }, text: ')' }] }], fixes: [] };
 * ```
 */
export interface DiagnosticRevision {
  readonly text?: DiagnosticText;
  readonly span?: Span;
  readonly fixes?: readonly FixInit[];
  readonly suggestions?: readonly FixInit[];
  readonly source?: DiagnosticSource;
}

/**
 * The {@link DiagnosticInit} a diagnostic was made from, to map its spans or fixes before making
 * it again with {@link reviseDiagnostic}.
 *
 * @throws InvalidArgumentError when `diagnostic` was not made by {@link createDiagnostic} (a copy
 * or a hand-written object: there is no table entry to make it again from).
 * @example
 * ```ts
 * const d = createDiagnostic("a EQ 'x'", { code: 'PCAQ0105', span: { start: 2, end: 4 }, args: { actual: 'EQ', expected: 'eq' } });
 * diagnosticInit(d).args; // { actual: 'EQ', expected: 'eq' }
 * ```
 */
export function diagnosticInit(diagnostic: Diagnostic): DiagnosticInit {
  return originOf('diagnosticInit', diagnostic).init;
}

/**
 * A new diagnostic made by {@link createDiagnostic} from the init of `diagnostic` with `revision`
 * applied: the one way to move a diagnostic or change its fixes, since diagnostics are never
 * patched (docs/diagnostics.md, "How diagnostics are made").
 *
 * @throws InvalidArgumentError when `diagnostic` was not made by {@link createDiagnostic}, or
 * the revision gives fixes to a code that has no fix text.
 * @example
 * ```ts
 * const d = createDiagnostic("a EQ 'x'", { code: 'PCAQ0105', span: { start: 2, end: 4 }, args: { actual: 'EQ', expected: 'eq' } });
 * reviseDiagnostic(d, { source: 'filter' }).source; // 'filter'
 * ```
 */
export function reviseDiagnostic(diagnostic: Diagnostic, revision: DiagnosticRevision): Diagnostic {
  const origin = originOf('reviseDiagnostic', diagnostic);
  if (typeof revision !== 'object' || revision === null) throw new InvalidArgumentError('reviseDiagnostic', 'revision', 'is not an object');
  const { text = origin.text, ...changes } = revision;
  return createDiagnostic(text, { ...origin.init, ...changes });
}

/**
 * Records that `made` was made from `from` (a wider record of the same diagnostic, such as one
 * placed in a file), so it too can be made again. Core's own makers only; not exported from the package.
 */
export function rememberOrigin<D extends Diagnostic>(made: D, from: Diagnostic): D {
  ORIGINS.set(made, originOf('rememberOrigin', from));
  return made;
}

function originOf(caller: string, diagnostic: Diagnostic): { readonly text: DiagnosticText; readonly init: DiagnosticInit } {
  const origin = typeof diagnostic === 'object' && diagnostic !== null ? ORIGINS.get(diagnostic) : undefined;
  if (!origin) throw new InvalidArgumentError(caller, 'diagnostic', 'was not made by createDiagnostic');
  return origin;
}

function positionOf(text: LineIndex | ((offset: number) => LineColumn), offset: number): LineColumn {
  return text instanceof LineIndex ? text.at(offset) : text(offset);
}

function templateOf(init: DiagnosticInit, entry: DiagnosticMessage): string {
  if (init.variant === undefined) return entry.template;
  const variant = entry.variants && Object.hasOwn(entry.variants, init.variant) ? entry.variants[init.variant] : undefined;
  if (variant === undefined) throw new InvalidArgumentError('createDiagnostic', 'init.variant', `is not a wording of ${init.code}: ${String(init.variant)}`);
  return variant;
}

/** Fixes with their text from the table; a code without a `fix` template cannot have any. */
function fixesOf(code: DiagnosticCode, entry: DiagnosticMessage, args: Readonly<Record<string, string | number>>, given: readonly FixInit[] | undefined): Fix[] {
  if (given === undefined || given.length === 0) return [];
  const template = entry.fix;
  if (template === undefined) throw new InvalidArgumentError('createDiagnostic', 'init.fixes', `are given, but ${code} has no fix text in the message table`);
  return given.map((fix) => ({ message: formatMessage(template, fix.args ? { ...args, ...fix.args } : args), edits: fix.edits }));
}

/**
 * Fills `{name}` placeholders; an unknown placeholder is left as written so a missing argument
 * shows in tests instead of printing `undefined`.
 *
 * @example
 * ```ts
 * formatMessage('Unknown field {name}.', { name: 'foo' }); // 'Unknown field foo.'
 * ```
 * @throws InvalidArgumentError when `template` is not a string.
 */
export function formatMessage(template: string, args: Readonly<Record<string, string | number>>): string {
  if (typeof template !== 'string') throw new InvalidArgumentError('formatMessage', 'template', 'is not a string');
  args = typeof args === 'object' && args !== null ? args : {};
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = Object.hasOwn(args, key) ? args[key] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/**
 * Whether any diagnostic is an error.
 *
 * @example
 * ```ts
 * hasErrors(parseFilter("workloadCode eq 'SFB'").diagnostics); // false
 * ```
 * @throws InvalidArgumentError when `diagnostics` is not an array.
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  if (!Array.isArray(diagnostics)) throw new InvalidArgumentError('hasErrors', 'diagnostics', 'is not an array');
  return diagnostics.some((d) => d?.severity === 'error');
}
