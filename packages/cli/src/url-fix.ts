import { applyFixes, type Diagnostic, type Schema } from '@pcaq/core';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { canonicalParameter, decodeQuery, encodeQueryComponent, type DecodedParameter } from '@pcaq/printer';
import { fixToFixedPoint } from './fix-loop.js';

/**
 * How {@link fixUrl} finds the problems of a URL and of the parameter values it fixes; the
 * linter's by default. Tests pass others to check that no fix, however wrong, loses a parameter.
 *
 * @example
 * ```ts
 * const diagnose: UrlDiagnosis = { url: (url) => decodeQuery(url).diagnostics, filter: (t) => parseFilter(t).diagnostics, groupby: (t) => parseGroupBy(t).diagnostics };
 * ```
 */
export interface UrlDiagnosis {
  readonly url: (url: string) => readonly Diagnostic[];
  readonly filter: (text: string) => readonly Diagnostic[];
  readonly groupby: (text: string) => readonly Diagnostic[];
  /** The problems of an `orderby` value (its fixes: `DESC` to `desc`, a repeated key removed); none when absent. */
  readonly orderby?: (text: string) => readonly Diagnostic[];
  /** The problems of an `aggregationLevel` value (its fix: `Week` to `week`); none when absent. */
  readonly aggregationLevel?: (text: string) => readonly Diagnostic[];
}

/** The parameters whose values `fixUrl` fixes in place: every one whose diagnostics carry fixes (docs/cli.md, "--fix"). */
const FIXED_VALUES = ['filter', 'groupby', 'orderby', 'aggregationLevel'] as const;

/**
 * The linter's diagnosis of a URL whose values are checked against `schema` (an endpoint's,
 * docs/endpoints.md); licence usage's when none is given.
 *
 * @example
 * ```ts
 * fixUrl('?filter=autoRenewEnabled%20eq%20%27true%27', linterDiagnosis(ENDPOINT_SCHEMAS.subscriptions));
 * ```
 */
export function linterDiagnosis(schema?: Schema): Required<UrlDiagnosis> {
  const options = schema !== undefined ? { schema } : {};
  return {
    url: (url) => decodeQuery(url).diagnostics,
    filter: (text) => parseFilter(text, options).diagnostics,
    groupby: (text) => parseGroupBy(text, options).diagnostics,
    orderby: (text) => lintQuery({ orderby: text }, options).filter((d) => d.source === 'orderby'),
    aggregationLevel: (text) => lintQuery({ aggregationLevel: text }, options).filter((d) => d.source === 'aggregationLevel'),
  };
}

const LINTER: UrlDiagnosis = linterDiagnosis();

/**
 * The URL with its safe fixes applied and everything else as the user wrote it (docs/cli.md,
 * "--fix"): the filter, group-by, orderby and aggregationLevel values fixed (to a fixed point) and encoded again, only when
 * a fix changed them and their escapes were all valid; parameter names fixed (`$filter` to
 * `filter`). Fixes only, never suggestions. Every parameter is kept, known or not, repeated or
 * not, in its place: a URL-level fix that would remove a parameter, add one or change which
 * parameter a name stands for is not applied, whoever proposed it.
 *
 * @example
 * ```ts
 * fixUrl('?$filter=channel%20EQ%20%27x%27&fitler=a&api-version=2');
 * // '?filter=channel%20eq%20%27x%27&fitler=a&api-version=2'
 * ```
 */
export function fixUrl(url: string, diagnose: UrlDiagnosis = LINTER): string {
  const withValues = fixValues(url, diagnose);
  const before = decodeQuery(withValues).parameters;
  const safe = diagnose.url(withValues).filter((d) => {
    const fix = d.fixes?.[0];
    return fix !== undefined && sameParameters(before, decodeQuery(applyFixes(withValues, [d])).parameters);
  });
  const fixed = applyFixes(withValues, safe);
  // Fixes that are safe one by one are checked together too; if together they are not, none is applied.
  return sameParameters(before, decodeQuery(fixed).parameters) ? fixed : withValues;
}

/** Fixes the values of {@link FIXED_VALUES} in place, right to left so earlier offsets stay valid. */
function fixValues(url: string, diagnose: UrlDiagnosis): string {
  const malformed = diagnose.url(url).filter((d) => d.code === 'PCAQ0407').map((d) => d.span);
  let out = url;
  for (const p of [...decodeQuery(url).parameters].reverse()) {
    const parameter = FIXED_VALUES.find((name) => name === p.parameter);
    const diagnoseValue = parameter === undefined ? undefined : diagnose[parameter];
    if (!p.used || diagnoseValue === undefined) continue;
    // A value with a bad escape keeps its raw characters: re-encoding would turn %FF into %25FF.
    if (malformed.some((s) => s.start < p.valueSpan.end && p.valueSpan.start < s.end)) continue;
    const fixed = fixToFixedPoint(p.value, diagnoseValue);
    if (fixed === p.value) continue;
    out = out.slice(0, p.valueSpan.start) + encodeQueryComponent(fixed) + out.slice(p.valueSpan.end);
  }
  return out;
}

/** The same parameters, in the same order, with the same values, each standing for the same parameter. */
function sameParameters(before: readonly DecodedParameter[], after: readonly DecodedParameter[]): boolean {
  return (
    before.length === after.length &&
    before.every((p, i) => {
      const q = after[i]!;
      return p.value === q.value && canonicalParameter(p.name) === canonicalParameter(q.name);
    })
  );
}
