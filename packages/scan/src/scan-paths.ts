import { relative, sep } from 'node:path';
import type { EndpointId } from '@pcaq/core';
import type { ScanDiagnostic } from './scan-diagnostic.js';
import { scanText } from './scan-text.js';
import { readTextFile, walkFiles } from './walk-files.js';

/**
 * The outcome of {@link scanPaths}: the diagnostics of every file in file order, the files read,
 * the binary files skipped, and what could not be read (paths relative to `cwd`, `/`-separated).
 *
 * @example
 * ```ts
 * const result: ScanResult = { diagnostics: [], files: ['a.py'], binary: ['logo.png'], unreadable: [] };
 * ```
 */
export interface ScanResult {
  readonly diagnostics: ScanDiagnostic[];
  readonly files: string[];
  readonly binary: string[];
  readonly unreadable: { readonly path: string; readonly reason: string }[];
  /** The text of each file with diagnostics, for code frames and fixes. */
  readonly texts?: ReadonlyMap<string, string>;
}

/**
 * Scans files and directory trees (default: the current directory), honouring `.gitignore`
 * and skipping binary files, and lints every query found (docs/scan.md). Never throws for what
 * it finds on disk: an unreadable path is listed in `unreadable`. `endpoint` is the endpoint of
 * queries whose endpoint cannot be told (see {@link scanText}).
 *
 * @example
 * ```ts
 * const { diagnostics } = await scanPaths(['src', 'docs']);
 * ```
 */
export async function scanPaths(paths: readonly string[] = ['.'], cwd: string = process.cwd(), endpoint?: EndpointId): Promise<ScanResult> {
  const diagnostics: ScanDiagnostic[] = [];
  const files: string[] = [];
  const binary: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  const name = (path: string): string => relative(cwd, path).split(sep).join('/') || '.';
  for (const root of paths.length > 0 ? paths : ['.']) {
    for await (const entry of walkFiles(relativeTo(cwd, root))) {
      const file = name(entry.path);
      if (seen.has(file)) continue;
      seen.add(file);
      if (entry.kind === 'unreadable') {
        unreadable.push({ path: file, reason: entry.reason });
        continue;
      }
      let text: string | undefined;
      try {
        text = await readTextFile(entry.path);
      } catch (error) {
        unreadable.push({ path: file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
        continue;
      }
      if (text === undefined) {
        binary.push(file);
        continue;
      }
      files.push(file);
      const found = scanText(text, file, endpoint);
      if (found.length > 0) texts.set(file, text);
      diagnostics.push(...found);
    }
  }
  return { diagnostics, files, binary, unreadable, texts };
}

function relativeTo(cwd: string, path: string): string {
  return /^([A-Za-z]:)?[\\/]/.test(path) ? path : `${cwd}${sep}${path}`;
}
