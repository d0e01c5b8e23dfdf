import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll } from 'vitest';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, applyFixes, endpointSchema, type Diagnostic, type EndpointId } from '@pcaq/core';
import { checkQuery, lintQuery } from '@pcaq/linter';
import { decodeQuery, urlEndpoint } from '@pcaq/printer';
import { evaluate } from 'pcaq';
import { scanText } from '@pcaq/scan';
import { readRows, RowReadError, textEncodingOf, type InputFormat, type ReadProblem } from '@pcaq/readers';
import { EngineError, evaluateFileWithDuckDb, fileSourceOf } from '@pcaq/engines';
import { openRowStore } from '@pcaq/serve';
import { FAMILY_EXAMPLE_SCHEMA } from '@pcaq/testing';

const markdown = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8');

interface Example {
  /** `rows`: JSON rows (or a response body) evaluated with an empty query. */
  readonly kind: 'filter' | 'groupby' | 'orderby' | 'aggregationLevel' | 'query' | 'url' | 'rows' | `scan.${string}` | InputFormat | `duckdb.${string}` | `serve.${string}` | `sql.${string}` | 'file';
  readonly outcome: 'fails' | 'passes';
  /** A passing example that is the fixed form of the section's first failing one. */
  readonly fixed: boolean;
  readonly text: string;
  /** For `rows`: the group-by the rows are evaluated with (`groupby=channel`), else none. */
  readonly groupby?: string;
  /** For data read as bytes: `\xNN` in the text stands for the byte NN (`escaped`). */
  readonly escaped?: boolean;
  /** For `csv`, `json`, `ndjson`: the encoding the readers are told (`encoding=latin1`). */
  readonly encoding?: string;
  /** `schema=family`: linted against `FAMILY_EXAMPLE_SCHEMA` (fields of the analytics family). */
  readonly family?: boolean;
  /** `endpoint=NAME`: linted against that endpoint's schema (`--endpoint NAME`). */
  readonly endpoint?: string;
}

/** `## PCAQxxxx: title` sections with their severity line and fenced examples. */
interface Section {
  readonly title: string;
  readonly severity: string | undefined;
  readonly fix: string | undefined;
  readonly examples: Example[];
}

function sections(): Map<string, Section> {
  const found = new Map<string, Section>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const heading = /^(PCAQ\d{4}): (.+)$/m.exec(part);
    if (!heading) continue;
    const examples: Example[] = [];
    for (const m of part.matchAll(/^```(filter|groupby|orderby|aggregationLevel|query|url|rows|scan\.\w+|csv|json|ndjson|duckdb\.\w+|serve\.\w+|sql\.\w+|file) (fails|passes)( fixed)?(?: length=(\d+))?(?: groupby=(\w+))?( schema=family)?( escaped)?(?: encoding=([\w-]+))?(?: endpoint=([\w-]+))?\n([\s\S]*?)\n```$/gm)) {
      const [, kind, outcome, fixed, length, groupby, family, escaped, encoding, endpoint, body = ''] = m;
      const text = length ? body.padEnd(Number(length)) : body;
      examples.push({ kind: kind as Example['kind'], outcome: outcome as Example['outcome'], fixed: fixed !== undefined, text, ...(groupby ? { groupby } : {}), ...(family ? { family: true } : {}), ...(escaped ? { escaped: true } : {}), ...(encoding ? { encoding } : {}), ...(endpoint ? { endpoint } : {}) });
    }
    const severity = /^- Severity: (\w+)$/m.exec(part)?.[1];
    const fix = /^- Fix: (.+)$/m.exec(part)?.[1];
    found.set(heading[1]!, { title: heading[2]!, severity, fix, examples });
  }
  return found;
}

/** The diagnostics whose spans index the example's own text (for a URL: the decoder's). */
function textDiagnostics(example: Example): Diagnostic[] {
  return example.kind === 'url' ? [...urlEndpoint(example.text, { ...(example.endpoint ? { endpoint: example.endpoint as EndpointId } : {}) }).diagnostics, ...decodeQuery(example.text).diagnostics] : lint(example);
}

