/**
 * The fault plan of `pcaq serve`: which failures the server injects, on which requests, how often.
 * One syntax for the `--faults` flag, the `X-Pcaq-Faults` request header and `startServer`'s
 * `faults` option (docs/serve.md, "Faults"). Given the seed and the requests made, the faults
 * are the same on every run: nothing depends on the clock or on other clients' requests.
 */

/**
 * What a fault does.
 *
 * - `429`: throttled, with `Retry-After` and the service's throttling body
 *   `{"statusCode": 429, "message": "Rate limit is exceeded. Try again in N seconds."}`.
 * - `503`: service unavailable, with `Retry-After`.
 * - `204`: `204 No Content` with `Retry-After` and no body (the service's "not ready yet").
 * - `500`: an internal error with the service's error body.
 * - `latency`: the answer is delayed.
 * - `bom`: a UTF-8 byte-order mark before the JSON body.
 * - `license-active`: rows spell `licensesActive` as `licenseActive`, as the source page's example does.
 * - `reset`: the connection is destroyed after half of the body is sent.
 *
 * @example
 * ```ts
 * const kind: FaultKind = '429';
 * ```
 */
export type FaultKind = '429' | '503' | '204' | '500' | 'latency' | 'bom' | 'license-active' | 'reset';

/**
 * The faults that replace the answer with another status; only one of them fires per request.
 *
 * @example
 * ```ts
 * STATUS_FAULTS.includes('429'); // true
 * ```
 */
export const STATUS_FAULTS: readonly FaultKind[] = ['429', '503', '204', '500'];

/**
 * How `Retry-After` is written: `seconds` as a number of seconds (`Retry-After: 2`), `date` as an
 * HTTP date that many seconds from now (`Retry-After: Sun, 29 Nov 2026 08:30:02 GMT`).
 *
 * @example
 * ```ts
 * const retry: RetryAfter = { form: 'date', seconds: 1 };
 * ```
 */
export interface RetryAfter {
  readonly form: 'seconds' | 'date';
  readonly seconds: number;
}

/**
 * One rule of a plan: a fault and the requests it applies to. Every condition given must hold;
 * without conditions a rule applies to every request. A request's page is its `skip` divided
 * by its `top`, plus one; its attempt is how many times the same request (the same path and
 * query string) has been made, this one included.
 *
 * @example
 * ```ts
 * // "500 once, on page 3"
 * const rule: FaultRule = { kind: '500', page: 3, times: 1 };
 * ```
 */
export interface FaultRule {
  readonly kind: FaultKind;
  /** Only on this page (1-based). */
  readonly page?: number;
  /** Only on this attempt at a page (1 = the first request for it). */
  readonly attempt?: number;
  /** Only with this probability, drawn from the plan's seed, the request and the attempt. */
  readonly probability?: number;
  /** At most this many times per page (per distinct request). */
  readonly times?: number;
  /** For `429`, `503` and `204`: how `Retry-After` is written; default 1 second. */
  readonly retryAfter?: RetryAfter;
  /** For `latency`: the added delay in milliseconds, drawn from `[min, max]`. */
  readonly latencyMs?: readonly [number, number];
}

/**
 * A fault plan: its rules, in order (the first status fault that applies wins), and the seed of
 * its random draws.
 *
 * @example
 * ```ts
 * const plan: FaultPlan = { seed: 7, rules: [{ kind: '429', attempt: 1 }, { kind: 'bom' }] };
 * ```
 */
export interface FaultPlan {
  readonly seed: number;
  readonly rules: readonly FaultRule[];
}

/**
 * A plan with no faults.
 *
 * @example
 * ```ts
 * NO_FAULTS.rules.length; // 0
 * ```
 */
export const NO_FAULTS: FaultPlan = Object.freeze({ seed: 0, rules: Object.freeze([]) });

/**
 * What `all` stands for in a plan's text: every fault, each on a page a client reaches, each a
 * bounded number of times so that a client that retries gets every row, with `Retry-After` of
 * 0 seconds so that tests do not wait.
 *
 * @example
 * ```ts
 * const parsed = parseFaults('all');
 * if (parsed.ok) parsed.plan.rules.length; // 9
 * ```
 */
