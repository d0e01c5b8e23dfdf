// A small hand-written recursive-descent parser for the filter grammar of SPEC section 2: the
// baseline pcaq's chevrotain parser is measured against. It builds an equivalent AST (plain
// objects with spans, n-ary flat and/or, '' decoded) and checks each field with a Set lookup,
// like the checker's unknown-field rule. It stops at the first syntax error (no recovery, no
// fixes): the cheapest parser that does the same work on valid input.
// `handParseFilterWithCoreNodes` is the same parser building its nodes through @pcaq/core's
// frozen factories, to show what those cost apart from the parsing itself.
import { comparison as coreComparison, field as coreField, logical as coreLogical, span as coreSpan, stringLiteral as coreString } from '@pcaq/core';

const PLAIN = {
  span: (start, end) => ({ start, end }),
  field: (name, at) => ({ type: 'Field', name, span: at }),
  string: (value, at) => ({ type: 'StringLiteral', value, span: at }),
  comparison: (field, operator, value, at) => ({ type: 'Comparison', field, operator, value, span: at }),
  logical: (operator, operands, at) => ({ type: 'Logical', operator, operands, span: at }),
};

const CORE = {
  span: coreSpan,
  field: coreField,
  string: coreString,
  comparison: coreComparison,
  logical: coreLogical,
};

const FILTERABLE = new Set([
  'workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel',
  'customerTenantId', 'customerName', 'productId', 'productName',
]);

/** @param {string} text */
export function handParseFilter(text) {
  return parse(text, PLAIN);
}

/** @param {string} text */
export function handParseFilterWithCoreNodes(text) {
  return parse(text, CORE);
}

function parse(text, make) {
  const p = { text, pos: 0, diagnostics: [], make };
  try {
    skipWs(p);
    const ast = orExpr(p, 0).node;
    skipWs(p);
    if (p.pos !== text.length) fail(p, 'end of filter');
    return { ast, diagnostics: p.diagnostics };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ast: undefined, diagnostics: [...p.diagnostics, { code: 'syntax', message: error.message, start: p.pos }] };
  }
}

function orExpr(p, depth) {
  return joined(p, depth, 'or', andExpr);
}

function andExpr(p, depth) {
  return joined(p, depth, 'and', primary);
}

function joined(p, depth, word, operand) {
  const first = operand(p, depth);
  let operands = null;
  for (;;) {
    const save = p.pos;
    if (skipWs(p) === 0 || !keyword(p, word) || skipWs(p) === 0) {
      p.pos = save;
      break;
    }
    const next = operand(p, depth);
    operands ??= flat(first.node, word);
    for (const o of flat(next.node, word)) operands.push(o);
    first.end = next.end;
  }
  if (operands === null) return first;
  return { node: p.make.logical(word, operands, p.make.span(first.start, first.end)), start: first.start, end: first.end };
}

function flat(node, word) {
  return node.type === 'Logical' && node.operator === word ? [...node.operands] : [node];
}

function primary(p, depth) {
  const { text } = p;
  if (text.charCodeAt(p.pos) === 40 /* ( */) {
    if (depth >= 64) fail(p, 'shallower nesting');
    const start = p.pos++;
    skipWs(p);
    const inner = orExpr(p, depth + 1);
    skipWs(p);
    if (text.charCodeAt(p.pos) !== 41) fail(p, "')'");
    p.pos++;
    return { node: inner.node, start, end: p.pos };
  }
  return comparison(p);
}

function comparison(p) {
  const { text } = p;
  const start = p.pos;
  let c = text.charCodeAt(p.pos);
  if (!isAlpha(c)) fail(p, 'field');
  do c = text.charCodeAt(++p.pos);
  while (isAlpha(c) || (c >= 48 && c <= 57) || c === 95);
  const name = text.slice(start, p.pos);
  const field = p.make.field(name, p.make.span(start, p.pos));
  if (!FILTERABLE.has(name)) p.diagnostics.push({ code: 'unknown-field', name, start });
  if (skipWs(p) === 0) fail(p, 'space');
  let operator;
  if (keyword(p, 'eq')) operator = 'eq';
  else if (keyword(p, 'ne')) operator = 'ne';
  else fail(p, 'eq or ne');
  if (skipWs(p) === 0) fail(p, 'space');
  const value = string(p);
  return { node: p.make.comparison(field, operator, value, p.make.span(start, p.pos)), start, end: p.pos };
}

function string(p) {
  const { text } = p;
  const start = p.pos;
  if (text.charCodeAt(p.pos) !== 39) fail(p, 'string');
  let value = '';
  let from = ++p.pos;
  for (;;) {
    const quote = text.indexOf("'", p.pos);
    if (quote < 0) fail(p, 'closing quote');
    if (text.charCodeAt(quote + 1) === 39) {
      value += text.slice(from, quote + 1);
      p.pos = from = quote + 2;
      continue;
    }
    value += text.slice(from, quote);
    p.pos = quote + 1;
    return p.make.string(value, p.make.span(start, p.pos));
  }
}

function keyword(p, word) {
  const { text, pos } = p;
  if (!text.startsWith(word, pos)) return false;
  const after = text.charCodeAt(pos + word.length);
  if (isAlpha(after) || (after >= 48 && after <= 57) || after === 95) return false;
  p.pos = pos + word.length;
  return true;
}

function skipWs(p) {
  const { text } = p;
  const start = p.pos;
  let c = text.charCodeAt(p.pos);
  while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++p.pos);
  return p.pos - start;
}

function isAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function fail(p, expected) {
  throw new SyntaxError(`expected ${expected} at ${p.pos}`);
}
