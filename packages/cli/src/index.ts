/**
 * The `pcaq` command-line interface, usable in-process (tests, other tools) through
 * {@link runCli} with a {@link CliIo}.
 *
 * @packageDocumentation
 */
export { createProgram, runCli } from './program.js';
export { colorsFor, createIo, processIo, readAll, wantsColor, type CliIo, type CliStreams } from './io.js';
export { ProblemsReported, UsageError } from './usage-error.js';
export {
  addQueryOptions,
  hasQueryOptions,
  readQueryOptions,
  type CommandLineQuery,
  type QueryOptionValues,
} from './query-options.js';
export { renderDiagnostics, sourceExcerpt, summary, toJson, type RenderOptions } from './render-diagnostics.js';
export { fixToFixedPoint } from './fix-loop.js';
export { DEFAULT_BASE_URL } from './commands/url.js';
export { diagnosticDocsModule } from './explain/diagnostic-docs-module.js';
export { sarifLog, type SarifArtifact, type SarifFinding, type SarifOptions } from './formats/sarif.js';
export { GITHUB_ANNOTATION_LIMIT, githubAnnotations, type GithubAnnotation } from './formats/github.js';
