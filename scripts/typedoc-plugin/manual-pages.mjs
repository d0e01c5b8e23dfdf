// Manual pages: each project document gets a short page address, a title and optionally a parent
// page (`manualPages` in typedoc.json), so `docs/diagnostics.md` is `documents/diagnostics.html`.
import { Application, Converter, KindRouter, ParameterType } from 'typedoc';

/** @param {Application} app */
export function registerManualPages(app) {
  app.options.addDeclaration({
    name: 'manualPages',
    help: 'pcaq: project document (path without extension) -> { page, title, parent? }',
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

  // typedoc.json selects this router ("router": "manual"): typedoc's own, except for manual pages.
  app.renderer.defineRouter(
    'manual',
    class extends KindRouter {
      getIdealBaseName(reflection) {
        const page = pageOf.get(reflection);
        return page ? `documents/${page}` : super.getIdealBaseName(reflection);
      }
    },
  );

  // A page with a `parent` is listed under that page (the benchmark reports under "Benchmarks"),
  // not at the top of the navigation. Project documents are added when the packages are merged.
  app.on(Application.EVENT_PROJECT_REVIVE, (project) => {
    for (const document of [...(project.documents ?? [])]) {
      const parentPage = parentPageOf.get(document);
      const parent = parentPage && project.documents.find((candidate) => pageOf.get(candidate) === parentPage);
      if (!parent) continue;
      project.removeChild(document);
      document.parent = parent;
      parent.addChild(document);
    }
  });
}
