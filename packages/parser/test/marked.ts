import type { Span } from '@pcaq/core';

/**
 * Range markers for test inputs: `"workloadCode [[EQ]] 'SFB'"` is the text `workloadCode EQ 'SFB'`
 * with the span of `EQ`; `[[]]` marks an empty span. Several markers give several spans, in order.
 */
export function marked(source: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let at = 0;
  for (;;) {
    const open = source.indexOf('[[', at);
    if (open < 0) break;
    const close = source.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`unclosed marker in ${source}`);
    text += source.slice(at, open);
    const start = text.length;
    text += source.slice(open + 2, close);
    spans.push({ start, end: text.length });
    at = close + 2;
  }
  return { text: text + source.slice(at), spans };
}
