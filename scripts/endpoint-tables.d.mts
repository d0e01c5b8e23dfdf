// Types of endpoint-tables.mjs, for the test that checks docs/endpoints.md (tests/endpoints-docs.test.ts).
import type { EndpointSchema } from '@pcaq/core';

export declare const START_MARKER: string;
export declare const END_MARKER: string;
export declare function endpointSection(schema: EndpointSchema): string;
export declare function endpointTables(schemas: readonly EndpointSchema[]): string;
export declare function endpointsDoc(current: string, schemas: readonly EndpointSchema[]): string;
