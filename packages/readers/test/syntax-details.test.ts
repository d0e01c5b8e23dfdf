import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_MESSAGES, formatMessage } from '@pcaq/core';
import { CsvSplitter, readRows, RowReadError, scanJson, type InputFormat, type ReadProblem } from '@pcaq/readers';

// docs/diagnostics.md, PCAQ0506 and PCAQ0515: what the JSON and CSV splitters say about malformed
// syntax is worded in the message table (`details`), not in the splitters, and the messages are
// what they were before the wording moved.
const JSON_DETAILS: Readonly<Record<string, string>> = DIAGNOSTIC_MESSAGES.PCAQ0506.details;
const CSV_DETAILS: Readonly<Record<string, string>> = DIAGNOSTIC_MESSAGES.PCAQ0515.details;

async function problems(format: InputFormat, text: string): Promise<ReadProblem[]> {
  const found: ReadProblem[] = [];
  try {
    for await (const _ of readRows('-', { format, stream: Readable.from([Buffer.from(text)]), skipBadRows: true, onSkip: (p) => found.push(p) })) void _;
  } catch (error) {
    if (!(error instanceof RowReadError)) throw error;
    found.push(error.problem);
  }
  return found;
}

describe('syntax details come from the message table, the messages unchanged', () => {
  it.each([
    ['json', '[{"workloadCode": "SFB"} {"workloadCode": "EXO"}]', "malformed JSON: expected ',' or ']' after a row, found '{'"],
    ['json', '{"Value": [], "x" 1}', "malformed JSON: expected ':' after a property name, found '1'"],
    ['json', '{"Value": [], 1}', "malformed JSON: expected a property name in double quotes, found '1'"],
    ['json', '{"Value": [] "x": 1}', "malformed JSON: expected ',' or '}' after a property value, found '\"'"],
    ['json', '[{"workloadCode": "SFB"},]', "malformed JSON: expected a row after ',', found ']' (remove the trailing comma)"],
    ['json', '[{"workloadCode": "SFB", }]', 'malformed JSON in a row: expected a property name in double quotes, found \'}\''],
    ['json', '[{"workloadCode": [1,]}]', "malformed JSON in a row: expected a value after ',', found ']'"],
    ['json', '[{"workloadCode": "a\\qb"}]', "malformed JSON in a row: bad escape '\\q' in a string"],
    ['json', '[{"workloadCode": "a\tb"}]', 'malformed JSON in a row: a string may not hold control character U+0009 (write it escaped)'],
    ['ndjson', '{"workloadCode": "SFB"} x\n', "malformed JSON in a row: unexpected 'x' after the end of the value"],
    ['ndjson', '{"workloadCode": "SFB" "x"}\n', "malformed JSON in a row: expected ',' or '}', found '\"'"],
    ['csv', 'workloadCode,licensesActive\n"SFB"x,1\n', 'malformed CSV: unexpected \'x\' after the closing quote of a cell; a cell ends at its closing quote (write "" for a quote inside it)'],
    ['csv', 'workloadCode,licensesActive\nS"FB,1\n', 'malformed CSV: a quote inside an unquoted cell; quote the whole cell and double the quote ("x""y")'],
    ['csv', 'workloadCode,licensesActive\n"SFB,1\n', 'malformed CSV: this quoted cell is never closed'],
    ['csv', '"workloadCode,licensesActive\nSFB,1\n', 'malformed CSV header: this quoted cell is never closed'],
  ] as const)('%s %j', async (format, text, message) => {
    expect((await problems(format, text)).map((p) => p.message)).toContain(message);
  });

  it('scanJson states its problems in the table\'s words', () => {
    expect(scanJson('{"a": [1,]}').problem?.message).toBe(formatMessage(JSON_DETAILS['value-after-comma']!, {}));
    expect(scanJson('{"a": "x').problem?.message).toBe(JSON_DETAILS['unclosed-string']);
  });

  it('no reader source writes a detail\'s words itself', () => {
    const dir = new URL('../src/', import.meta.url).pathname;
    const code = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line)));
    const words = [...Object.values(JSON_DETAILS), ...Object.values(CSV_DETAILS)]
      .map((wording) => wording.split('{')[0]!.trim())
      .filter((prefix) => prefix.length >= 12);
    expect(words.length).toBeGreaterThan(15);
    expect(words.filter((prefix) => code.some((line) => line.includes(prefix)))).toEqual([]);
  });

  /** Whether a text is one of the table's wordings, its placeholders filled with anything. */
  const worded = (details: Readonly<Record<string, string>>) => {
    const patterns = Object.values(details).map((wording) => new RegExp(`^${wording.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`));
    return (text: string): boolean => patterns.some((pattern) => pattern.test(text));
  };
  const jsonPiece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '\\', '\\q', '1', '-', 'true', 'x', ' ', '\t', '\n', '"\u0001"');

  it('tells a wording of the table from other text', () => {
    expect(worded(JSON_DETAILS)("expected ',' or ']' after a row, found '{'")).toBe(true);
    expect(worded(JSON_DETAILS)('expected a comma')).toBe(false);
  });

  test.prop([fc.array(jsonPiece, { maxLength: 40 }).map((parts) => parts.join(''))])('every problem scanJson finds in any text is worded by the table', (text) => {
    const problem = scanJson(text).problem;
    if (problem !== undefined) expect(worded(JSON_DETAILS)(problem.message)).toBe(true);
  });

  test.prop([fc.array(fc.constantFrom('"', ',', 'a', '\n', '\r', '""', ' '), { maxLength: 40 }).map((parts) => parts.join(''))])(
    'every syntax error the CSV splitter reports in any text is worded by the table',
    (text) => {
      const messages: string[] = [];
      const splitter = new CsvSplitter({ record: () => {}, syntaxError: (_at, message) => messages.push(message) });
      splitter.feed(text);
      splitter.end();
      expect(messages.filter((message) => !worded(CSV_DETAILS)(message))).toEqual([]);
    },
  );
});
