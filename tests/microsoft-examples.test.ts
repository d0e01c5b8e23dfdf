import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, ENDPOINT_SCHEMAS, type Diagnostic, type EndpointId } from '@pcaq/core';
import { lintQuery } from '@pcaq/linter';
import { decodeQuery, urlEndpoint } from '@pcaq/printer';

// Every filter, groupby and URL example of Microsoft's pages for the analytics endpoints, as
// docs/endpoints.md quotes them, with pcaq's verdict under its endpoint: clean ([]) or the exact
// diagnostics, each as [code, the text it points at]. Where a page is wrong, the verdict is the
// error and a comment says why.

type Verdict = readonly (readonly [string, string])[];

interface Example {
  readonly endpoint: EndpointId;
  readonly kind: 'filter' | 'groupby' | 'url';
  readonly text: string;
  readonly verdict: Verdict;
}

const HOST = 'https://api.partnercenter.microsoft.com';

const EXAMPLES: readonly Example[] = [
  // get-licenses-usage-information: the filter parameter's two examples and the request example,
  // a request line written `HTTP 1.1` (a space, not a slash) and without the trailing slash.
  { endpoint: 'license-usage', kind: 'filter', text: "workloadCode eq 'SFB'", verdict: [] },
  { endpoint: 'license-usage', kind: 'filter', text: "workloadCode eq 'SFB' or (channel eq 'Reseller')", verdict: [] },
  {
    endpoint: 'license-usage',
    kind: 'url',
    text: `GET ${HOST}/partner/v1/analytics/commercial/usage/license?filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27 HTTP 1.1`,
    verdict: [],
  },
  // get-licenses-deployment-information: the page's filter.
  { endpoint: 'license-deployment', kind: 'filter', text: "serviceCode eq 'O365' or (channel eq 'Reseller')", verdict: [] },
  // Subscriptions: subscriptionType is case-sensitive, so the case-only mismatch is a warning with a
  // fix; the grouped example returns values outside the documented list (M365), a warning too.
  { endpoint: 'subscriptions', kind: 'filter', text: "subscriptionType eq 'office'", verdict: [['PCAQ0211', "'office'"]] },
  { endpoint: 'subscriptions', kind: 'filter', text: "subscriptionType eq 'M365'", verdict: [['PCAQ0210', "'M365'"]] },
  { endpoint: 'subscriptions', kind: 'filter', text: 'autoRenewEnabled eq true', verdict: [] },
  // A boolean written as a string is the wrong literal kind (the fix writes true).
  { endpoint: 'subscriptions', kind: 'filter', text: "autoRenewEnabled eq 'true'", verdict: [['PCAQ0207', "'true'"]] },
  { endpoint: 'subscriptions', kind: 'filter', text: "contains(productName,'Office')", verdict: [] },
  // customerName and friendlyName take contains only.
  { endpoint: 'subscriptions', kind: 'filter', text: "customerName eq 'Contoso'", verdict: [['PCAQ0206', 'eq']] },
  { endpoint: 'subscriptions', kind: 'filter', text: "creationDate ge cast('2018-01-01', Edm.DateTimeOffset)", verdict: [] },
  // A bare or quoted ISO date is accepted with a warning and a fix to the documented cast form.
  { endpoint: 'subscriptions', kind: 'filter', text: 'creationDate ge 2018-01-01', verdict: [['PCAQ0208', '2018-01-01']] },
  // The page's operator column says "string" for partnerName: decided eq ne.
  { endpoint: 'subscriptions', kind: 'filter', text: "partnerName gt 'A'", verdict: [['PCAQ0206', 'gt']] },
  { endpoint: 'subscriptions', kind: 'groupby', text: 'subscriptionType,creationDate', verdict: [] },
  // The parameter table spells groupBy; the service reads names ignoring case, canonical is groupby.
  {
    endpoint: 'subscriptions',
    kind: 'url',
    text: `${HOST}/partner/v1/analytics/subscriptions?groupBy=subscriptionType`,
    verdict: [['PCAQ0406', 'groupBy']],
  },
  // get-all-azure-usage-analytics: the page's own example compares dates with le cast(...), twice.
  { endpoint: 'azure-usage', kind: 'filter', text: "usageDate le cast('2018-01-01', Edm.DateTimeOffset)", verdict: [] },
  {
    endpoint: 'azure-usage',
    kind: 'filter',
    text: "usageDate le cast('2018-01-01', Edm.DateTimeOffset) and usageDate le cast('2018-02-01', Edm.DateTimeOffset)",
    verdict: [],
  },
  // The prose allows eq ne only, on fields other than dates.
  { endpoint: 'azure-usage', kind: 'filter', text: "meterCategory gt 'A'", verdict: [['PCAQ0206', 'gt']] },
  // get-all-indirect-resellers-analytics: dates compared with le cast(...), as Azure usage.
  {
    endpoint: 'indirect-resellers',
    kind: 'filter',
    text: "firstSubscriptionCreationDate le cast('2018-01-01', Edm.DateTimeOffset)",
    verdict: [],
  },
  // The page's groupby example is wrong: ageGroup is a field of another product, not of this
  // endpoint, so the service cannot group by it. pcaq's verdict is the error.
  { endpoint: 'indirect-resellers', kind: 'groupby', text: 'ageGroup,market', verdict: [['PCAQ0201', 'ageGroup']] },
  { endpoint: 'indirect-resellers', kind: 'groupby', text: 'market', verdict: [] },
  // get-all-referrals-analytics and get-all-search-analytics show only field eq 'value'.
  { endpoint: 'referrals', kind: 'filter', text: "customerMarket eq 'value'", verdict: [] },
  { endpoint: 'search', kind: 'filter', text: "companyName eq 'value'", verdict: [] },
  // Search dates are date-only values such as 2018-05-30.
  { endpoint: 'search', kind: 'filter', text: "searchDate eq cast('2018-05-30', Edm.DateTimeOffset)", verdict: [] },
];

