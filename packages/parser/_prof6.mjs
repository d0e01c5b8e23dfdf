import { Lexer, createToken } from 'chevrotain';
const t = `workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')`;
function time(name, f) { for (let i = 0; i < 50000; i++) f(); let best = Infinity; for (let r = 0; r < 5; r++) { const n = 100000; const s = performance.now(); for (let i = 0; i < n; i++) f(); best = Math.min(best, (performance.now() - s) * 1000 / n); } console.log(name, best.toFixed(2), 'us'); }
function build(variant) {
  const WS = createToken({ name: 'WS', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
  const Str = createToken({ name: 'Str', pattern: variant.look ? /'(?:[^']|'')*'(?!')/ : /'(?:[^']|'')*'/ });
  const Unt = createToken({ name: 'Unt', pattern: /'(?:[^']|'')*/ });
  const DQ = createToken({ name: 'DQ', pattern: /"(?:[^"\\]|\\[\s\S]|"")*"?/ });
  const LP = createToken({ name: 'LP', pattern: '(' }), RP = createToken({ name: 'RP', pattern: ')' }), C = createToken({ name: 'C', pattern: ',' });
  const Sym = createToken({ name: 'Sym', pattern: /==|!=|<>|<=|>=|&&|\|\||[=<>&|!]/ });
  const Bare = createToken({ name: 'Bare', pattern: /[\w.\-\u0080-\uffff][\w.\-:\u0080-\uffff]*/ });
  const Id = createToken({ name: 'Id', pattern: variant.idPattern ?? /[A-Za-z][A-Za-z0-9_]*/, longer_alt: variant.bareAlt ? Bare : undefined });
  const kw = (w) => createToken({ name: w, pattern: w, longer_alt: variant.bareAlt ? [Id, Bare] : Id });
  const Unk = createToken({ name: 'Unk', pattern: /[\x00-\x7f]/ });
  const toks = variant.keywords === false ? [WS, Str, Unt, DQ, LP, RP, C, Sym, Id, Bare, Unk] : [WS, Str, Unt, DQ, LP, RP, C, Sym, kw('eq'), kw('ne'), kw('and'), kw('or'), Id, Bare, Unk];
  return new Lexer(toks, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: true });
}
const variants = { current: { look: true, bareAlt: true }, noLook: { look: false, bareAlt: true }, noBareAlt: { look: true, bareAlt: false }, noKw: { look: true, bareAlt: true, keywords: false }, wideId: { look: true, bareAlt: false, keywords: false, idPattern: /[A-Za-z][\w.\-:\u0080-\uffff]*/ } };
for (const name of process.argv.slice(2)) { const v = variants[name]; const l = build(v); time(name, () => l.tokenize(t)); }
