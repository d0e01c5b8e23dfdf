import { describe, expect, it } from 'vitest';
import { extractQueries, scanText } from '@pcaq/scan';

const URL = 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/';

/** `kind: value` of each query found in `source` read as `path`. */
const found = (source: string, path: string): string[] => extractQueries(source, path).map((q) => `${q.kind}: ${q.text.value}`);

describe('what the scanner finds', () => {
  it.each([
    ['a "filter": key (JSON, Python dict)', '{"filter": "a eq \'b\'"}', 'q.json', ["filter: a eq 'b'"]],
    ['a filter: key (TypeScript object)', "const q = { groupby: 'channel' };", 'q.ts', ['groupby: channel']],
    ['a filter= argument (Python keyword)', 'f(filter="a eq \'b\'")', 'q.py', ["filter: a eq 'b'"]],
    ['a -Filter parameter (PowerShell)', "Get-X -Filter 'a eq ''b'''", 'q.ps1', ["filter: a eq 'b'"]],
    ['a $filter variable (PowerShell)', "$filter = 'a eq ''b'''", 'q.ps1', ["filter: a eq 'b'"]],
    ['an indexer (C#)', 'q["filter"] = "a eq \'b\'";', 'Q.cs', ["filter: a eq 'b'"]],
    ['a dictionary initializer pair (C#)', '{ "groupby", "channel" }', 'Q.cs', ['groupby: channel']],
    ['a record field (Power Query)', '[filter = "a eq \'b\'"]', 'q.pq', ["filter: a eq 'b'"]],
    ['a key in any case', "{ Filter: 'x' }", 'q.ts', ['filter: x']],
    ['a URL in a literal, from its ?', `u = "${URL}?filter=a%20eq%20%27b%27&top=5"`, 'q.py', ["url: ?filter=a%20eq%20%27b%27&top=5"]],
    ['a URL without /partner or the final slash', 'u = "/v1/analytics/commercial/usage/license?top=5"', 'q.py', ['url: ?top=5']],
    ['a bare query string with a filter', 'q = "?groupby=channel&top=5"', 'q.py', ['url: ?groupby=channel&top=5']],
    ['a literal that is a query string', "q = 'filter=a%20eq%20%27b%27'", 'q.py', ["url: filter=a%20eq%20%27b%27"]],
    ['a .http request line, spaces and all', `GET ${URL}?filter=a eq 'b' HTTP/1.1\nHost: x`, 'q.http', ["url: ?filter=a eq 'b'"]],
    ['a .rest request line', `POST ${URL}?top=1`, 'q.rest', ['url: ?top=1']],
    ['a Markdown link', `see [it](${URL}?filter=(a%20eq%20%27b%27)).`, 'q.md', ["url: ?filter=(a%20eq%20%27b%27)"]],
    ['a Markdown code block in its language', "```powershell\nGet-X -Filter 'a eq ''b'''\n```\n", 'q.md', ["filter: a eq 'b'"]],
    ['a URL in a text file of another kind', `url: ${URL}?top=5\n`, 'q.yaml', ['url: ?top=5']],
    ['a URL of another analytics endpoint (checked as that endpoint)', 'u = "/partner/v1/analytics/subscriptions?filter=x"', 'q.py', ['url: ?filter=x']],
  ])('%s', (_name, source, path, expected) => {
    expect(found(source, path)).toEqual(expected);
  });

  it.each([
    ['a comparison, not an assignment', 'if filter == "x": pass', 'q.py'],
    ['a word ending in filter', 'odataFilter = "x"', 'q.py'],
    ['a path outside the analytics API', 'u = "/partner/v1/orders?filter=x"', 'q.py'],
    ['a query in a comment', '# see /v1/analytics/commercial/usage/license/?filter=x', 'q.py'],
    ['a literal with no query', 'u = "/v1/analytics/commercial/usage/license/"', 'q.py'],
  ])('does not find %s', (_name, source, path) => {
    expect(found(source, path)).toEqual([]);
  });

  it('reports a value put together at run time as PCAQ0601, not as a broken filter', () => {
    const diagnostics = scanText('q = {"filter": "channel eq \'" + channel + "\'"}\nu = f"/v1/analytics/commercial/usage/license/?top=5&filter={f}"', 'q.py');
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['PCAQ0601', 'warning', 1],
      ['PCAQ0601', 'warning', 2],
    ]);
  });

  it('lints the parameters written out in full even when another one is built at run time', () => {
    const diagnostics = scanText('u = f"/v1/analytics/commercial/usage/license/?top=0&filter={f}"', 'q.py');
    expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0401', 'PCAQ0601']);
  });

  it('writes fixes back in the host language: escaped, and percent-encoded inside a URL', () => {
    const apply = (source: string, path: string) => {
      const [d] = scanText(source, path);
      const edit = d!.fixes![0]!.edits[0]!;
      return source.slice(0, edit.span.start) + edit.text + source.slice(edit.span.end);
    };
    expect(apply('q = {"filter": "channel eq \\"x\\""}', 'q.py')).toBe('q = {"filter": "channel eq \'x\'"}');
    expect(apply("Get-X -Filter 'channel eq \"x\"'", 'q.ps1')).toBe("Get-X -Filter 'channel eq ''x'''");
    expect(apply('[filter = "channel eq ""x"""]', 'q.pq')).toBe('[filter = "channel eq \'x\'"]');
    expect(apply('u = "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%22x%22"', 'q.py')).toBe(
      'u = "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27x%27"',
    );
  });

  it('offers no fix that a raw literal cannot hold', () => {
    const [d] = scanText('q = {"filter": r\'channel eq "x"\'}', 'q.py');
    expect(d?.code).toBe('PCAQ0104');
    expect(d?.fixes).toBeUndefined();
  });
});

