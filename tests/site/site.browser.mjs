// The browser test of the documentation site (docs/site.md): opens the built site (docs/api/, from
// `pnpm run docs`) from disk in headless Chromium and checks what a reader relies on. Run it with
// `pnpm test:site`. It needs a Chromium binary (Debian's `chromium`; no browser is downloaded) and
// says "skipped: no browser" only when there is none; every failure exits 1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES } from '@pcaq/core';
import { findChromium } from './find-chromium.mjs';
import { manualHeadings } from './manual-headings.mjs';

const root = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const site = join(root, 'docs/api');
const artifacts = join(root, 'artifacts/site');
const siteUrl = pathToFileURL(`${site}/`).href;

/** Chromium flags that work in containers and CI (no sandbox, no GPU, no network side traffic). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const failures = new Set(); // a link repeated on many pages is one failure per page and target
const fail = (message) => failures.add(message);

const executablePath = findChromium();
if (!executablePath) {
  console.log('site test: skipped: no browser (install Debian\'s chromium, or set PCAQ_CHROMIUM to its path)');
  process.exit(0);
}
if (!existsSync(join(site, 'index.html'))) {
  console.error('site test: docs/api/index.html is missing: run `pnpm run docs` first');
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const profile = mkdtempSync(join(tmpdir(), 'pcaq-site-'));
// A persistent context is how Playwright takes a fresh --user-data-dir of our own.
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: 1280, height: 900 },
});
try {
  await runChecks();
} catch (error) {
  fail(`the test itself failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

async function runChecks() {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => fail(`${page.url()}: script error: ${error.message}`));

  const crawl = await crawlSite(page);
  checkLinks(crawl);
  checkClicks(crawl);
  await checkManualPages(page);
  await checkRailroadDiagrams(page);
  await checkDiagnosticAnchors(page);
  await saveScreenshots(page);
  console.log(`site test: ${crawl.pages.size} pages crawled, ${crawl.links.length} internal links checked`);
}

if (failures.size > 0) {
  for (const message of failures) console.error(`site test: FAIL ${message}`);
  console.error(`site test: ${failures.size} failure(s)`);
  process.exit(1);
}
console.log(`site test: passed (Chromium at ${executablePath}; screenshots in artifacts/site/)`);

/** Loads a page of the site and waits for typedoc's script-built navigation. */
async function open(page, path) {
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
  const navigation = await page
    .waitForSelector('#tsd-nav-container a', { timeout: 10_000 })
    .then(() => true, () => false);
  if (!navigation) fail(`${path}: the navigation sidebar did not render`);
}

/**
 * Visits every page reachable from the front page, recording each page's element ids, its
 * internal links and how many clicks it is from the front page.
 */
async function crawlSite(page) {
  const pages = new Map(); // path -> { ids, depth }
  const links = []; // { from, path, fragment }
  const queue = [{ path: 'index.html', depth: 0 }];
  const queued = new Set(['index.html']);
  while (queue.length > 0) {
    const { path, depth } = queue.shift();
    if (!existsSync(join(site, path))) continue; // reported as a broken link below
    await open(page, path);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.href),
      sources: [...document.querySelectorAll('img[src]')].map((img) => img.src),
    }));
    pages.set(path, { ids: new Set(found.ids), depth });
    for (const href of [...found.hrefs, ...found.sources]) {
      if (!href.startsWith(siteUrl)) {
        if (href.startsWith('file:')) fail(`${path}: link leaves the site: ${href}`);
        continue;
      }
      const url = new URL(href);
      const target = decodeURIComponent(url.pathname.slice(new URL(siteUrl).pathname.length)) || 'index.html';
      const fragment = decodeURIComponent(url.hash.slice(1));
      links.push({ from: path, path: target, fragment, depth: depth + 1 });
      if (target.endsWith('.html') && !queued.has(target)) {
        queued.add(target);
        queue.push({ path: target, depth: depth + 1 });
      }
    }
  }
  return { pages, links };
}

/** Every internal link names a file that exists and, with a fragment, an element of that page. */
function checkLinks({ pages, links }) {
  for (const { from, path, fragment } of links) {
    if (!existsSync(join(site, path))) {
      fail(`${from}: broken link to ${path}`);
    } else if (fragment && pages.has(path) && !pages.get(path).ids.has(fragment)) {
      fail(`${from}: link to ${path}#${fragment}, but that page has no id "${fragment}"`);
    }
  }
}

/** The promise: the grammar, a diagnostic and `evaluate` are at most three clicks away. */
function checkClicks({ links }) {
  const goals = [
    { what: 'the grammar diagrams', path: 'documents/language.html' },
    { what: 'a diagnostic explanation', path: 'documents/diagnostics.html' },
    { what: 'the evaluate signature', path: 'functions/pcaq.evaluate.html' },
  ];
  for (const { what, path } of goals) {
    const depths = links.filter((link) => link.path === path).map((link) => link.depth);
    const clicks = Math.min(Infinity, ...depths);
    if (clicks > 3) fail(`${what} (${path}) is ${clicks} clicks from the front page, more than 3`);
    else console.log(`site test: ${what}: ${clicks} click(s) from the front page`);
  }
}