/** The bytes of a data example: its text as UTF-8, with `\xNN` as the byte NN when `escaped`. */
function bytesOf(example: Example): Buffer {
  if (example.escaped !== true) return Buffer.from(example.text);
  const parts = example.text.split(/\\x([0-9A-Fa-f]{2})/);
  return Buffer.concat(parts.map((part, i) => (i % 2 === 1 ? Buffer.from([parseInt(part, 16)]) : Buffer.from(part))));
}

/** Whether an example holds data (rows read by the readers or an engine) rather than query text. */
function isDataExample(example: Example): boolean {
  return ['csv', 'json', 'ndjson', 'file'].includes(example.kind) || example.kind.startsWith('duckdb.') || example.kind.startsWith('serve.') || example.kind.startsWith('sql.');
}

/** Lints an example the way its info string says. */
function lint(example: Example): Diagnostic[] {
  const endpoint = example.endpoint === undefined ? undefined : endpointSchema(example.endpoint);
  if (example.endpoint !== undefined && endpoint === undefined) throw new Error(`no endpoint '${example.endpoint}'`);
  const schema = endpoint ? { schema: endpoint } : {};
  switch (example.kind) {
    case 'filter':
      return lintQuery({ filter: example.text }, example.family ? { schema: FAMILY_EXAMPLE_SCHEMA } : schema);
    case 'groupby':
      return lintQuery({ groupby: example.text }, schema);
    case 'orderby':
      return lintQuery({ orderby: example.text }, schema);
    case 'aggregationLevel':
      return lintQuery({ aggregationLevel: example.text }, schema);
    case 'query':
      return lintQuery(JSON.parse(example.text), schema);
    case 'url': {
      const decoded = decodeQuery(example.text);
      const { schema, diagnostics } = urlEndpoint(example.text, { ...(example.endpoint ? { endpoint: example.endpoint as EndpointId } : {}) });
      return [...diagnostics, ...decoded.diagnostics, ...lintQuery(decoded.query, { schema })];
    }
    case 'rows':
      return [...evaluate(JSON.parse(example.text), example.groupby ? { groupby: example.groupby } : {}).diagnostics];
    case 'csv':
    case 'json':
    case 'ndjson':
    case 'file':
      throw new Error(`${example.kind} examples are data: diagnose them`);
    default:
      if (example.kind.startsWith('duckdb.') || example.kind.startsWith('serve.') || example.kind.startsWith('sql.')) throw new Error(`${example.kind} examples are data: diagnose them`);
      // `scan.py`: the text is a file of that language, scanned by `pcaq scan`'s scanner.
      return scanText(example.text, `example.${example.kind.slice('scan.'.length)}`);
  }
}

/** What a data example reports: the readers' or an engine's problems, as codes and severities. */
type Reported = Pick<Diagnostic, 'code' | 'severity'> & { readonly fixes?: Diagnostic['fixes'] };

