/**
 * Without groupby the result is the filtered rows in input order. Only the page is kept: memory
 * is at most `top` rows (unless `all`), whatever the input's size. When `streamTo` is given, page
 * rows go there at once instead of being kept (used when the processed date is known up front).
 *
 * @example
 * ```ts
 * const rows = createRowCollector({ skip: 1, top: 1, all: false });
 * rows.add({ a: '1' }); rows.add({ a: '2' }); rows.add({ a: '3' });
 * rows.total(); // 3
 * rows.finish((row) => console.log(row)); // { a: '2' }
 * ```
 */
export function createRowCollector(paging, streamTo) {
    const end = paging.all ? Infinity : paging.skip + paging.top;
    const start = paging.all ? 0 : paging.skip;
    let count = 0;
    let page = [];
    return {
        add(row) {
            const index = count++;
            if (index < start || index >= end)
                return;
            if (streamTo)
                streamTo(row);
            else
                page.push(row);
        },
        reset() {
            count = 0;
            page = [];
        },
        total: () => count,
        finish(emit) {
            for (const row of page)
                emit(row);
            page = [];
        },
    };
}
/**
 * With groupby the result is one row per group; only the groups are held in memory.
 *
 * @example
 * ```ts
 * const groups = createGroupCollector(() => new GroupIndex(['channel'], LICENSE_USAGE_SCHEMA, false), { skip: 0, top: 10, all: false });
 * groups.add({ channel: 'Reseller', licensesActive: 2, licensesQualified: 3 });
 * groups.total(); // 1
 * ```
 */
export function createGroupCollector(newIndex, paging) {
    let index = newIndex();
    return {
        add: (row) => index.add(row),
        reset() {
            index = newIndex();
        },
        total: () => index.size,
        finish(emit) {
            const rows = paging.all ? index.rows() : index.rows(paging.skip, paging.skip + paging.top);
            for (const row of rows)
                emit(row);
        },
    };
}
//# sourceMappingURL=result-collector.js.map