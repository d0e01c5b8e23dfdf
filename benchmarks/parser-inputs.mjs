// The parser benchmarks' inputs: the typical filter and generated filters of a given size.

export const TYPICAL = "workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')";

/** A deterministic pseudo-random GUID. */
function guid(seed) {
  let x = seed * 2654435761 >>> 0;
  let hex = '';
  while (hex.length < 32) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    hex += x.toString(16).padStart(8, '0');
  }
  hex = hex.slice(0, 32).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Many comparisons (GUIDs, names, quotes inside), grouped in parentheses, about `size` chars. */
export function bigFilter(size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size - 160; i++) {
    const part = i % 3 === 0
      ? `(customerTenantId eq '${guid(i)}' and workloadCode ne 'EXO')`
      : i % 3 === 1
        ? `productId eq '${guid(i + 7)}'`
        : `(customerName eq 'Contoso ''${i}'' Ltd' or channel eq 'Reseller')`;
    parts.push(part);
    length += part.length + 4;
  }
  return parts.join(' or ');
}

/** A subscriptions filter with the grammar superset: a boolean, `contains`, a cast date, an enum. */
export const SUBSCRIPTIONS_TYPICAL =
  "autoRenewEnabled eq true and contains(productName,'Office') and (creationDate ge cast('2024-01-01', Edm.DateTimeOffset) or status eq 'ACTIVE')";
