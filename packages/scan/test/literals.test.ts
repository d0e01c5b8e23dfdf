import { describe, expect, it } from 'vitest';
import { HOLE, findLiterals, languageFor, mapSpan } from '@pcaq/scan';

/** The decoded values of the literals of `source`, read as the language of `path`. */
const values = (source: string, path: string): string[] => findLiterals(source, languageFor(path)!).map((l) => l.decoded.value);

describe('string literals and their escapes, per language', () => {
  it.each([
    ['Python escapes', 'x = "a\\"b\\\\c\\u00e9\\x41\\U0001F600\\n"', 'q.py', ['a"b\\céA😀\n']],
    ['Python raw string keeps backslashes', 'x = r"a\\"b"', 'q.py', ['a\\"b']],
    ['Python triple quotes span lines', 'x = """a\n"b"\n"""', 'q.py', ['a\n"b"\n']],
    ['Python f-string: {x} is a hole, {{ a brace', 'x = f"{{a}} {b}"', 'q.py', [`{a} ${HOLE}`]],
    ['Python comment is skipped', "# it's\nx = 'y'", 'q.py', ['y']],
    ['JSON \\u escapes', '{"f": "\\u0027x\\u0027"}', 'q.json', ['f', "'x'"]],
    ['TypeScript template with ${} hole', 'const a = `x${y}z`; // "no"', 'q.ts', [`x${HOLE}z`]],
    ['TypeScript \\u{...}', "const a = '\\u{1F600}\\''", 'q.ts', ["😀'"]],
    ['PowerShell single quotes double', "$a = 'O''Brien' # 'c'", 'q.ps1', ["O'Brien"]],
    ['PowerShell backtick escapes and ""', '$a = "`"x`" ""y"" `$z `n"', 'q.ps1', ['"x" "y" $z \n']],
    ['PowerShell $name, ${name} and $(expr) are holes', '$a = "$b ${c} $(d) $"', 'q.ps1', [`${HOLE} ${HOLE} ${HOLE} $`]],
    ['PowerShell block comment', "<# 'x' #> $a = 'y'", 'q.ps1', ['y']],
    ['Power Query "" and #(...)', 'a = "say ""hi""#(cr,lf)#(tab)#(#)#(00E9)#(0001F600)"', 'q.pq', ['say "hi"\r\n\t#(é😀']],
    ['Power Query unknown #(...) kept', 'a = "#(nope)"', 'q.pq', ['#(nope)']],
    ['C# verbatim string', 'var a = @"c:\\x ""q""";', 'Q.cs', ['c:\\x "q"']],
    ['C# interpolated string', 'var a = $"{b} {{c}}";', 'Q.cs', [`${HOLE} {c}`]],
    ['C# raw string literal', 'var a = """x "y" \\n""";', 'Q.cs', ['x "y" \\n']],
    ['SQL doubles quotes', "select 'it''s' -- 'no'", 'q.sql', ["it's"]],
  ])('%s', (_name, source, path, expected) => {
    expect(values(source, path)).toEqual(expected);
  });

  it('an unterminated single-line literal is skipped and reading goes on', () => {
    expect(values('a = "open\nb = "closed"', 'q.py')).toEqual(['closed']);
  });

  it('marks a literal joined at run time with a hole at that end', () => {
    expect(values('f = "a" + x + "b"', 'q.py')).toEqual([`a${HOLE}`, `${HOLE}b`]);
    expect(values('f = "a{0}".format(x)', 'q.py')).toEqual([`a{0}${HOLE}`]);
    expect(values('f = "a" & x', 'q.pq')).toEqual([`a${HOLE}`]);
    expect(values("$f = 'a{0}' -f $x", 'q.ps1')).toEqual([`a{0}${HOLE}`]);
    expect(values('s += "a"', 'q.ts')).toEqual([`${HOLE}a`]);
    expect(values('if (a == "b") x++', 'q.ts')).toEqual(['b']);
  });

  it('maps every decoded unit back to the source characters it came from', () => {
    const source = 'x = "a\\"\\u00e9😀b"';
    const [literal] = findLiterals(source, languageFor('q.py')!);
    const decoded = literal!.decoded;
    const slice = (start: number, end: number) => {
      const s = mapSpan(decoded, { start, end });
      return source.slice(s.start, s.end);
    };
    expect(decoded.value).toBe('a"é😀b');
    expect(slice(1, 2)).toBe('\\"');
    expect(slice(2, 3)).toBe('\\u00e9');
    expect(slice(3, 5)).toBe('😀');
    expect(slice(0, 6)).toBe('a\\"\\u00e9😀b');
  });
});
