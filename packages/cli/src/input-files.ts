import { stat } from 'node:fs/promises';
import { UsageError } from './usage-error.js';

/**
 * Checks that `path` names a readable file before a command reads it, so a missing file, a
 * directory or a file without permission is a usage error (exit 2) that names the path, checked
 * before anything else about the file (its extension, its format).
 *
 * @throws UsageError naming the path and what is wrong with it.
 * @example
 * ```ts
 * await checkInputFile('usage.csv', 'eval');
 * ```
 */
export async function checkInputFile(path: string, command: string, what = 'file'): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: '${path}'` : `cannot read '${path}' (${code ?? 'error'})`, command);
  }
  if (isDirectory) throw new UsageError(`'${path}' is a directory, not a ${what}`, command);
}
