/**
 * The pcaq printer and URL codec: canonical filter text, and request query strings encoded and
 * decoded byte for byte as the Partner Center service reads them.
 *
 * @packageDocumentation
 */
export { printFilter, printFilterLocated, printGroupBy, printLiteral, printStringLiteral, type LocatedFilter } from './print-filter.js';
export { encodeQueryComponent } from './encode-component.js';
export { encodeQuery, formatRequestUrl, queryParameterTexts } from './encode-query.js';
export {
  decodeQuery,
  toUrlSpan,
  type DecodeOptions,
  type DecodedParameter,
  type DecodedQuery,
} from './decode-query.js';
export { decodeComponent, type DecodedComponent } from './percent-decode.js';
export { locatePath, locateQuery } from './locate-query.js';
export { DEFAULT_ENDPOINT, endpointBaseUrl, urlEndpoint, type UrlEndpoint, type UrlEndpointOptions } from './url-endpoint.js';
export { canonicalParameter } from './parameter-names.js';
export { nextLink, requestOf, type NextLinkOptions } from './next-link.js';
export { printOrderBy } from './print-orderby.js';
