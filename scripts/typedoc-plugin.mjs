// The typedoc plugin that turns the API site into the manual (docs/site.md says what each part is for):
//   1. manual pages: each project document gets a short page address and a title (`manualPages` in
//      typedoc.json), so `docs/diagnostics.md` is `documents/diagnostics.html`;
//   2. diagnostic anchors: a `## PCAQ0104: ...` heading gets `id="pcaq0104"`, the address that
//      `pcaq explain` and SARIF's `helpUri` point at;
//   3. inline code in headings counts for the heading's anchor and its "On This Page" entry, as on
//      GitHub (typedoc drops it, so `## Readers (`@pcaq/readers`)` would be `#readers-`);
//   4. a package README's `# title` line is not repeated under the module page's title;
//   5. the umbrella package's exports are grouped by task in the order of its index.ts: each
//      `export { ... }` statement there follows a `// @category <task>` line, and its names keep their
//      order; also the packages are listed in the order of `entryPoints`, the umbrella first.
import ts from 'typescript';
import {
  Application,
  Converter,
  KindRouter,
  PageEvent,
  ParameterType,
  ReflectionCategory,
} from 'typedoc';

/** The diagnostic heading form of docs/diagnostics.md: `## PCAQ0104: Double-quoted string`. */
const DIAGNOSTIC_HEADING = /^(PCAQ\d{4})\b/;

/** @param {Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'manualPages',
    help: 'pcaq: project document (path without extension) -> { page, title }',
    type: ParameterType.Mixed,
    defaultValue: {},
  });

  const pageOf = new WeakMap();
  const parentPageOf = new WeakMap();
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const manual = app.options.getValue('manualPages')[document.name];
    if (!manual) return;
    pageOf.set(document, manual.page);
    if (manual.parent) parentPageOf.set(document, manual.parent);
    document.name = manual.title;
  });
  app.renderer.defineRouter(
    'manual',
    class extends KindRouter {
      getIdealBaseName(reflection) {
        const page = pageOf.get(reflection);
        return page ? `documents/${page}` : super.getIdealBaseName(reflection);
      }
    },
  );

  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('markdownItLoader', (parser) => parser.core.ruler.push('heading-code-text', headingCodeAsText));
  });

  app.renderer.on(PageEvent.END, (page) => anchorDiagnosticHeadings(app, page));

  // The merged project lists its packages in the order of `entryPoints` (the umbrella first), not
  // alphabetically (which would put `@pcaq/engines` before `pcaq`).
  app.on(Application.EVENT_PROJECT_REVIVE, (project) => {
    // A page with a `parent` in `manualPages` is listed under that page (the benchmark reports
    // under "Benchmarks"), not at the top of the navigation.
    for (const document of [...(project.documents ?? [])]) {
      const parentPage = parentPageOf.get(document);
      const parent = parentPage && project.documents.find((candidate) => pageOf.get(candidate) === parentPage);
      if (!parent) continue;
      project.removeChild(document);
      document.parent = parent;
      parent.addChild(document);
    }
    const order = app.options.getValue('entryPoints').map((entry) => entry.replace(/\/$/, '').split('/').pop());
    // Documents keep their place before the packages (the sort is stable).
    const rank = (reflection) => {
      if (reflection.isDocument()) return -1;
      const index = order.indexOf(reflection.name.replace(/^@pcaq\//, ''));
      return index < 0 ? order.length : index;
    };
    const byEntry = (a, b) => rank(a) - rank(b);
    project.children?.sort(byEntry);
    project.childrenIncludingDocuments?.sort(byEntry);
    for (const group of project.groups ?? []) group.children.sort(byEntry);
  }, -300);

  // In typedoc's "packages" mode each package is converted as a project of its own (and becomes a
  // module when they are merged), so the plan is read from the package's entry file. After typedoc's
  // own categories (priority -200), so ours replace them.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const plan = context.programs
        .flatMap((program) => program.getRootFileNames().map((file) => program.getSourceFile(file)))
        .filter((source) => source !== undefined)
        .flatMap(exportPlan);
      if (plan.length > 0) groupByTask(context.project, plan);
      dropReadmeTitle(context.project);
    },
    -300,
  );
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

/**
 * The umbrella's task plan from its index.ts: `[{ title, description, names }]`, one entry per
 * `export { ... }` statement preceded by a line comment `// @category <task>[: <description>]`
 * (continued on `//   ` lines). A line comment, not TSDoc: typedoc would copy a TSDoc comment of an
 * export statement onto the exported functions.
 */
export function exportPlan(source) {
  const plan = [];
  const text = source.getFullText();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
      continue;
    }
    const comments = (ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [])
      .filter((range) => range.kind === ts.SyntaxKind.SingleLineCommentTrivia)
      .map((range) => text.slice(range.pos + 2, range.end));
    const first = comments.findIndex((comment) => /^\s*@category\s/.test(comment));
    if (first < 0) continue;
    const [, title, head] = /^\s*@category\s+([^:]+?)\s*(?::\s*(.*))?$/.exec(comments[first]);
    const description = [head ?? '', ...comments.slice(first + 1).map((line) => line.trim())].join(' ').trim();
    const names = statement.exportClause.elements.map((element) => element.name.text);
    plan.push({ title, description, names });
  }
  return plan;
}

/**
 * A package README starts with `# @pcaq/name`, which the module page already shows as its title:
 * the README's own title line is dropped from the page so the title is not shown twice.
 */
function dropReadmeTitle(project) {
  const first = project.readme?.[0];
  if (first?.kind !== 'text') return;
  const text = first.text.replace(/^\s*# [^\n]*\n/, '');
  if (text !== first.text) project.readme[0] = { ...first, text };
}

/** Replaces a module's categories with the plan's, in its order; anything unplanned goes last. */
function groupByTask(module, plan) {
  const byName = new Map((module.children ?? []).map((child) => [child.name, child]));
  const categories = new Map();
  for (const { title, description, names } of plan) {
    let category = categories.get(title);
    if (!category) {
      category = new ReflectionCategory(title);
      categories.set(title, category);
    }
    if (description && !category.description) category.description = [{ kind: 'text', text: description }];
    for (const name of names) {
      const child = byName.get(name);
      if (!child) continue;
      category.children.push(child);
      byName.delete(name);
    }
  }
  if (byName.size > 0) {
    const other = new ReflectionCategory('Other');
    other.children.push(...byName.values());
    categories.set(other.title, other);
  }
  module.categories = [...categories.values()].filter((category) => category.children.length > 0);
}
