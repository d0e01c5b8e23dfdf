import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as core from '@pcaq/core';
import * as checker from '@pcaq/checker';
import * as linter from '@pcaq/linter';
import * as printer from '@pcaq/printer';
import * as parser from '@pcaq/parser';
import * as builder from '@pcaq/builder';

/** Every exported function of the language packages (classes aside), by `package.name`. */
const entryPoints = Object.entries({ core, checker, linter, printer, parser, builder }).flatMap(([pkg, mod]) =>
  Object.entries(mod)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(([name, value]) => ({ name: `${pkg}.${name}`, run: value as (...args: unknown[]) => unknown })),
);

/** The errors a library function may throw on input from code: typed, with a clear message. */
const typed = (error: unknown): boolean =>
  error instanceof core.InvalidArgumentError || error instanceof RangeError || error instanceof builder.QueryBuildError;

describe('library input from code', () => {
  const junk = fc.array(fc.anything({ withNullPrototype: true, withBoxedValues: true, maxDepth: 3 }), { maxLength: 3 });
  for (const { name, run } of entryPoints) {
    test.prop([junk], { numRuns: 60 })(`${name} throws only typed errors on anything`, (args) => {
      try {
        run(...args);
      } catch (error) {
        expect(typed(error), `${name}: ${String((error as Error)?.message)}`).toBe(true);
      }
    });
  }
});
