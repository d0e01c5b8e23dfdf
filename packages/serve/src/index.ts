/**
 * pcaq serve (Node-only): the license-usage endpoint over HTTP, answering every query as the
 * service would (pcaq's evaluation, the service's envelope, errors and headers), with seeded,
 * reproducible faults for testing clients (docs/serve.md).
 *
 * @packageDocumentation
 */
export { startServer, UnknownEndpointError, type RunningServer, type ServeOptions } from './start-server.js';
export {
  ALL_FAULTS_TEXT,
  formatFaults,
  NO_FAULTS,
  parseFaults,
  STATUS_FAULTS,
  type FaultKind,
  type FaultPlan,
  type FaultProblem,
  type FaultRule,
  type ParsedFaults,
  type RetryAfter,
} from './faults.js';
export { createFaultSchedule, type FaultDecision, type FaultRequest, type FaultSchedule } from './fault-schedule.js';
export { FAULTS_HEADER, handleRequest, type RequestContext } from './handle-request.js';
export { DEFAULT_ENDPOINT, ENDPOINTS, matchesEndpoint, type ServedEndpoint } from './endpoints.js';
export { errorBody, ERROR_SOURCE, throttlingBody, type ServiceErrorBody } from './error-bodies.js';
export { envelopeJson, exactJson, rowJson } from './json-body.js';
export { openRowStore, type RowStoreOptions } from './open-row-store.js';
export { DUCKDB_FROM_BYTES, type EngineChoice, type JsonPage, type RowStore } from './row-store.js';
export { openJsRowStore, type JsRowStoreOptions } from './js-row-store.js';
export { openDuckDbRowStore, type DuckDbRowStoreOptions } from './duckdb-row-store.js';
