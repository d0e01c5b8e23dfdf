/**
 * How the client waits between attempts when the service gives no `Retry-After`, and how many
 * retries it may spend (docs/client.md, "Retries").
 *
 * @example
 * ```ts
 * const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxRetriesPerRequest: 3 };
 * ```
 */
export interface RetryPolicy {
  /** The first backoff ceiling, in milliseconds; it doubles with each retry of a request. */
  readonly baseDelayMs: number;
  /** The largest backoff ceiling, in milliseconds. */
  readonly maxDelayMs: number;
  /** A `Retry-After` longer than this (milliseconds) is not waited for: the call fails with it. */
  readonly maxRetryAfterMs: number;
  /** Retries of one page request before the call fails. */
  readonly maxRetriesPerRequest: number;
  /** Retries one query call may spend in all, before any page has earned more. */
  readonly retryBudget: number;
  /** Retries each page fetched earns back for the call (up to `retryBudget`). */
  readonly budgetPerPage: number;
}

/**
 * The defaults: backoff from 500 ms doubling up to 30 s, `Retry-After` honoured up to 5 minutes,
 * 6 retries of a page, a budget of 20 retries per call with one earned back per page.
 *
 * @example
 * ```ts
 * DEFAULT_RETRY_POLICY.maxRetriesPerRequest; // 6
 * ```
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 300_000,
  maxRetriesPerRequest: 6,
  retryBudget: 20,
  budgetPerPage: 1,
});

/**
 * The wait before retry number `retry` (0 for the first) of a request: capped exponential
 * backoff with full jitter, a uniform draw in `[0, min(maxDelayMs, baseDelayMs * 2^retry))`, so
 * clients that failed together do not come back together. `random` returns a number in [0, 1).
 *
 * @example
 * ```ts
 * backoffDelayMs(0, DEFAULT_RETRY_POLICY, () => 0.5); // 250
 * backoffDelayMs(20, DEFAULT_RETRY_POLICY, () => 0.5); // 15000
 * ```
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry, 52));
  const draw = random();
  const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1) : 0;
  return Math.floor(unit * ceiling);
}

/**
 * The retries one query call may still spend: each retry takes one, each page fetched gives
 * `budgetPerPage` back up to the starting budget. A call that keeps failing stops early instead of
 * hammering a service in trouble; a long export that meets the odd throttle goes on.
 *
 * @example
 * ```ts
 * const budget = new RetryBudget(DEFAULT_RETRY_POLICY);
 * budget.take(); // true
 * budget.earn();
 * ```
 */
export class RetryBudget {
  private left: number;

  constructor(private readonly policy: RetryPolicy) {
    this.left = policy.retryBudget;
  }

  /** Spends one retry; false when none is left. */
  take(): boolean {
    if (this.left < 1) return false;
    this.left -= 1;
    return true;
  }

  /** A page was fetched: give back what a page earns. */
  earn(): void {
    this.left = Math.min(this.policy.retryBudget, this.left + this.policy.budgetPerPage);
  }
}
