// The typedoc plugin that turns the API site into the manual (docs/site.md says what each part is
// for). typedoc.json loads this file; each part registers its own listeners.
import { registerApiPages } from './api-pages.mjs';
import { registerHeadingAnchors } from './heading-anchors.mjs';
import { registerManualPages } from './manual-pages.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  registerManualPages(app);
  registerHeadingAnchors(app);
  registerApiPages(app);
}