describe('the run-time marker', () => {
  it('is told by position, so a file holding U+FFFC itself is still linted', () => {
    const diagnostics = scanText('u = "/v1/analytics/commercial/usage/license/?filter=a%20eq%20%27\uFFFC%27&top=0"', 'q.py');
    expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0201', 'PCAQ0401']);
  });
});

describe('what the scanner does not mistake for a query', () => {
  it.each([
    ['a list of parameter names', "const names = ['filter', 'groupby', 'top'];", 'q.ts'],
    ['help text whose URL is followed by more lines', 'const help = `\n  $ pcaq lint --url "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27b%27"\n  $ next`;', 'q.ts'],
  ])('%s', (_name, source, path) => {
    expect(scanText(source, path)).toEqual([]);
  });

  it('still finds a pair opened by { or (', () => {
    expect(found('var q = new Dictionary<string, string> { { "filter", "a eq \'b\'" } };', 'Q.cs')).toEqual(["filter: a eq 'b'"]);
    expect(found('params = [("filter", "a eq \'b\'"), ("top", "5")]', 'q.py')).toEqual(["filter: a eq 'b'"]);
  });
});

describe('a request line written in a string', () => {
  it('ends its URL before the HTTP version', () => {
    expect(found('r = "GET /v1/analytics/commercial/usage/license/?top=5 HTTP/1.1"', 'q.py')).toEqual(['url: ?top=5']);
  });
});

describe('pcaq-ignore markers', () => {
  const bad = 'q = {"filter": "WorkloadCode eq \'x\'"}';
  it.each([
    ['on the line', `${bad}  # pcaq-ignore`, 0],
    ['on the line before', `# pcaq-ignore-next-line\n${bad}`, 0],
    ['two lines before (too far)', `# pcaq-ignore-next-line\n\n${bad}`, 1],
    ['anywhere in the file', `# pcaq-ignore-file\n\n${bad}\n${bad}`, 0],
    ['none', `# pcaq is great\n${bad}`, 1],
  ])('%s', (_name, source, count) => {
    expect(scanText(source, 'q.py')).toHaveLength(count);
  });
});

describe('Markdown code blocks', () => {
  it('reads a block that is never closed to the end of the file, as CommonMark does', () => {
    expect(found("intro\n```python\nq = {'filter': 'a'}\n", 'q.md')).toEqual(['filter: a']);
  });

  it('closes a block only with a fence of the same character, at least as long', () => {
    const source = "````ps1\n```\n~~~\n$q = @{ filter = 'a' }\n````\n/v1/analytics/commercial/usage/license/?top=5\n";
    expect(found(source, 'q.md')).toEqual(['filter: a', 'url: ?top=5']);
  });
});
