import { createHash } from 'node:crypto';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, diagnosticHelpUri, type Diagnostic, type LineColumn } from '@pcaq/core';

/**
 * A text the findings point into: a file (by its URI relative to the run's base) or, for
 * `pcaq lint`, a parameter's text carried inside the log.
 *
 * @example
 * ```ts
 * const file: SarifArtifact = { uri: 'src/usage.py' };
 * const parameter: SarifArtifact = { description: 'the filter parameter', text: "channel eq 'x'" };
 * ```
 */
export interface SarifArtifact {
  readonly uri?: string;
  readonly description?: string;
  readonly text?: string;
}

/**
 * One diagnostic to report: its artifact (index into the artifacts), where its span ends, and
 * the text its fingerprint is made of (what identifies the problem when lines move).
 *
 * @example
 * ```ts
 * declare const diagnostic: Diagnostic;
 * const finding: SarifFinding = { diagnostic, artifact: 0, end: { line: 1, column: 22 }, identity: "filter workloadCode eq \"SFB\"" };
 * ```
 */
export interface SarifFinding {
  readonly diagnostic: Diagnostic;
  readonly artifact: number;
  readonly end: LineColumn;
  readonly identity: string;
}

/**
 * What {@link sarifLog} needs besides the findings.
 *
 * @example
 * ```ts
 * const options: SarifOptions = { version: '0.1.0', baseUri: 'file:///repo/', notifications: [] };
 * ```
 */
export interface SarifOptions {
  readonly version: string;
  /** The absolute `file:` URI (ending in `/`) that relative artifact URIs resolve against, as `%SRCROOT%`. */
  readonly baseUri?: string;
  /** Problems of the run itself (an unreadable file); the run is then not successful. */
  readonly notifications?: readonly string[];
}

const BASE_ID = '%SRCROOT%';
const FINGERPRINT = 'pcaqFinding/v1';

/**
 * A SARIF 2.1.0 log of pcaq's diagnostics (docs/scan.md, "Output formats"): one rule per PCAQ
 * code with its message template and a `helpUri` into the diagnostics reference, results with
 * regions in UTF-16 code units (1-based lines and columns), fixes as `artifactChanges`, file URIs
 * relative to `%SRCROOT%`, and `partialFingerprints` made from the problem's text, not its line,
 * so they stay stable across runs and when code moves.
 *
 * @example
 * ```ts
 * declare const findings: SarifFinding[];
 * JSON.stringify(sarifLog([{ uri: 'a.py' }], findings, { version: '0.1.0' }), null, 2);
 * ```
 */
export function sarifLog(artifacts: readonly SarifArtifact[], findings: readonly SarifFinding[], options: SarifOptions): Record<string, unknown> {
  const seen = new Map<string, number>();
  const results = findings.map((finding) => {
    const key = `${finding.diagnostic.code}\u0000${artifacts[finding.artifact]?.uri ?? ''}\u0000${finding.identity}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return result(finding, artifacts, `${sha256(key)}:${occurrence}`);
  });
  const notifications = options.notifications ?? [];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pcaq', version: options.version, semanticVersion: options.version, rules: DIAGNOSTIC_CODES.map(rule) } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications.map((text) => ({ level: 'error', message: { text: escapeBraces(text) } })),
          },
        ],
        ...(options.baseUri ? { originalUriBaseIds: { [BASE_ID]: { uri: options.baseUri } } } : {}),
        artifacts: artifacts.map(artifact),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function rule(code: (typeof DIAGNOSTIC_CODES)[number]): Record<string, unknown> {
  const entry = DIAGNOSTIC_MESSAGES[code];
  return {
    id: code,
    name: pascalCase(entry.id),
    shortDescription: { text: escapeBraces(entry.title) },
    messageStrings: { default: { text: positionalTemplate(entry.template) } },
    helpUri: diagnosticHelpUri(code),
    help: { text: escapeBraces(`${entry.title}: see ${diagnosticHelpUri(code)} or run 'pcaq explain ${code}'.`) },
    defaultConfiguration: { level: entry.severity },
  };
}

function artifact(a: SarifArtifact): Record<string, unknown> {
  return {
    ...(a.uri !== undefined ? { location: { uri: a.uri, uriBaseId: BASE_ID } } : {}),
    ...(a.description !== undefined ? { description: { text: escapeBraces(a.description) } } : {}),
    ...(a.text !== undefined ? { contents: { text: a.text }, length: a.text.length } : {}),
  };
}

function location(artifacts: readonly SarifArtifact[], index: number): Record<string, unknown> {
  const uri = artifacts[index]?.uri;
  return uri !== undefined ? { uri, uriBaseId: BASE_ID, index } : { index };
}

function result(finding: SarifFinding, artifacts: readonly SarifArtifact[], fingerprint: string): Record<string, unknown> {
  const d = finding.diagnostic;
  const where = location(artifacts, finding.artifact);
  const region = {
    startLine: d.line,
    startColumn: d.column,
    endLine: finding.end.line,
    endColumn: finding.end.column,
    charOffset: d.span.start,
    charLength: d.span.end - d.span.start,
  };
  const fixes = (d.fixes ?? []).map((fix) => ({
    description: { text: escapeBraces(fix.message) },
    artifactChanges: [
      {
        artifactLocation: where,
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.span.start, charLength: edit.span.end - edit.span.start },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  }));
  return {
    ruleId: d.code,
    ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
    level: d.severity,
    message: { text: escapeBraces(d.message) },
    locations: [{ physicalLocation: { artifactLocation: where, region } }],
    partialFingerprints: { [FINGERPRINT]: fingerprint },
    ...(fixes.length > 0 ? { fixes } : {}),
  };
}

/** SARIF message strings write a literal brace twice; `{name}` placeholders become `{0}`, `{1}`, ... */
function positionalTemplate(template: string): string {
  const names: string[] = [];
  return template.replace(/\{(\w+)\}|[{}]/g, (whole, name: string | undefined) => {
    if (name === undefined) return whole + whole;
    if (!names.includes(name)) names.push(name);
    return `{${names.indexOf(name)}}`;
  });
}

function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, (c) => c + c);
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
