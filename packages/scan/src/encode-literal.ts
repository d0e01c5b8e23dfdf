import type { StringForm } from './languages.js';

/**
 * Writes text so that, placed inside a literal of `form`, it reads back as itself: the inverse
 * of the literal's escapes, used to turn a fix into an edit of the file. Without a literal
 * (plain text) the text is returned as it is; `undefined` when the literal cannot hold the text
 * (a raw or verbatim literal and its own closing quote), so the fix is not offered.
 *
 * @example
 * ```ts
 * encodeForLiteral("'SFB'", { open: "'", close: "'", escapes: 'doubled', interpolation: 'none', multiline: true }); // "''SFB''"
 * encodeForLiteral('"a"', { open: '"', close: '"', escapes: 'backslash', interpolation: 'none', multiline: false }); // '\\"a\\"'
 * ```
 */
export function encodeForLiteral(text: string, form: StringForm | undefined): string | undefined {
  if (!form) return text;
  let out = text;
  switch (form.escapes) {
    case 'backslash':
      out = out.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
      out = out.split(form.close).join(`\\${form.close}`);
      break;
    case 'backtick':
      out = out.replace(/[`$"]/g, (c) => `\`${c}`);
      break;
    case 'doubled':
      out = out.split(form.close).join(form.close + form.close);
      break;
    case 'power-query':
      out = out.replace(/#\(/g, '#(#)').replace(/"/g, '""');
      break;
    case 'raw':
    case 'verbatim':
      // These literals have no escapes: text holding their closing quote cannot be written in them.
      if (out.includes(form.close) || (form.escapes === 'raw' && /\\$/.test(out))) return undefined;
      break;
  }
  if (form.interpolation === 'braces') out = out.replace(/[{}]/g, (c) => c + c);
  if (form.interpolation === 'dollar-braces') out = out.replace(/\$\{/g, '\\${');
  return out;
}
