// Types of field-readers.mjs, for the test that checks the generated module (tests/field-readers.test.ts).
import type { Schema } from '@pcaq/core';

export declare function readableNames(schemas: readonly Schema[]): string[];
export declare function fieldReadersModule(schemas: readonly Schema[]): string;