/** The diagnostics of an example, linted as `pcaq lint` lints it: a URL says its endpoint by its path. */
function verdictOf(example: Example): { endpoint: string; diagnostics: Diagnostic[]; text: (d: Diagnostic) => string } {
  if (example.kind !== 'url') {
    const diagnostics = lintQuery({ [example.kind]: example.text }, { schema: ENDPOINT_SCHEMAS[example.endpoint] });
    return { endpoint: example.endpoint, diagnostics, text: (d) => example.text.slice(d.span.start, d.span.end) };
  }
  const decoded = decodeQuery(example.text);
  const { schema, diagnostics } = urlEndpoint(example.text);
  const all = [...diagnostics, ...decoded.diagnostics, ...lintQuery(decoded.query, { schema })];
  const texts: Record<string, string> = { url: example.text, ...Object.fromEntries(Object.entries(decoded.query).map(([k, v]) => [k, String(v)])) };
  return { endpoint: schema.endpoint.id, diagnostics: all, text: (d) => (texts[d.source ?? 'url'] ?? '').slice(d.span.start, d.span.end) };
}

describe("Microsoft's examples give their verdicts under their endpoint", () => {
  it.each(EXAMPLES.map((e) => [`${e.endpoint} ${e.kind} ${e.text}`, e] as const))('%s', (_name, example) => {
    const { endpoint, diagnostics, text } = verdictOf(example);
    expect(endpoint).toBe(example.endpoint);
    expect(diagnostics.map((d) => [d.code, text(d)])).toEqual(example.verdict);
  });

  it('every endpoint has at least one of its pages\' examples here', () => {
    expect(new Set(EXAMPLES.map((e) => e.endpoint))).toEqual(new Set(ENDPOINT_IDS));
  });

  // Each page's request example writes the path with the /partner prefix or without the trailing
  // slash (docs/endpoints.md): every written form names its endpoint, in any case.
  it.each(ENDPOINT_IDS)('%s: every documented path form, as the pages write it, names the endpoint', (id) => {
    const schema = ENDPOINT_SCHEMAS[id];
    const example = schema.endpoint.example!;
    for (const path of schema.endpoint.paths) {
      for (const written of [path, path.replace(/\/$/, ''), `${path.replace(/\/$/, '')}/`, path.toUpperCase()]) {
        const url = `${HOST}${written}?filter=${encodeURIComponent(example.filter)}&groupby=${example.groupby}`;
        const { endpoint, diagnostics } = verdictOf({ endpoint: id, kind: 'url', text: url, verdict: [] });
        expect([written, endpoint, diagnostics.map((d) => d.code)]).toEqual([written, id, []]);
      }
    }
  });
});
