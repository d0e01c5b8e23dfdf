import { truncateText } from '@pcaq/core';

/**
 * Keeps a message readable when the URL holds something huge (never cutting a character in half).
 *
 * @example
 * ```ts
 * short('a'.repeat(100)).length; // 60 or less
 * ```
 */
export function short(text: string): string {
  return truncateText(text, 60);
}
