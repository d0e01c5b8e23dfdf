import { CstParser } from 'chevrotain';
import * as T from './dist/tokens.js';
import { lex } from './dist/lexer.js';
import { PcaqGrammar } from './dist/grammar.js';
const t = `workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')`;
function time(name, f) { for (let i = 0; i < 20000; i++) f(); const n = 200000; const s = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - s) * 1000 / n).toFixed(2), 'us'); }
const toks = lex(t);
const g = new PcaqGrammar();
time('recovery on', () => { g.input = toks; g.filter(); });
class NoRec extends PcaqGrammar { constructor() { super(); } }
// patch: build one with recovery disabled by subclassing config
const proto = Object.getPrototypeOf(PcaqGrammar);
const g2 = new (class extends CstParser {
  constructor() { super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 1, skipValidations: true });
    const $ = this;
    $.RULE('filter', () => $.SUBRULE($.orExpression));
    $.RULE('orExpression', () => { $.SUBRULE($.andExpression, { LABEL: 'operands' }); $.MANY(() => { $.CONSUME(T.Or); $.SUBRULE2($.andExpression, { LABEL: 'operands' }); }); });
    $.RULE('andExpression', () => { $.SUBRULE($.primary, { LABEL: 'operands' }); $.MANY(() => { $.CONSUME(T.And); $.SUBRULE2($.primary, { LABEL: 'operands' }); }); });
    $.RULE('primary', () => $.OR([{ ALT: () => $.SUBRULE($.comparison) }, { ALT: () => $.SUBRULE($.parenthesized) }]));
    $.RULE('parenthesized', () => { $.CONSUME(T.LParen); $.SUBRULE($.orExpression, { LABEL: 'expression' }); $.CONSUME(T.RParen); });
    $.RULE('comparison', () => { $.CONSUME(T.Identifier, { LABEL: 'field' }); $.CONSUME(T.ComparisonOp, { LABEL: 'operator' }); $.CONSUME(T.StringLiteral, { LABEL: 'value' }); });
    this.performSelfAnalysis(); }
})();
time('recovery off', () => { g2.input = toks; g2.filter(); });
