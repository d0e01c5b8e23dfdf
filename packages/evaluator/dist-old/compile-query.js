import { createDiagnostic, LICENSE_USAGE_PATH, LICENSE_USAGE_SCHEMA } from '@pcaq/core';
import { resolveQuery } from '@pcaq/linter';
import { compileFilter } from './compile-filter.js';
import { createEvaluation } from './evaluation.js';
import { requireObject } from './evaluator-argument-error.js';
import { GroupIndex } from './group-index.js';
import { createNextLink } from './next-link.js';
import { latestProcessedDay, processedDay } from './processed-date.js';
import { createGroupCollector, createRowCollector } from './result-collector.js';
import { openRowSource } from './row-source.js';
/**
 * Checks a query with `@pcaq/linter`'s `resolveQuery` and compiles it into closures, once.
 * Never throws for a bad query: the outcome then has `ok: false` and the diagnostics.
 *
 * @throws EvaluatorArgumentError when `query` is not an object (`null`, a string) or `options`
 *   is neither an object nor undefined/null; the same for a run's options.
 * @example
 * ```ts
 * const compiled = compileQuery({ filter: "channel eq 'Reseller'", top: 100 });
 * if (compiled.ok) console.log(compiled.evaluate(rows));
 * ```
 */
export function compileQuery(query, given) {
    requireObject('query', query, false);
    requireObject('options', given, true);
    const options = given ?? {};
    const schema = options.schema ?? LICENSE_USAGE_SCHEMA;
    const resolved = resolveQuery(query, { schema });
    if (resolved.query === undefined)
        return { ok: false, diagnostics: resolved.diagnostics };
    const checked = resolved.query;
    const caseSensitive = options.caseSensitive ?? false;
    const filter = checked.filter && compileFilter(checked.filter, schema, caseSensitive);
    const groupFields = checked.groupby && checked.groupby.length > 0 ? checked.groupby : undefined;
    const nextLink = createNextLink(query, checked, options.basePath ?? LICENSE_USAGE_PATH);
    const askedDay = checked.processedDateTime === undefined ? undefined : processedDay(checked.processedDateTime);
    const start = (givenRun) => {
        requireObject('run', givenRun, true);
        const run = givenRun ?? {};
        const paging = { skip: checked.skip, top: checked.top, all: run.all ?? false };
        const day = askedDay ?? run.latestDay;
        const collector = groupFields
            ? createGroupCollector(() => new GroupIndex(groupFields, schema, caseSensitive), paging)
            : createRowCollector(paging, day === undefined ? undefined : run.onRow);
        return createEvaluation({ filter, collector, paging, day, nextLink, emit: run.onRow });
    };
    const warnings = resolved.diagnostics;
    const outcome = (evaluation) => {
        const result = evaluation.finish();
        if (evaluation.diagnostics.length > 0)
            return { ok: false, diagnostics: [...warnings, ...evaluation.diagnostics] };
        return { ok: true, diagnostics: warnings, ...result };
    };
    const notRows = (found) => ({
        ok: false,
        diagnostics: [...warnings, createDiagnostic('', { code: 'PCAQ0502', span: { start: 0, end: 0 }, args: { found } })],
    });
    return {
        ok: true,
        diagnostics: warnings,
        query: checked,
        matches: filter ?? (() => true),
        start,
        evaluate(source, run) {
            requireObject('run', run, true);
            const opened = openRowSource(source, false);
            if (!('rows' in opened))
                return notRows(opened.found);
            const rows = opened.rows;
            // An array can be read twice: find the latest day first, then stream rows through. Any
            // other iterable may be one-shot, so it gets the one-pass run.
            const latestDay = askedDay ?? (Array.isArray(rows) ? (latestProcessedDay(rows) ?? '') : undefined);
            const evaluation = start(latestDay === undefined ? run : { ...run, latestDay });
            for (const row of rows)
                evaluation.push(row);
            return outcome(evaluation);
        },
        async evaluateAsync(source, run) {
            const opened = openRowSource(source, true);
            if (!('rows' in opened))
                return notRows(opened.found);
            const evaluation = start(run);
            for await (const row of opened.rows)
                evaluation.push(row);
            return outcome(evaluation);
        },
    };
}
//# sourceMappingURL=compile-query.js.map