/**
 * How a language writes string literals: its escape scheme and whether `{...}`, `${...}` or
 * `$name` inside it are run-time parts. docs/scan.md lists what each language's lexer reads.
 *
 * @example
 * ```ts
 * const python: StringForm = { open: '"', close: '"', escapes: 'backslash', interpolation: 'none', multiline: false };
 * ```
 */
export interface StringForm {
  /** The characters that open the literal, prefix included (`@"`, `$"`, `f'`, `"""`). */
  readonly open: string;
  readonly close: string;
  /**
   * `backslash`: C-family escapes (`\"`, `\\`, `\n`, `\u00e9`, ...); `raw`: none (a backslash
   * still keeps the next quote from closing the literal, as in Python's raw strings);
   * `doubled`: the closing quote written twice stands for one (`''`, `""`);
   * `backtick`: PowerShell's backtick escapes and doubled quotes; `power-query`: doubled quotes
   * and `#(lf)`-style escapes; `verbatim`: none at all.
   */
  readonly escapes: 'backslash' | 'raw' | 'doubled' | 'backtick' | 'power-query' | 'verbatim';
  /** `braces`: `{expr}` (`{{` is a brace); `dollar-braces`: `${expr}`; `dollar`: PowerShell's `$name`, `${name}`, `$(expr)`. */
  readonly interpolation: 'none' | 'braces' | 'dollar-braces' | 'dollar';
  readonly multiline: boolean;
  /** When set, the literal only opens where the character before is not part of a word. */
  readonly wordStart?: boolean;
}

/**
 * What the scanner knows of a file's language: its comments, its string literals (tried in
 * order, longest opener first) and the operators that join strings at run time.
 *
 * @example
 * ```ts
 * languageFor('queries/usage.py')?.name; // 'Python'
 * ```
 */
export interface Language {
  readonly name: string;
  readonly lineComments: readonly string[];
  readonly blockComments: readonly (readonly [string, string])[];
  readonly strings: readonly StringForm[];
  /** Operators that join a literal to a value computed at run time (`+`, `&`, `..`). */
  readonly concatenation: readonly string[];
}

const form = (
  open: string,
  close: string,
  escapes: StringForm['escapes'],
  interpolation: StringForm['interpolation'] = 'none',
  multiline = false,
  wordStart = false,
): StringForm => ({ open, close, escapes, interpolation, multiline, ...(wordStart ? { wordStart } : {}) });

const C_STRINGS = [form('"', '"', 'backslash'), form("'", "'", 'backslash')];

/** Every upper/lower-case spelling of a prefix: `rb` gives `rb`, `rB`, `Rb`, `RB`. */
function caseVariants(prefix: string): string[] {
  let out = [''];
  for (const ch of prefix) out = out.flatMap((head) => [...new Set([head + ch.toLowerCase(), head + ch.toUpperCase()])]);
  return out;
}

/** Python's prefixes (`r`, `f`, `b`, `u`, and pairs) in every case, for each quote. */
function pythonStrings(): StringForm[] {
  const out: StringForm[] = [];
  for (const quote of ['"""', "'''", '"', "'"]) {
    for (const prefix of ['', 'r', 'u', 'b', 'f', 'rb', 'br', 'fr', 'rf'].flatMap(caseVariants)) {
      const lower = prefix.toLowerCase();
      const escapes = lower.includes('r') ? 'raw' : 'backslash';
      const interpolation = lower.includes('f') ? 'braces' : 'none';
      out.push(form(prefix + quote, quote, escapes, interpolation, quote.length === 3, prefix !== ''));
    }
  }
  return out.sort((a, b) => b.open.length - a.open.length);
}

const PYTHON: Language = { name: 'Python', lineComments: ['#'], blockComments: [], strings: pythonStrings(), concatenation: ['+', '%'] };

const JAVASCRIPT: Language = {
  name: 'JavaScript/TypeScript',
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  strings: [form('`', '`', 'backslash', 'dollar-braces', true), ...C_STRINGS],
  concatenation: ['+'],
};

const CSHARP: Language = {
  name: 'C#',
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  strings: [
    form('"""', '"""', 'verbatim', 'none', true),
    form('$@"', '"', 'doubled', 'braces', true),
    form('@$"', '"', 'doubled', 'braces', true),
    form('@"', '"', 'doubled', 'none', true),
    form('$"', '"', 'backslash', 'braces'),
    form('"', '"', 'backslash'),
    form("'", "'", 'backslash'),
  ],
  concatenation: ['+'],
};

const POWERSHELL: Language = {
  name: 'PowerShell',
  lineComments: ['#'],
  blockComments: [['<#', '#>']],
  strings: [
    form('@"', '"@', 'backtick', 'dollar', true),
    form("@'", "'@", 'verbatim', 'none', true),
    form('"', '"', 'backtick', 'dollar', true),
    form("'", "'", 'doubled', 'none', true),
  ],
  concatenation: ['+'],
};

const POWER_QUERY: Language = {
  name: 'Power Query M',
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  strings: [form('"', '"', 'power-query', 'none', true)],
  concatenation: ['&'],
};

const SQL: Language = {
  name: 'SQL',
  lineComments: ['--'],
  blockComments: [['/*', '*/']],
  strings: [form("'", "'", 'doubled', 'none', true)],
  concatenation: ['||', '+'],
};

const JSON_LANGUAGE: Language = { name: 'JSON', lineComments: [], blockComments: [], strings: [form('"', '"', 'backslash')], concatenation: [] };

const C_FAMILY: Language = {
  name: 'C family',
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  strings: C_STRINGS,
  concatenation: ['+'],
};

const SHELL: Language = { name: 'Shell', lineComments: ['#'], blockComments: [], strings: [form('"', '"', 'backslash', 'dollar', true), form("'", "'", 'verbatim', 'none', true)], concatenation: [] };

const BY_EXTENSION: Readonly<Record<string, Language>> = {
  py: PYTHON,
  pyi: PYTHON,
  ts: JAVASCRIPT,
  tsx: JAVASCRIPT,
  mts: JAVASCRIPT,
  cts: JAVASCRIPT,
  js: JAVASCRIPT,
  jsx: JAVASCRIPT,
  mjs: JAVASCRIPT,
  cjs: JAVASCRIPT,
  cs: CSHARP,
  ps1: POWERSHELL,
  psm1: POWERSHELL,
  psd1: POWERSHELL,
  pq: POWER_QUERY,
  pqm: POWER_QUERY,
  m: POWER_QUERY,
  sql: SQL,
  json: JSON_LANGUAGE,
  jsonc: JSON_LANGUAGE,
  java: C_FAMILY,
  kt: C_FAMILY,
  go: C_FAMILY,
  rs: C_FAMILY,
  c: C_FAMILY,
  cpp: C_FAMILY,
  h: C_FAMILY,
  swift: C_FAMILY,
  sh: SHELL,
  bash: SHELL,
};

/**
 * The language of a file, from its extension; `undefined` for text read as it is (Markdown,
 * `.http` and `.rest` files, YAML, and every extension not listed in docs/scan.md).
 *
 * @example
 * ```ts
 * languageFor('Usage.PQ')?.name; // 'Power Query M'
 * languageFor('README.md');      // undefined
 * ```
 */
export function languageFor(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (dot <= slash + 1) return undefined;
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
