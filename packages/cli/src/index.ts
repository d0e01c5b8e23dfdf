/**
 * The `pcaq` command-line interface, usable in-process (tests, other tools) through
 * {@link runCli} with a {@link CliIo}.
 *
 * @packageDocumentation
 */
export { createProgram, runCli } from './program.js';
export { colorsFor, createIo, processIo, readAll, wantsColor, type CliIo, type CliStreams } from './io.js';
export { ProblemsReported, UsageError, type ProblemDetail } from './usage-error.js';
export {
  addQueryOptions,
  hasQueryOptions,
  readQueryOptions,
  type CommandLineQuery,
  type QueryOptionValues,
} from './query-options.js';
export { renderDiagnostics, shownDiagnostics, sourceExcerpt, summary, toJson, SHOWN_PER_PARAMETER, type RenderOptions } from './render-diagnostics.js';
export { OUTPUT_FORMATS, addFormatOption, requestsJson, type FormatOf, type FormattedCommand } from './output-formats.js';
export { errorEnvelope, type RunFailure } from './error-envelope.js';
export { fixUrl, type UrlDiagnosis } from './url-fix.js';
export { displayWidth } from './display-width.js';
export { fixToFixedPoint } from './fix-loop.js';
export { DEFAULT_BASE_URL } from './commands/url.js';
export { diagnosticDocsModule } from './explain/diagnostic-docs-module.js';
export { sarifLog, type SarifArtifact, type SarifFinding, type SarifOptions } from './formats/sarif.js';
export { GITHUB_ANNOTATION_LIMIT, githubAnnotations, type GithubAnnotation } from './formats/github.js';
