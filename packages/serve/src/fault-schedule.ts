import type { FaultKind, FaultPlan, FaultRule, RetryAfter } from './faults.js';
import { STATUS_FAULTS } from './faults.js';

/**
 * What happens to one request: at most one status fault (with its `Retry-After`), and the
 * modifiers that apply to whatever answer it gets.
 *
 * @example
 * ```ts
 * const decision: FaultDecision = { status: '429', retryAfter: { form: 'seconds', seconds: 1 }, latencyMs: 0, bom: true, licenseActive: false, reset: false };
 * ```
 */
export interface FaultDecision {
  readonly status?: Extract<FaultKind, '429' | '503' | '204' | '500'>;
  readonly retryAfter?: RetryAfter;
  readonly latencyMs: number;
  readonly bom: boolean;
  readonly licenseActive: boolean;
  readonly reset: boolean;
}

/**
 * The request a decision is made for: `key` names the request (its path and query string, so a
 * retry has the same key), `page` is its 1-based page.
 *
 * @example
 * ```ts
 * const request: FaultRequest = { key: '/v1/analytics/commercial/usage/license/?top=10&skip=20', page: 3 };
 * ```
 */
export interface FaultRequest {
  readonly key: string;
  readonly page: number;
}

/**
 * A plan being applied: it remembers how often each request was made and how often each rule
 * fired for it, so "the first attempt" and "once per page" mean the same on every run.
 *
 * @example
 * ```ts
 * const parsed = parseFaults('429@first');
 * if (parsed.ok) {
 *   const schedule = createFaultSchedule(parsed.plan);
 *   schedule.decide({ key: '/x?top=10', page: 1 }).status; // '429'
 *   schedule.decide({ key: '/x?top=10', page: 1 }).status; // undefined (second attempt)
 * }
 * ```
 */
export interface FaultSchedule {
  decide(request: FaultRequest): FaultDecision;
}

/** How many distinct requests a schedule remembers; the oldest are forgotten past it (memory stays bounded). */
const REMEMBERED_REQUESTS = 100_000;

/**
 * Starts applying `plan`. Decisions depend only on the plan (its seed included), the request's
 * key and page, and how many times that request was made before: the same sequence of requests
 * meets the same faults, whatever the clock says and whatever other requests run meanwhile.
 *
 * @example
 * ```ts
 * const schedule = createFaultSchedule({ seed: 1, rules: [{ kind: '500', page: 2, times: 1 }] });
 * schedule.decide({ key: 'a', page: 2 }).status; // '500'
 * schedule.decide({ key: 'a', page: 2 }).status; // undefined
 * ```
 */
export function createFaultSchedule(plan: FaultPlan): FaultSchedule {
  const attempts = new Map<string, number>();
  const fired = new Map<string, number[]>();
  return {
    decide(request) {
      const attempt = (attempts.get(request.key) ?? 0) + 1;
      remember(attempts, request.key, attempt);
      const counts = fired.get(request.key) ?? plan.rules.map(() => 0);
      remember(fired, request.key, counts);
      let status: FaultRule | undefined;
      let latencyMs = 0;
      let bom = false;
      let licenseActive = false;
      let reset = false;
      // Status faults first: the first that applies answers the request. Then the modifiers; those
      // that change a 200's body only (reset, license-active) neither apply to nor count on a fault.
      for (const pass of ['status', 'modifier'] as const) {
        for (const [index, rule] of plan.rules.entries()) {
          const isStatus = STATUS_FAULTS.includes(rule.kind);
          if (isStatus !== (pass === 'status') || (isStatus && status !== undefined)) continue;
          if (status !== undefined && (rule.kind === 'reset' || rule.kind === 'license-active')) continue;
          if (!applies(rule, request, attempt, counts[index] ?? 0, draw(plan.seed, request.key, attempt, index))) continue;
          counts[index] = (counts[index] ?? 0) + 1;
          if (isStatus) status = rule;
          else if (rule.kind === 'latency') latencyMs += latencyOf(rule, draw(plan.seed, request.key, attempt, index + plan.rules.length));
          else if (rule.kind === 'bom') bom = true;
          else if (rule.kind === 'license-active') licenseActive = true;
          else if (rule.kind === 'reset') reset = true;
        }
      }
      const chosen = status;
      if (chosen === undefined) return { latencyMs, bom, licenseActive, reset };
      const kind = chosen.kind as Extract<FaultKind, '429' | '503' | '204' | '500'>;
      return {
        status: kind,
        ...(kind === '500' ? {} : { retryAfter: chosen.retryAfter ?? { form: 'seconds', seconds: 1 } }),
        latencyMs,
        bom,
        licenseActive: false,
        reset: false,
      };
    },
  };
}

function applies(rule: FaultRule, request: FaultRequest, attempt: number, firedBefore: number, chance: number): boolean {
  if (rule.page !== undefined && rule.page !== request.page) return false;
  if (rule.attempt !== undefined && rule.attempt !== attempt) return false;
  if (rule.times !== undefined && firedBefore >= rule.times) return false;
  if (rule.probability !== undefined && chance >= rule.probability) return false;
  return true;
}

function latencyOf(rule: FaultRule, chance: number): number {
  const [min, max] = rule.latencyMs ?? [0, 0];
  return min + Math.floor(chance * (max - min + 1));
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key) && map.size >= REMEMBERED_REQUESTS) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
}

/**
 * A number in [0, 1) from the seed, the request, the attempt and the rule: FNV-1a over the key,
 * mixed with the rest, then mulberry32's finaliser. Deterministic and well spread; not for secrets.
 */
function draw(seed: number, key: string, attempt: number, salt: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  let t = (hash ^ Math.imul(attempt, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
