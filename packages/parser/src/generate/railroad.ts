import type { ISerializedGast } from '../chevrotain.js';
import railroad, { type RailroadItem } from 'railroad-diagrams';
import { PcaqGrammar } from '../grammar.js';

/** How a token shows in a diagram: keywords as written, the other tokens by what they stand for. */
const TERMINAL_TEXT: Readonly<Record<string, string>> = {
  Identifier: 'field',
  StringLiteral: "'string'",
  LParen: '(',
  RParen: ')',
  Comma: ',',
  Or: 'or',
  And: 'and',
  Eq: 'eq',
  Ne: 'ne',
};

/** The stylesheet of railroad-diagrams, inlined so each SVG file renders on its own (e.g. on GitHub). */
const STYLE = [
  'svg.railroad-diagram { background-color: hsl(30,20%,95%); }',
  'svg.railroad-diagram path { stroke-width: 3; stroke: black; fill: rgba(0,0,0,0); }',
  'svg.railroad-diagram text { font: bold 14px monospace; text-anchor: middle; }',
  'svg.railroad-diagram text.comment { font: italic 12px monospace; }',
  'svg.railroad-diagram rect { stroke-width: 3; stroke: black; fill: hsl(120,100%,90%); }',
].join('\n');

/**
 * One railroad diagram per grammar rule, as standalone SVG documents keyed by rule name, built
 * from the parser's serialized grammar (`getSerializedGastProductions()`), so the pictures in
 * `docs/language.md` cannot drift from the grammar the parser runs.
 *
 * @example
 * ```ts
 * railroadDiagrams().get('comparison')?.startsWith('<svg'); // true
 * ```
 */
export function railroadDiagrams(): Map<string, string> {
  const grammar = new PcaqGrammar({ skipValidations: false });
  const diagrams = new Map<string, string>();
  for (const rule of grammar.getSerializedGastProductions() as GastNode[]) {
    if (rule.type !== 'Rule') continue;
    const svg = railroad.Diagram(...toItems(rule.definition ?? [])).toString();
    diagrams.set(rule.name ?? 'rule', standalone(svg, rule.name ?? 'rule'));
  }
  return diagrams;
}

function standalone(svg: string, title: string): string {
  const open = '<svg class="railroad-diagram"';
  const body = svg.replace(open, `${open} xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}"`);
  const at = body.indexOf('>') + 1;
  return `${body.slice(0, at)}\n<title>${title}</title>\n<style>\n${STYLE}\n</style>${body.slice(at)}\n`;
}

/** A serialized GAST node; rules, terminals and non-terminals carry a name. */
type GastNode = ISerializedGast & { readonly name?: string };

function toItems(definition: readonly GastNode[]): RailroadItem[] {
  return definition.map(toItem);
}

function toItem(node: GastNode): RailroadItem {
  const inner = (): RailroadItem => railroad.Sequence(...toItems(node.definition ?? []));
  switch (node.type) {
    case 'NonTerminal':
      return railroad.NonTerminal(node.name ?? '?');
    case 'Terminal':
      return terminal(node.name ?? '?');
    case 'Alternative':
      return inner();
    case 'Alternation':
      return railroad.Choice(0, ...toItems(node.definition ?? []));
    case 'Option':
      return railroad.Optional(inner());
    case 'Repetition':
      return railroad.ZeroOrMore(inner());
    case 'RepetitionMandatory':
      return railroad.OneOrMore(inner());
    default:
      return railroad.Comment(node.type);
  }
}

function terminal(tokenName: string): RailroadItem {
  if (tokenName === 'ComparisonOp') return railroad.Choice(0, railroad.Terminal('eq'), railroad.Terminal('ne'));
  if (tokenName === 'LogicalOp') return railroad.Choice(0, railroad.Terminal('and'), railroad.Terminal('or'));
  return railroad.Terminal(TERMINAL_TEXT[tokenName] ?? tokenName);
}
