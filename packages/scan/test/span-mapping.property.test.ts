import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { lineColumnAt } from '@pcaq/core';
import { lintQuery } from '@pcaq/linter';
import { scanText } from '@pcaq/scan';

// The property (docs/scan.md, "Positions"): a filter written into a file of any supported form,
// through the host language's escapes and percent-encoding, gets the diagnostics `lintQuery`
// gives the filter itself, each at the file span where its text was written. The oracle is this
// test's own encoder, which records where each character of the filter lands in the file.

/** A file made around a filter, and for each UTF-16 unit of the filter where its encoding starts. */
interface Embedded {
  readonly path: string;
  readonly text: string;
  readonly origin: readonly number[];
}

/** How one host writes a filter: the text around it and each character's encoding (a choice picks among equivalent ones). */
interface Host {
  readonly name: string;
  readonly path: string;
  readonly before: string;
  readonly after: string;
  readonly encode: (ch: string, choice: number, next: string | undefined) => string;
}

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');
const code = (ch: string): number => ch.codePointAt(0)!;

function backslash(quote: string, style: 'python' | 'js' | 'json'): Host['encode'] {
  return (ch, choice) => {
    if (ch === quote || ch === '\\') return `\\${ch}`;
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (code(ch) < 0x20) return `\\u${hex(code(ch), 4)}`;
    if (choice % 3 !== 0) return ch;
    if (code(ch) > 0xffff) {
      if (style === 'python') return `\\U${hex(code(ch), 8)}`;
      if (style === 'js') return `\\u{${hex(code(ch), 1)}}`;
      return [...ch].length === 1 ? ch.split('').map((u) => `\\u${hex(u.charCodeAt(0), 4)}`).join('') : ch;
    }
    if (style === 'python' && code(ch) < 0x100 && choice % 2 === 0) return `\\x${hex(code(ch), 2)}`;
    return `\\u${hex(code(ch), 4)}`;
  };
}