export const ALL_FAULTS_TEXT = '429:0@first,204:date:0@page=2*1,503:0@page=3*1,500@page=3*1,reset@page=4*1,bom,license-active,latency:0-5,429:date:0@p=0.1*2';

/**
 * A problem in a plan's text, at a 0-based offset range (UTF-16, end exclusive).
 *
 * @example
 * ```ts
 * const problem: FaultProblem = { message: "unknown fault 'teapot'", start: 0, end: 6 };
 * ```
 */
export interface FaultProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/**
 * `parseFaults`' answer: the plan, or the problems found (then no plan).
 *
 * @example
 * ```ts
 * const parsed: ParsedFaults = parseFaults('bom');
 * ```
 */
export type ParsedFaults = { readonly ok: true; readonly plan: FaultPlan } | { readonly ok: false; readonly problems: readonly FaultProblem[] };

const KINDS: readonly FaultKind[] = ['429', '503', '204', '500', 'latency', 'bom', 'license-active', 'reset'];
const RETRYING: readonly FaultKind[] = ['429', '503', '204'];
/** A plan longer than this is refused: a header is no place for an essay. */
const MAX_TEXT = 4096;
/** Bounds on numbers in a plan, so no plan can stall the server or overflow a counter. */
const MAX_SECONDS = 3600;
const MAX_LATENCY_MS = 60_000;
const MAX_COUNT = 1_000_000;

/**
 * Parses a plan's text (the `--faults` flag, the `X-Pcaq-Faults` header): items separated by
 * commas, each `seed=N`, `all`, `none`, or a rule `KIND[:ARG][@COND...][*TIMES]`:
 *
 * - KIND: `429`, `503`, `204`, `500`, `latency`, `bom`, `license-active`, `reset`;
 * - ARG: for `429`/`503`/`204`, `N` (Retry-After in seconds) or `date:N` (an HTTP date N seconds
 *   ahead); for `latency`, `MS` or `MIN-MAX` milliseconds;
 * - COND: `@page=N`, `@first` (the first attempt at a page), `@attempt=N`, `@p=0.25`;
 * - TIMES: `*N`, at most N times per page.
 *
 * Never throws: problems come back with their place in the text.
 *
 * @example
 * ```ts
 * parseFaults('seed=7, 429@first, 204:date:1@page=2*1, 500@page=3*1, bom, reset@page=4*1');
 * // { ok: true, plan: { seed: 7, rules: [{ kind: '429', attempt: 1 }, ...] } }
 * parseFaults('teapot'); // { ok: false, problems: [{ message: "unknown fault 'teapot' ...", start: 0, end: 6 }] }
 * ```
 */
export function parseFaults(text: string): ParsedFaults {
  if (typeof text !== 'string') return { ok: false, problems: [{ message: 'a fault plan is text', start: 0, end: 0 }] };
  if (text.length > MAX_TEXT) return { ok: false, problems: [{ message: `a fault plan is at most ${MAX_TEXT} characters`, start: MAX_TEXT, end: text.length }] };
  const problems: FaultProblem[] = [];
  const rules: FaultRule[] = [];
  let seed = 0;
  let offset = 0;
  for (const raw of text.split(',')) {
    const start = offset + (raw.length - raw.trimStart().length);
    const item = raw.trim();
    offset += raw.length + 1;
    if (item === '' || item === 'none') continue;
    if (item === 'all') {
      rules.push(...(parseFaults(ALL_FAULTS_TEXT) as { plan: FaultPlan }).plan.rules);
      continue;
    }
    const seedMatch = /^seed=(\d{1,9})$/.exec(item);
    if (seedMatch) {
      seed = Number(seedMatch[1]);
      continue;
    }
    const rule = parseRule(item, start, problems);
    if (rule !== undefined) rules.push(rule);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: { seed, rules } };
}

