import { describe, expect, it } from 'vitest';
import { AZURE_USAGE_SCHEMA, checkedQuery, groupByField, LICENSE_DEPLOYMENT_SCHEMA, NO_SPAN, SUBSCRIPTIONS_SCHEMA } from '@pcaq/core';
import { compileSql } from '@pcaq/sql';

// docs/engines.md, "Family results": the statement shape follows the schema, never an endpoint name.
describe('compileSql over the analytics family', () => {
  it('selects a snapshot only where the endpoint takes processedDateTime', () => {
    const dated = compileSql(checkedQuery({ schema: LICENSE_DEPLOYMENT_SCHEMA, top: 10, skip: 0 }), { dialect: 'duckdb', source: 't' });
    const undated = compileSql(checkedQuery({ schema: SUBSCRIPTIONS_SCHEMA, top: 10, skip: 0 }), { dialect: 'duckdb', source: 't' });
    expect(dated.text).toContain('"pcaq_day"');
    expect(undated.text).not.toContain('"pcaq_day"');
    expect(undated.columns).not.toContain('processedDateTime');
  });

  it('buckets a grouped date field only with a level, and ranks by orderby keys the result holds', () => {
    const query = checkedQuery({
      schema: AZURE_USAGE_SCHEMA,
      groupby: [groupByField('usageDate')],
      aggregationLevel: 'week',
      orderby: [
        { type: 'OrderByItem', name: 'meterCategory', direction: 'asc', span: NO_SPAN },
        { type: 'OrderByItem', name: 'usageDate', direction: 'desc', span: NO_SPAN },
      ],
      top: 10,
      skip: 0,
    });
    for (const dialect of ['duckdb', 'postgres'] as const) {
      const sql = compileSql(query, { dialect, source: 't' });
      expect(sql.text).toContain(`date_trunc('week'`);
      expect(sql.text).toContain('"pcaq_rank"');
      expect(sql.text).toContain('DESC NULLS LAST');
      // meterCategory is not in the grouped result: it is no sort key.
      expect(sql.text).not.toMatch(/"meterCategory".*ASC NULLS FIRST/s);
      expect(sql.columns).toEqual(['usageDate', 'quantity']);
    }
  });
});
