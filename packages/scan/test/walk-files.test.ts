import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile, scanPaths } from '@pcaq/scan';

/** A throw-away git-like repository (a `.git` folder marks its top) made of `files`. */
function repository(files: Record<string, string | Buffer>): string {
  const top = mkdtempSync(join(tmpdir(), 'pcaq-walk-'));
  mkdirSync(join(top, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(top, path, '..'), { recursive: true });
    writeFileSync(join(top, path), content);
  }
  return top;
}

const BAD = 'q = {"filter": "WorkloadCode eq \'x\'"}\n';

describe('which files a scan reads', () => {
  it('follows git: nested .gitignore files, negation, and the rules of folders above the start', async () => {
    const top = repository({
      '.gitignore': 'build/\n*.tmp.py\n',
      'src/.gitignore': '*.gen.py\n!keep.gen.py\n',
      'src/a.py': BAD,
      'src/b.gen.py': BAD,
      'src/keep.gen.py': BAD,
      'src/c.tmp.py': BAD,
      'src/build/d.py': BAD,
      '.git/config.py': BAD,
    });
    const fromTop = await scanPaths(['.'], top);
    expect(fromTop.files).toEqual(['.gitignore', 'src/.gitignore', 'src/a.py', 'src/keep.gen.py']);
    const fromSrc = await scanPaths(['src'], top);
    expect(fromSrc.files).toEqual(['src/.gitignore', 'src/a.py', 'src/keep.gen.py']);
  });

  it('does not follow symbolic links', async () => {
    const top = repository({ 'real/a.py': BAD });
    symlinkSync(join(top, 'real'), join(top, 'link'));
    symlinkSync(join(top, 'real/a.py'), join(top, 'b.py'));
    expect((await scanPaths(['.'], top)).files).toEqual(['real/a.py']);
  });

  it('skips binary files and reads text that is not UTF-8 with U+FFFD, keeping positions', async () => {
    const latin1 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${BAD}`)]);
    const top = repository({ 'latin1.py': latin1, 'image.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    const result = await scanPaths(['.'], top);
    expect(result.binary).toEqual(['image.bin']);
    expect(await readTextFile(join(top, 'latin1.py'))).toMatch(/^# caf\uFFFD\n/);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['latin1.py:2:17 PCAQ0201']);
  });

  it('drops a UTF-8 byte-order mark, so columns count as editors show them', async () => {
    const top = repository({ 'bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD)]) });
    expect((await scanPaths(['.'], top)).diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['1:17']);
  });
});
