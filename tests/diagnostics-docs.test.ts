import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, applyFixes, type Diagnostic } from '@pcaq/core';
import { lintQuery } from '@pcaq/linter';
import { decodeQuery } from '@pcaq/printer';
import { evaluate } from '@pcaq/evaluator';
import { scanText } from '@pcaq/scan';
import { FAMILY_EXAMPLE_SCHEMA } from '@pcaq/testing';

const markdown = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8');

interface Example {
  /** `rows`: JSON rows (or a response body) evaluated with an empty query. */
  readonly kind: 'filter' | 'groupby' | 'query' | 'url' | 'rows' | `scan.${string}`;
  readonly outcome: 'fails' | 'passes';
  /** A passing example that is the fixed form of the section's first failing one. */
  readonly fixed: boolean;
  readonly text: string;
  /** For `rows`: the group-by the rows are evaluated with (`groupby=channel`), else none. */
  readonly groupby?: string;
  /** `schema=family`: linted against `FAMILY_EXAMPLE_SCHEMA` (fields of the analytics family). */
  readonly family?: boolean;
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
    for (const m of part.matchAll(/^```(filter|groupby|query|url|rows|scan\.\w+) (fails|passes)( fixed)?(?: length=(\d+))?(?: groupby=(\w+))?( schema=family)?\n([\s\S]*?)\n```$/gm)) {
      const [, kind, outcome, fixed, length, groupby, family, body = ''] = m;
      const text = length ? body.padEnd(Number(length)) : body;
      examples.push({ kind: kind as Example['kind'], outcome: outcome as Example['outcome'], fixed: fixed !== undefined, text, ...(groupby ? { groupby } : {}), ...(family ? { family: true } : {}) });
    }
    const severity = /^- Severity: (\w+)$/m.exec(part)?.[1];
    const fix = /^- Fix: (.+)$/m.exec(part)?.[1];
    found.set(heading[1]!, { title: heading[2]!, severity, fix, examples });
  }
  return found;
}

/** The diagnostics whose spans index the example's own text (for a URL: the decoder's). */
function textDiagnostics(example: Example): Diagnostic[] {
  return example.kind === 'url' ? decodeQuery(example.text).diagnostics : lint(example);
}

/** Lints an example the way its info string says. */
function lint(example: Example): Diagnostic[] {
  switch (example.kind) {
    case 'filter':
      return lintQuery({ filter: example.text }, example.family ? { schema: FAMILY_EXAMPLE_SCHEMA } : {});
    case 'groupby':
      return lintQuery({ groupby: example.text });
    case 'query':
      return lintQuery(JSON.parse(example.text));
    case 'url': {
      const decoded = decodeQuery(example.text);
      return [...decoded.diagnostics, ...lintQuery(decoded.query)];
    }
    case 'rows':
      return [...evaluate(JSON.parse(example.text), example.groupby ? { groupby: example.groupby } : {}).diagnostics];
    default:
      // `scan.py`: the text is a file of that language, scanned by `pcaq scan`'s scanner.
      return scanText(example.text, `example.${example.kind.slice('scan.'.length)}`);
  }
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

  it.each(DIAGNOSTIC_CODES)('%s: the fix line and the fixed example say what pcaq really does', (code) => {
    const section = documented.get(code);
    const failing = section?.examples.find((e) => e.outcome === 'fails');
    if (!section || !failing) return expect.fail(`no failing example for ${code}`);
    const diagnostics = textDiagnostics(failing);
    const fixable = diagnostics.some((d) => d.code === code && (d.fixes?.length ?? 0) > 0);
    expect(fixable, `fix line: ${section.fix}`).toBe(!section.fix?.startsWith('none'));
    const fixed = section.examples.find((e) => e.fixed);
    if (fixable) expect(fixed, `${code} needs a 'passes fixed' example`).toBeDefined();
    if (fixed) expect(applyFixes(failing.text, diagnostics)).toBe(fixed.text);
  });

  it('documents no code that does not exist', () => {
    for (const code of documented.keys()) expect(DIAGNOSTIC_CODES).toContain(code);
  });

  const examples = [...documented].flatMap(([code, s]) => s.examples.map((e) => ({ code, ...e, name: `${code} ${e.outcome}: ${e.text.trimEnd().slice(0, 60)}` })));
  it.each(examples)('$name', ({ code, ...example }) => {
    const diagnostics = lint(example);
    if (example.outcome === 'fails') expect(diagnostics.map((d) => d.code)).toContain(code);
    else expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
