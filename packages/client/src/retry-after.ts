/**
 * How long a `Retry-After` header asks the client to wait, in milliseconds, from `now` (epoch
 * milliseconds): either form of RFC 9110 section 10.2.3, a whole number of seconds (`120`) or an
 * HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`), a date in the past meaning 0. `undefined` when the
 * header is absent or neither form (the caller then backs off on its own; docs/client.md, "Retries").
 * The three date formats RFC 9110 lets a recipient read are all taken as GMT.
 *
 * @example
 * ```ts
 * retryAfterMs('3', 0); // 3000
 * retryAfterMs('Thu, 01 Jan 1970 00:00:05 GMT', 1000); // 4000
 * retryAfterMs('soon', 0); // undefined
 * ```
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (typeof header !== 'string') return undefined;
  const text = header.trim();
  if (/^[0-9]{1,10}$/.test(text)) return Number(text) * 1000;
  // Only the date forms RFC 9110 lets a recipient accept: a name of a weekday first, then a date.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  // Every HTTP date is GMT; the asctime form (`Sun Nov  6 08:49:37 1994`) does not say so, and
  // Date.parse would read it in the local time zone.
  const at = Date.parse(/(?:GMT|UTC|Z|[+-]\d{4})$/i.test(text) ? text : `${text} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