/** Percent-encoding as a person might write it: unreserved characters raw or escaped, space as %20 or +. */
function percent(ch: string, choice: number): string {
  if (/^[A-Za-z0-9\-._~]$/.test(ch) && choice % 2 === 0) return ch;
  if (ch === ' ' && choice % 3 === 1) return '+';
  if (/^[')(!*,:@/]$/.test(ch) && choice % 5 === 2) return ch;
  return [...new TextEncoder().encode(ch)].map((b) => `%${hex(b, 2)}`).join('');
}

const URL_BEFORE = 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/?filter=';

const HOSTS: readonly Host[] = [
  { name: 'Python "..."', path: 'q.py', before: 'params = {"filter": "', after: '"}\n', encode: backslash('"', 'python') },
  { name: "Python '...'", path: 'q.py', before: "requests.get(url, params={'filter': '", after: "'})\n", encode: backslash("'", 'python') },
  { name: 'JSON', path: 'q.json', before: '{\n  "filter": "', after: '"\n}\n', encode: backslash('"', 'json') },
  { name: "TypeScript '...'", path: 'q.ts', before: 'const query = { filter: \'', after: "' };\n", encode: backslash("'", 'js') },
  { name: "PowerShell '...'", path: 'q.ps1', before: "Get-Usage -Filter '", after: "'\n", encode: (ch) => (ch === "'" ? "''" : ch) },
  {
    name: 'PowerShell "..."',
    path: 'q.ps1',
    before: '$q = @{ filter = "',
    after: '" }\n',
    encode: (ch, choice) => (ch === '"' ? (choice % 2 ? '`"' : '""') : ch === '`' || ch === '$' ? `\`${ch}` : ch === '\n' && choice % 2 ? '`n' : ch),
  },
  {
    name: 'Power Query M',
    path: 'q.pq',
    before: 'Web.Contents(url, [Query = [filter = "',
    after: '"]])\n',
    encode: (ch, choice) => (ch === '"' ? '""' : ch === '#' ? '#(0023)' : ch === '\n' ? '#(lf)' : choice % 4 === 0 && code(ch) <= 0xffff ? `#(${hex(code(ch), 4)})` : ch),
  },
  { name: 'C# verbatim', path: 'Q.cs', before: 'var query = new Dictionary<string, string> { ["filter"] = @"', after: '" };\n', encode: (ch) => (ch === '"' ? '""' : ch) },
  {
    name: 'URL in a Python string',
    path: 'u.py',
    before: `URL = "${URL_BEFORE}`,
    after: '&top=10"\n',
    encode: (ch, choice) => backslash('"', 'python')(percent(ch, choice), 1, undefined),
  },
  { name: 'URL in an .http request line', path: 'r.http', before: `### usage\nGET ${URL_BEFORE}`, after: ' HTTP/1.1\nAccept: application/json\n', encode: percent },
  { name: 'URL in Markdown', path: 'r.md', before: `# Queries\n\nSee <${URL_BEFORE}`, after: '> for the list.\n', encode: percent },
];

function embed(host: Host, filter: string, choices: readonly number[], preamble: string): Embedded {
  const origin: number[] = [];
  let text = preamble + host.before;
  const chars = [...filter];
  chars.forEach((ch, i) => {
    const start = text.length;
    for (let unit = 0; unit < ch.length; unit++) origin.push(start);
    text += host.encode(ch, choices[i % choices.length] ?? 0, chars[i + 1]);
  });
  origin.push(text.length);
  return { path: host.path, text: text + host.after, origin };
}

const FRAGMENTS = [
  'workloadCode', 'WorkloadCode', 'channel', 'customerTenantId', 'productId', 'customerName', 'chanel', 'licensesActive',
  'eq', 'ne', 'EQ', 'And', 'and', 'or', 'OR', '==', '!=', 'not', 'gt', '(', ')', "'SFB'", "'Reseller'", '"SFB"', "'O''Brien'",
  "'0112A436-B14E-4888-967B-CA4BB2CF1234'", "'not-a-guid'", "'unterminated", ',', ';', '@',
];
const ODD = ['"', '\\', '%', '+', '&', '#', '=', '?', '$', '`', '{', '}', 'é', 'ß', '中', '😀', '\t', '\n', "'"];
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...ODD, 'a', 'Z', '0', ' '), { maxLength: 6 }).map((cs) => `'${cs.join('')}'`) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);
const filterText = fc.array(fragment, { maxLength: 14 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', ' ', '  ', '\t', ''), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join('')),
);
const preamble = fc.array(fc.constantFrom('# a comment\n', '\n', '\r\n', 'x = 1 \n', 'é😀 = 2\n'), { maxLength: 4 }).map((lines) => lines.join(''));

describe('span mapping from a filter to the file it is written in', () => {
  test.prop([fc.constantFrom(...HOSTS), filterText, fc.array(fc.nat(60), { minLength: 1, maxLength: 16 }), preamble], { numRuns: 400 })(
    'every diagnostic lands on the file text its filter text was written as',
    (host, filter, choices, lead) => {
      // A comment line would hide the rest in Markdown and JSON has none: only code hosts get one.
      const first = host.path.endsWith('.md') || host.path.endsWith('.json') || host.path.endsWith('.http') ? lead.replace(/# a comment\n/g, '') : lead;
      const file = embed(host, filter, choices, first);
      const key = (d: { code: string; message: string; start: number; end: number }) => `${String(d.start).padStart(6, '0')} ${String(d.end).padStart(6, '0')} ${d.code} ${d.message}`;
      const byPlace = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
      const expected = lintQuery({ filter })
        .filter((d) => d.code !== 'PCAQ0408')
        .map((d) => ({ code: d.code, message: d.message, start: file.origin[d.span.start]!, end: file.origin[d.span.end]! }))
        .map((d) => ({ ...d, key: key(d), at: lineColumnAt(file.text, d.start), to: lineColumnAt(file.text, d.end) }))
        .sort(byPlace);
      const found = scanText(file.text, file.path)
        .filter((d) => d.code !== 'PCAQ0408')
        .map((d) => ({ code: d.code, message: d.message, start: d.span.start, end: d.span.end }))
        .map((d) => ({ ...d, key: key(d) }))
        .sort(byPlace);
      expect(found.map((d) => d.key), host.name).toEqual(expected.map((d) => d.key));
      const positions = scanText(file.text, file.path).map((d) => `${d.span.start}:${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
      for (const want of expected) expect(positions).toContain(`${want.start}:${want.at.line}:${want.at.column}-${want.to.line}:${want.to.column}`);
    },
  );
});
