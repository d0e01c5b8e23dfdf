import { span, truncateText, type DiagnosticInit, type Schema } from '@pcaq/core';

/** The parameters an endpoint may or may not take (`EndpointDefinition.parameters`). */
export type OptionalParameter = 'processedDateTime' | 'orderby' | 'aggregationLevel';

/**
 * PCAQ0416 (parameter-not-supported): `processedDateTime`, `orderby` or `aggregationLevel` on an
 * endpoint whose schema does not list it (docs/language.md, "Parameters of some endpoints"). An
 * error, not the unknown-parameter warning: the request means something the endpoint will not do
 * (a snapshot, an order, buckets). A schema without an endpoint describes rows only and takes
 * every parameter. The span covers the whole value.
 *
 * @example
 * ```ts
 * parameterNotSupported('orderby', 'channel', LICENSE_USAGE_SCHEMA)?.code; // 'PCAQ0416'
 * parameterNotSupported('orderby', 'usageDate', AZURE_USAGE_SCHEMA);       // undefined
 * ```
 */
export function parameterNotSupported(parameter: OptionalParameter, text: string, schema: Schema): DiagnosticInit | undefined {
  const endpoint = schema.endpoint;
  if (endpoint === undefined || endpoint.parameters.includes(parameter)) return undefined;
  const taken = endpoint.parameters.length > 0 ? ` (it takes ${endpoint.parameters.map((p) => `'${p}'`).join(', ')})` : '';
  return { code: 'PCAQ0416', span: span(0, text.length), args: { schema: truncateText(schema.name, 60), parameter, taken }, source: parameter };
}
