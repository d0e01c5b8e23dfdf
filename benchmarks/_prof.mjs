import { lex } from '../packages/parser/dist/lexer.js';
import { normalizeFilterTokens } from '../packages/parser/dist/normalize-filter.js';
import { runRule } from '../packages/parser/dist/grammar.js';
import { filterAst } from '../packages/parser/dist/visitor.js';
const t = `workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')`;
function time(name, f) { for (let i = 0; i < 20000; i++) f(); const n = 100000; const s = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - s) * 1000 / n).toFixed(2), 'us'); }
const raw = lex(t); const norm = normalizeFilterTokens(t, raw); const { cst } = runRule('filter', norm.tokens);
time('lex', () => lex(t));
time('normalize', () => normalizeFilterTokens(t, raw));
time('parse', () => runRule('filter', norm.tokens));
time('visit', () => filterAst(cst));
