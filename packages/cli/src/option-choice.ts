import { UsageError } from './usage-error.js';

/**
 * An option parser that accepts one of `values`; anything else is a usage error naming them.
 *
 * @example
 * ```ts
 * command.option('--engine <engine>', 'js or duckdb', choice('--engine', ['js', 'duckdb'], 'eval'), 'js');
 * ```
 */
export function choice<T extends string>(flag: string, values: readonly T[], command: string): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${flag} must be one of ${values.join(', ')}, not '${value}'`, command);
  };
}
