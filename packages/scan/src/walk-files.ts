import { existsSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isBinaryFileSync } from 'isbinaryfile';

/** The `.gitignore` of one directory, its patterns relative to that directory. */
interface IgnoreFile {
  readonly directory: string;
  readonly rules: Ignore;
}

/**
 * What {@link walkFiles} yields: a file to read, or a file or directory it could not read.
 *
 * @example
 * ```ts
 * const entry: WalkEntry = { kind: 'file', path: '/repo/src/usage.py' };
 * ```
 */
export type WalkEntry = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string };

/**
 * Every regular file under `root` (a directory or a file), in a stable (sorted) order, leaving
 * out what the `.gitignore` files say to ignore: those of the directories walked and those of
 * the directories above `root` up to the repository's top (the folder holding `.git`). The
 * matching is the `ignore` library's, which follows git's rules. `.git` itself and symbolic
 * links are never entered. A file named as `root` is yielded even when ignored.
 *
 * @example
 * ```ts
 * for await (const entry of walkFiles('.')) if (entry.kind === 'file') console.log(entry.path);
 * ```
 */
export async function* walkFiles(root: string): AsyncGenerator<WalkEntry> {
  const start = resolve(root);
  const info = await lstat(start).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    yield { kind: 'unreadable', path: start, reason: reasonOf(info) };
    return;
  }
  if (info.isFile()) {
    yield { kind: 'file', path: start };
    return;
  }
  if (!info.isDirectory()) return;
  yield* walkDirectory(start, ignoreFilesAbove(start));
}

async function* walkDirectory(directory: string, inherited: readonly IgnoreFile[]): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'unreadable', path: directory, reason: reasonOf(error as NodeJS.ErrnoException) };
    return;
  }
  const own = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? readIgnoreFile(directory) : undefined;
  const rules = own ? [...inherited, own] : inherited;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '.git' || isIgnored(path, true, rules)) continue;
      yield* walkDirectory(path, rules);
    } else if (entry.isFile() && !isIgnored(path, false, rules)) {
      yield { kind: 'file', path };
    }
  }
}

/** git's rule: the last matching pattern decides, deeper `.gitignore` files after shallower ones. */
function isIgnored(path: string, isDirectory: boolean, rules: readonly IgnoreFile[]): boolean {
  let ignored = false;
  for (const file of rules) {
    const name = relative(file.directory, path).split(sep).join('/') + (isDirectory ? '/' : '');
    if (name.startsWith('../')) continue;
    const result = file.rules.test(name);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The `.gitignore` files from the repository's top down to `start`'s parent. */
function ignoreFilesAbove(start: string): IgnoreFile[] {
  const chain: string[] = [];
  for (let directory = dirname(start); ; directory = dirname(directory)) {
    chain.unshift(directory);
    if (existsSync(join(directory, '.git')) || dirname(directory) === directory) break;
  }
  if (!existsSync(join(chain[0]!, '.git'))) return [];
  return chain.filter((d) => existsSync(join(d, '.gitignore'))).flatMap((d) => readIgnoreFile(d) ?? []);
}

function readIgnoreFile(directory: string): IgnoreFile | undefined {
  try {
    return { directory, rules: ignore().add(readFileSync(join(directory, '.gitignore'), 'utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * A file's text, or `undefined` when it is binary by the `isbinaryfile` library's test (a NUL
 * byte, more than 10% control bytes or a known binary signature in the first 512 bytes). Bytes
 * that are not UTF-8 read as U+FFFD; a UTF-8 byte-order mark is dropped, so columns count as
 * editors show them (docs/scan.md).
 *
 * @example
 * ```ts
 * const text = await readTextFile('src/usage.py');
 * ```
 */
export async function readTextFile(path: string): Promise<string | undefined> {
  const bytes = await readFile(path);
  if (bytes.length > 0 && isBinaryFileSync(bytes, bytes.length)) return undefined;
  return new TextDecoder('utf-8').decode(bytes);
}

function reasonOf(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file or directory';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.code ?? error.message;
}