function parseRule(item: string, start: number, problems: FaultProblem[]): FaultRule | undefined {
  const at = (from: number, to: number, message: string): undefined => {
    problems.push({ message, start: start + from, end: start + to });
    return undefined;
  };
  const shape = /^([a-z0-9-]+)(?::([^@*]*))?((?:@[^@*]*)*)(?:\*([^@*]*))?$/.exec(item);
  if (!shape) return at(0, item.length, `cannot read fault '${item}': write KIND[:ARG][@COND...][*TIMES]`);
  const [, name = '', arg, conditions = '', times] = shape;
  const kind = KINDS.find((known) => known === name);
  if (kind === undefined) return at(0, name.length, `unknown fault '${name}'; the faults are ${KINDS.join(', ')}`);
  const rule: { -readonly [K in keyof FaultRule]: FaultRule[K] } = { kind };
  const argStart = name.length + 1;
  if (arg !== undefined) {
    if (RETRYING.includes(kind)) {
      const retry = /^(date:)?(\d{1,4})$/.exec(arg);
      if (!retry || Number(retry[2]) > MAX_SECONDS) return at(argStart, argStart + arg.length, `'${kind}' takes Retry-After as N or date:N seconds (N at most ${MAX_SECONDS})`);
      rule.retryAfter = { form: retry[1] ? 'date' : 'seconds', seconds: Number(retry[2]) };
    } else if (kind === 'latency') {
      const range = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(arg);
      const min = Number(range?.[1]);
      const max = range?.[2] === undefined ? min : Number(range[2]);
      if (!range || min > max || max > MAX_LATENCY_MS) return at(argStart, argStart + arg.length, `'latency' takes MS or MIN-MAX milliseconds (at most ${MAX_LATENCY_MS})`);
      rule.latencyMs = [min, max];
    } else {
      return at(argStart, argStart + arg.length, `'${kind}' takes no argument`);
    }
  } else if (kind === 'latency') {
    return at(0, name.length, "'latency' needs its milliseconds: latency:MS or latency:MIN-MAX");
  }
  let conditionStart = argStart + (arg === undefined ? -1 : arg.length);
  for (const condition of conditions.split('@').slice(1)) {
    const from = conditionStart + 1;
    conditionStart += condition.length + 1;
    if (condition === 'first') rule.attempt = 1;
    else if (/^page=\d{1,7}$/.test(condition) && Number(condition.slice(5)) >= 1) rule.page = Number(condition.slice(5));
    else if (/^attempt=\d{1,7}$/.test(condition) && Number(condition.slice(8)) >= 1) rule.attempt = Number(condition.slice(8));
    else if (/^p=(0(\.\d+)?|1(\.0*)?)$/.test(condition)) rule.probability = Number(condition.slice(2));
    else return at(from - 1, from + condition.length, `unknown condition '@${condition}'; write @page=N, @first, @attempt=N or @p=0..1`);
  }
  if (times !== undefined) {
    if (!/^\d{1,7}$/.test(times) || Number(times) > MAX_COUNT) return at(item.length - times.length, item.length, `'*${times}' is not a count: write *N`);
    rule.times = Number(times);
  }
  return rule;
}

/**
 * A plan as text that `parseFaults` reads back to the same plan: for logs, for the
 * `X-Pcaq-Faults` header of a test.
 *
 * @example
 * ```ts
 * formatFaults({ seed: 7, rules: [{ kind: '500', page: 3, times: 1 }] }); // 'seed=7,500@page=3*1'
 * ```
 */
export function formatFaults(plan: FaultPlan): string {
  const items = [`seed=${plan.seed}`];
  for (const rule of plan.rules) {
    let item: string = rule.kind;
    if (rule.retryAfter) item += `:${rule.retryAfter.form === 'date' ? 'date:' : ''}${rule.retryAfter.seconds}`;
    if (rule.latencyMs) item += `:${rule.latencyMs[0]}-${rule.latencyMs[1]}`;
    if (rule.page !== undefined) item += `@page=${rule.page}`;
    if (rule.attempt !== undefined) item += `@attempt=${rule.attempt}`;
    if (rule.probability !== undefined) item += `@p=${rule.probability}`;
    if (rule.times !== undefined) item += `*${rule.times}`;
    items.push(item);
  }
  return items.join(',');
}
