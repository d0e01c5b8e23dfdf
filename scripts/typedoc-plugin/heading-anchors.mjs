// Heading anchors of the manual pages:
//   - a `## PCAQ0104: ...` heading has `id="pcaq0104"`, the address that `pcaq explain` and SARIF's
//     `helpUri` point at (https://pcaq.github.io/pcaq/documents/diagnostics.html#pcaq0104);
//   - inline code in a heading counts for its anchor and its "On This Page" entry, as on GitHub
//     (typedoc drops it, so ``## Readers (`@pcaq/readers`)`` would be `#readers-`).
import { Application, PageEvent } from 'typedoc';

/** The diagnostic heading form of docs/diagnostics.md: `## PCAQ0104: Double-quoted string`. */
const DIAGNOSTIC_HEADING = /^(PCAQ\d{4})\b/;

/** @param {Application} app */
export function registerHeadingAnchors(app) {
  // Set once the configuration is read (a value set earlier would be reset by it).
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('markdownItLoader', (parser) => parser.core.ruler.push('heading-code-text', headingCodeAsText));
  });
  app.renderer.on(PageEvent.END, (page) => anchorDiagnosticHeadings(app, page));
}

/**
 * Inline code inside a heading becomes `<code>` around a text token, so typedoc's slug and its
 * "On This Page" entry include it (its heading text reads only text tokens).
 */
function headingCodeAsText(state) {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].type !== 'heading_open' || tokens[i].type !== 'inline') continue;
    tokens[i].children = tokens[i].children.flatMap((child) => {
      if (child.type !== 'code_inline') return [child];
      const open = new state.Token('html_inline', '', 0);
      open.content = '<code>';
      const text = new state.Token('text', '', 0);
      text.content = child.content;
      const close = new state.Token('html_inline', '', 0);
      close.content = '</code>';
      return [open, text, close];
    });
  }
}

/**
 * Renames the anchor of every `PCAQNNNN: ...` heading to the code in lower case, in the heading and in
 * the page's own links to it, and tells typedoc the anchor exists so links to it are validated.
 */
function anchorDiagnosticHeadings(app, page) {
  if (!page.contents || !page.model.isDocument?.()) return;
  const slugger = app.renderer.router.getSlugger(page.model);
  for (const heading of page.pageHeadings) {
    const code = DIAGNOSTIC_HEADING.exec(heading.text)?.[1];
    if (!code) continue;
    const from = heading.link.slice(1);
    const to = code.toLowerCase();
    if (from === to) continue;
    slugger.slug(to);
    page.contents = page.contents
      .replaceAll(`id="${from}"`, `id="${to}"`)
      .replaceAll(`href="#${from}"`, `href="#${to}"`);
    heading.link = `#${to}`;
  }
}
