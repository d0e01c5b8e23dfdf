// The API pages: the umbrella package's exports grouped by task in the order of its index.ts (each
// `export { ... }` statement there follows a `// @category <task>` line, and its names keep their
// order), the packages listed in the order of `entryPoints` (the umbrella first), and a package
// README's `# title` line not repeated under its module page's title.
import ts from 'typescript';
import { Application, Converter, ReflectionCategory } from 'typedoc';

/** @param {Application} app */
export function registerApiPages(app) {
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

  // The merged project lists its packages in the order of `entryPoints`, not alphabetically (which
  // would put `@pcaq/engines` before `pcaq`); documents keep their place before them.
  app.on(
    Application.EVENT_PROJECT_REVIVE,
    (project) => {
      const order = app.options.getValue('entryPoints').map((entry) => entry.replace(/\/$/, '').split('/').pop());
      const rank = (reflection) => {
        if (reflection.isDocument()) return -1;
        const index = order.indexOf(reflection.name.replace(/^@pcaq\//, ''));
        return index < 0 ? order.length : index;
      };
      const byEntry = (a, b) => rank(a) - rank(b);
      project.children?.sort(byEntry);
      project.childrenIncludingDocuments?.sort(byEntry);
      for (const group of project.groups ?? []) group.children.sort(byEntry);
    },
    -300,
  );
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