const scratch = mkdtempSync(join(tmpdir(), 'pcaq-diagnostics-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const root = new URL('..', import.meta.url).pathname;

/**
 * Diagnoses an example: text kinds are linted; `csv`, `json`, `ndjson` are read by `readRows`
 * (every problem, skippable ones included); `duckdb.EXT` is written to a file of that extension
 * and evaluated by the DuckDB engine; `file` names a file of the repository (or one that does not
 * exist) evaluated by the DuckDB engine; `serve.EXT` is written to a file of that extension and
 * loaded by `pcaq serve`'s DuckDB store for the `endpoint=` (default licence usage).
 */
async function diagnose(example: Example): Promise<readonly Reported[]> {
  const asProblem = (problem: { readonly code: string }): Reported => ({ code: problem.code as Diagnostic['code'], severity: 'error' });
  if (example.kind === 'csv' || example.kind === 'json' || example.kind === 'ndjson') {
    const problems: ReadProblem[] = [];
    try {
      const stream = Readable.from([bytesOf(example)]);
      const encoding = example.encoding === undefined ? undefined : textEncodingOf(example.encoding);
      const options = { format: example.kind, stream, skipBadRows: true, onSkip: (p: ReadProblem) => problems.push(p), ...(encoding ? { encoding } : {}) };
      for await (const _ of readRows('-', options)) void _;
    } catch (error) {
      if (!(error instanceof RowReadError)) throw error;
      problems.push(error.problem);
    }
    return problems.map(asProblem);
  }
  if (example.kind.startsWith('serve.')) {
    const path = join(scratch, `example.${example.kind.slice('serve.'.length)}`);
    writeFileSync(path, example.text);
    try {
      const schema = example.endpoint === undefined ? {} : { schema: endpointSchema(example.endpoint)! };
      await (await openRowStore([path], { engine: 'duckdb', ...schema })).close();
      return [];
    } catch (error) {
      if (!(error instanceof EngineError) || error.code === undefined) throw error;
      return [asProblem({ code: error.code })];
    }
  }
  if (example.kind.startsWith('sql.')) {
    // `pcaq sql --file` describes the file for the SQL without reading its rows.
    const path = join(scratch, `example.${example.kind.slice('sql.'.length)}`);
    writeFileSync(path, example.text);
    try {
      await fileSourceOf(path);
      return [];
    } catch (error) {
      if (!(error instanceof EngineError) || error.code === undefined) throw error;
      return [asProblem({ code: error.code })];
    }
  }
  if (example.kind.startsWith('duckdb.') || example.kind === 'file') {
    const path = example.kind === 'file' ? join(root, example.text.trim()) : join(scratch, `example.${example.kind.slice('duckdb.'.length)}`);
    if (example.kind !== 'file') writeFileSync(path, example.text);
    try {
      // The engines take a checked query: the empty query, checked once (docs/architecture.md).
      const outcome = await evaluateFileWithDuckDb(path, checkQuery({}).checked!);
      return outcome.diagnostics;
    } catch (error) {
      if (!(error instanceof EngineError) || error.code === undefined) throw error;
      return [asProblem({ code: error.code })];
    }
  }
  return lint(example);
}

const documented = sections();

describe('docs/diagnostics.md', () => {
  it.each(DIAGNOSTIC_CODES)('%s has a section with its title, severity, and failing and passing examples', (code) => {
    const section = documented.get(code);
    expect(section, `docs/diagnostics.md lacks "## ${code}: ..."`).toBeDefined();
    expect(section?.title).toBe(DIAGNOSTIC_MESSAGES[code].title);
    expect(section?.severity).toBe(DIAGNOSTIC_MESSAGES[code].severity);
    expect(section?.examples.some((e) => e.outcome === 'fails')).toBe(true);
    expect(section?.examples.some((e) => e.outcome === 'passes')).toBe(true);
  });

  it.each(DIAGNOSTIC_CODES)('%s: the fix line and the fixed example say what pcaq really does', async (code) => {
    const section = documented.get(code);
    const failing = section?.examples.find((e) => e.outcome === 'fails');
    if (!section || !failing) return expect.fail(`no failing example for ${code}`);
    const diagnostics = isDataExample(failing) ? await diagnose(failing) : textDiagnostics(failing);
    const fixable = diagnostics.some((d) => d.code === code && (d.fixes?.length ?? 0) > 0);
    expect(fixable, `fix line: ${section.fix}`).toBe(!section.fix?.startsWith('none'));
    const fixed = section.examples.find((e) => e.fixed);
    if (fixable) expect(fixed, `${code} needs a 'passes fixed' example`).toBeDefined();
    if (fixed) expect(applyFixes(failing.text, diagnostics as Diagnostic[])).toBe(fixed.text);
  });

  it('documents no code that does not exist', () => {
    for (const code of documented.keys()) expect(DIAGNOSTIC_CODES).toContain(code);
  });

  const examples = [...documented].flatMap(([code, s]) => s.examples.map((e) => ({ code, ...e, name: `${code} ${e.outcome}: ${e.text.trimEnd().slice(0, 60)}` })));
  it.each(examples)('$name', async ({ code, ...example }) => {
    const diagnostics = await diagnose(example);
    if (example.outcome === 'fails') expect(diagnostics.map((d) => d.code)).toContain(code);
    else expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
