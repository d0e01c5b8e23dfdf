/**
 * pcaq: lint, build, print, encode and evaluate Partner Center analytics queries. This umbrella
 * package re-exports the public, browser-safe API of every core package; file readers, engines and
 * the CLI are separate packages because they need Node.
 *
 * @packageDocumentation
 */
export * from '@pcaq/core';
export * from '@pcaq/printer';
export * from '@pcaq/linter';
export * from '@pcaq/evaluator';
export * from '@pcaq/builder';
export * from '@pcaq/sql';
