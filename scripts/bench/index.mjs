// @ts-check
// `npm run bench`: measures what the users and the editors feel, and writes docs/performance.md.
// Sizes here are figures, not tests; the size budgets are enforced by tests/built-site/budgets.test.mjs
// (scripts/bench/budgets.ts, printed here next to the measured figures).
//
//   npm run build && npm run bench               everything (≈ 18 min on 2 cores), rewrites docs/performance.md
//   npm run bench -- 1000                        only the 1,000-offer scale build (plus the site figures)
//   npm run bench -- --no-scale                  no scale builds (≈ 4 min)
//   npm run bench -- --no-lighthouse             no Lighthouse runs
//   npm run bench -- --no-starlight              no Starlight comparison
//
// A partial run writes .cache/bench/performance.partial.md instead, and leaves docs/performance.md
// alone (the document always shows one complete run).
//
// The steps, one module each in scripts/bench/, run in this order:
// 1. templates.mjs: the real site (run `npm run build` first): per template in de and ar, HTML + CSS
//    raw and gzip and JavaScript, against the budgets; the largest page of every template across all
//    languages and in each language.
// 2. browser.mjs: in Chromium at 360 px with none of the site's fonts installed, everything a phone
//    downloads for a few pages and for the largest page of every template in every language (fonts
//    included); on the finder the bytes fetched from page load to the first result list (Pagefind JS,
//    WASM, index, fragments); the first search in de, ar and ti, unthrottled and under Fast 3G + 4× CPU
//    (bytes and time to the first result shown); the town lookup's time from a key press to its
//    suggestions, and the size of its data.
// 3. lighthouse.mjs: Lighthouse (mobile, its default simulated slow 4G) for home, finder and an offer
//    page in de and ar.
//    starlight.mjs: the Starlight comparison (installed into .cache/bench/starlight/, built from our
//    pages' text with our 12 locales, measured with browser.mjs's code).
// 4. scale.mjs: builds with 1,000 and 5,000 generated offers × 12 languages in a temporary copy:
//    content check, `astro build` (with IK_SKIP_PAGEFIND=1) and `scripts/pagefind-index.mjs` as separate
//    processes, each under GNU time for wall time and peak memory; Pagefind index size per language.
// 5. report.mjs: docs/performance.md (or the partial file).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { serve } from '../serve.mjs';
import { inBrowser } from './browser.mjs';
import { LIGHTHOUSE_PAGES, lighthouse } from './lighthouse.mjs';
import { writeReport } from './report.mjs';
import { buildWithOffers } from './scale.mjs';
import { starlight } from './starlight.mjs';
import { templateWeights } from './templates.mjs';

const args = process.argv.slice(2);
const counts = args.map(Number).filter((n) => n > 0);
const offerCounts = args.includes('--no-scale') ? [] : counts.length ? counts : [1000, 5000];
const runLighthouse = !args.includes('--no-lighthouse');
const runStarlight = !args.includes('--no-starlight');
const complete = offerCounts.join() === '1000,5000' && runLighthouse && runStarlight;

if (!existsSync('dist/index.html')) throw new Error('Run `npm run build` before `npm run bench`.');
if (offerCounts.length && !existsSync('/usr/bin/time')) {
  console.error(
    'GNU time (/usr/bin/time) is needed to measure peak memory: `apt-get install -y time`,\nor run `npm run bench -- --no-scale`.',
  );
  process.exit(2);
}

// A snapshot of dist/, so that a build running meanwhile (another terminal, CI) cannot swap the
// site out from under the measurements.
const SITE = mkdtempSync(join(tmpdir(), 'ik-bench-site-'));
cpSync('dist', SITE, { recursive: true });
process.on('exit', () => rmSync(SITE, { recursive: true, force: true }));

/**
 * One console row per language of a throttled search measurement (ours or Starlight's).
 * @param {{ lang: string, throttled: { total: number, ms: number }[], unthrottled: { ms: number } }[]} search
 */
const searchRows = (search) =>
  search.map((s) => ({
    lang: s.lang,
    bytes: s.throttled[0]?.total,
    throttledMs: s.throttled.map((r) => r.ms).join(' '),
    unthrottledMs: s.unthrottled.ms,
  }));

const started = new Date();
const loadAtStart = loadavg()[0] ?? NaN;

// 1. templates of the real site
const templates = templateWeights(SITE);
console.table(
  templates.perTemplate.map(({ file, template, weight: w }) => ({
    file,
    template,
    htmlGz: w.html.gzip,
    cssGz: w.css.gzip,
    jsGz: w.js.gzip,
  })),
);

// 2. in Chromium, and 3. Lighthouse, against the snapshot served by this process
const server = await serve({ root: SITE, port: 0 });
const address = server.address();
if (!address || typeof address === 'string') throw new Error('The bench server listens on no TCP port.');
const origin = `http://127.0.0.1:${address.port}`;
let browser;
/** @type {import('./lighthouse.mjs').LighthouseRun[]} */
const lighthouseRuns = [];
try {
  browser = await inBrowser(origin, SITE, templates.perLanguage);
  console.table(browser.pages.map((p) => ({ path: p.path, total: p.total, requests: p.requests })));
  console.table(browser.finder.map((f) => ({ lang: f.lang, results: f.results, total: f.total, requests: f.requests })));
  console.table(searchRows(browser.search));
  console.table(browser.lookup);
  if (runLighthouse) {
    for (const path of LIGHTHOUSE_PAGES) {
      console.log(`Lighthouse ${path} …`);
      lighthouseRuns.push(await lighthouse(origin + path));
    }
    console.table(lighthouseRuns);
  }
} finally {
  server.close();
}

// 3b. the Starlight comparison, in the same run
/** @type {import('./starlight.mjs').StarlightFigures | undefined} */
let starlightFigures;
if (runStarlight) {
  starlightFigures = await starlight(SITE);
  console.table(starlightFigures.visits.map((v) => ({ path: v.path, total: v.total, requests: v.requests })));
  console.table(searchRows(starlightFigures.search));
}

// 4. builds with generated offers
/** @type {import('./scale.mjs').ScaleBuild[]} */
const builds = [];
for (const count of offerCounts) {
  console.log(`Building with ${count} generated offers × ${locales.length} languages …`);
  builds.push(buildWithOffers(count));
  console.table(
    builds.map((b) => ({
      count: b.count,
      pages: b.pages,
      astroS: b.astro.seconds,
      astroMb: b.astro.rssMb,
      pagefindS: b.pagefind.seconds,
      pagefindMb: b.pagefind.rssMb,
    })),
  );
}

// 5. docs/performance.md
writeReport({ started, loadAtStart, templates, browser, lighthouseRuns, builds, starlight: starlightFigures }, complete);