/** The manual pages (typedoc.json `manualPages`) render every heading of their Markdown source. */
async function checkManualPages(page) {
  const { manualPages } = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
  let checked = 0;
  for (const [source, { page: name }] of Object.entries(manualPages)) {
    const path = `documents/${name}.html`;
    if (!existsSync(join(site, path))) {
      fail(`manual page ${path} (from ${source}.md) was not built`);
      continue;
    }
    await open(page, path);
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('.col-content h1, .col-content h2, .col-content h3, .col-content h4')]
        .filter((heading) => heading.getBoundingClientRect().height > 0)
        .map((heading) => heading.textContent.replace(/\s+/g, ' ').trim()),
    );
    const expected = manualHeadings(readFileSync(join(root, `${source}.md`), 'utf8'));
    if (expected.length === 0) fail(`${source}.md has no headings to check`);
    for (const heading of expected) {
      if (!rendered.includes(heading)) fail(`${path}: heading "${heading}" of ${source}.md is not shown`);
    }
    checked += expected.length;
    // Outside code blocks, Markdown image or heading syntax on the page means it was not rendered.
    const raw = await page.evaluate(() => {
      const content = document.querySelector('.col-content')?.cloneNode(true);
      content?.querySelectorAll('pre, code').forEach((code) => code.remove());
      return /!\[[^\]]*\]\([^)]*\)|^#{1,6} /m.test(content?.textContent ?? '');
    });
    if (raw) fail(`${path}: shows raw Markdown (an image or heading that was not rendered)`);
  }
  console.log(`site test: ${Object.keys(manualPages).length} manual pages, ${checked} headings checked`);
}

/** Every railroad diagram of docs/railroad/ is drawn on the language page with a non-zero size. */
async function checkRailroadDiagrams(page) {
  const names = readFileSync(join(root, 'docs/language.md'), 'utf8').match(/railroad\/\w+\.svg/g) ?? [];
  if (names.length === 0) fail('docs/language.md shows no railroad diagram');
  await open(page, 'documents/language.html');
  const images = await page.evaluate(async () => {
    const all = [...document.querySelectorAll('.col-content img')];
    await Promise.all(all.map((img) => img.decode().catch(() => {})));
    return all.map((img) => {
      const box = img.getBoundingClientRect();
      return { src: img.src, natural: img.naturalWidth * img.naturalHeight, width: box.width, height: box.height };
    });
  });
  for (const name of names) {
    const file = name.split('/')[1];
    const image = images.find((candidate) => candidate.src.endsWith(`/${file}`));
    if (!image) fail(`documents/language.html: railroad diagram ${file} is not on the page`);
    else if (!(image.natural > 0 && image.width > 0 && image.height > 0)) {
      fail(`documents/language.html: railroad diagram ${file} is not drawn (${image.width}x${image.height})`);
    } else if (!readFileSync(new URL(image.src), 'utf8').includes('<svg')) {
      fail(`documents/language.html: ${file} is not an SVG`);
    }
  }
  console.log(`site test: ${names.length} railroad diagrams checked`);
}

/**
 * Every code of the message table has its anchor `documents/diagnostics.html#pcaqNNNN`, on the
 * heading that explains that code (the address `pcaq explain` and SARIF's helpUri use).
 */
async function checkDiagnosticAnchors(page) {
  await open(page, 'documents/diagnostics.html');
  const headings = await page.evaluate((codes) => {
    return Object.fromEntries(
      codes.map((code) => [code, document.getElementById(code.toLowerCase())?.textContent?.trim() ?? null]),
    );
  }, DIAGNOSTIC_CODES);
  for (const code of DIAGNOSTIC_CODES) {
    const text = headings[code];
    if (text === null) fail(`documents/diagnostics.html has no anchor #${code.toLowerCase()} for ${code}`);
    else if (!text.startsWith(code)) fail(`documents/diagnostics.html#${code.toLowerCase()} is "${text}", not ${code}'s heading`);
  }
  console.log(`site test: ${DIAGNOSTIC_CODES.length} diagnostic codes, each with its anchor checked`);
}

/** Screenshots of the front page, the language manual and `evaluate`, for a human to look at. */
async function saveScreenshots(page) {
  mkdirSync(artifacts, { recursive: true });
  const shots = [
    ['index.html', 'front-page.png'],
    ['documents/language.html#grammar', 'language.png'],
    ['functions/pcaq.evaluate.html', 'evaluate.png'],
    ['modules/pcaq.html', 'api-by-task.png'],
    ['documents/diagnostics.html#pcaq0104', 'diagnostic-pcaq0104.png'],
  ];
  for (const [path, file] of shots) {
    await open(page, path);
    await page.screenshot({ path: join(artifacts, file) });
  }
}
