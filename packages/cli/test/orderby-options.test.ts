import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

// `--orderby` and `--aggregation-level` are parsed and handed to the linter like every query option;
// which endpoint takes them is the schema's word (docs/language.md, "Parameters of some endpoints").
describe('--orderby and --aggregation-level', () => {
  it.each([
    [['lint', '--orderby', 'usageDate desc'], 'orderby'],
    [['lint', '--aggregation-level', 'week'], 'aggregationLevel'],
    [['url', '--orderby', 'channel'], 'orderby'],
    [['url', '--aggregation-level', 'day', '--groupby', 'channel'], 'aggregationLevel'],
  ])('%j reaches the linter: licence usage takes neither (PCAQ0416 at the %s value)', async (args, source) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    // lint reports on stdout; url reports on stderr and prints no URL.
    const report = args[0] === 'lint' ? result.stdout : result.stderr;
    if (args[0] === 'url') expect(result.stdout).toBe('');
    expect(report).toMatch(new RegExp(`^${source}:1:1: error PCAQ0416: license usage does not take '${source}'`, 'm'));
  });

  it('reads the same parameters from --url, and refuses one given both ways', async () => {
    const fromUrl = await run(['lint', '--url', '?orderby=usageDate&aggregationLevel=week']);
    expect(fromUrl.code).toBe(1);
    expect(fromUrl.stdout.match(/PCAQ0416/g)).toHaveLength(2);
    const both = await run(['lint', '--url', '?orderby=usageDate', '--orderby', 'customerName']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("'orderby' is given both in --url and as --orderby");
  });

  it('lists both options in the help of lint, url, eval and sql', async () => {
    for (const command of ['lint', 'url', 'eval', 'sql']) {
      const help = await run([command, '--help']);
      expect(help.stdout).toContain('--orderby <keys>');
      expect(help.stdout).toContain('--aggregation-level <level>');
    }
  });
});
