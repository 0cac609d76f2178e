// @ts-check
// Step 5 of the bench: docs/performance.md from the figures of steps 1–4. A partial run writes
// .cache/bench/performance.partial.md instead, so that the document always shows one complete run.
/** @import { Template } from '../../src/lib/site/routes.ts' */
/** @import { TemplateWeights } from './templates.mjs' */
/** @import { BrowserFigures } from './browser.mjs' */
/** @import { LighthouseRun } from './lighthouse.mjs' */
/** @import { ScaleBuild } from './scale.mjs' */
/** @import { StarlightFigures } from './starlight.mjs' */
/** @import { SearchRun, SearchTiming, Sizes } from './browser.mjs' */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { PAGE_SLUGS, TEMPLATES, href, route } from '../../src/lib/site/routes.ts';
import { chromiumPath } from '../chromium.mjs';
import { urlPathOf } from '../site-files.mjs';
import { BUDGETS } from './budgets.ts';
import { THROTTLED_RUNS, sum } from './browser.mjs';
import { CPU_SLOWDOWN, FAST_3G, GOALS, goalRows, goalsTable, perLanguageTable } from './goals.ts';

// Decimal units, like the budgets: 1 kB = 1,000 bytes.
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The cells of one measured visit: HTML, CSS, JS, fonts, the total and the requests.
 * @param {{ sizes: Record<string, number | undefined>, total: number, requests: number }} p
 */
const visitCells = (p) => [
  kb(p.sizes.html ?? 0),
  kb(p.sizes.css ?? 0),
  kb(p.sizes.js ?? 0),
  kb(p.sizes.font ?? 0),
  `**${kb(p.total)}**`,
  p.requests,
];
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
/** @param {(string | number)[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`;
/**
 * @param {string[]} head
 * @param {string[]} align
 * @param {(string | number)[][]} rows
 */
const table = (head, align, rows) => [row(head), row(align), ...rows.map(row)].join('\n');
/** @param {Template} t */
const budgetCell = (t) => `${kb(BUDGETS[t].htmlCssGzip)}`;
/** @param {Template} t */
const jsBudgetCell = (t) => (BUDGETS[t].jsGzip ? kb(BUDGETS[t].jsGzip) : 'none');
/** @param {number} n */
const s = (n) => `${n.toFixed(1)} s`;

/**
 * @typedef {{
 *   started: Date,
 *   loadAtStart: number,
 *   templates: TemplateWeights,
 *   browser: BrowserFigures,
 *   lighthouseRuns: LighthouseRun[],
 *   builds: ScaleBuild[],
 *   starlight?: StarlightFigures | undefined,
 * }} Figures
 */

/** @param {Sizes} sizes bytes that are not Pagefind's own files (HTML, CSS, JS, fonts, data) */
const otherBytes = (sizes) =>
  Object.entries(sizes)
    .filter(([k]) => !k.startsWith('pagefind-'))
    .reduce((a, [, v]) => a + (v ?? 0), 0);
/** @param {number} ms */
const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
/**
 * One row of the search table.
 * @param {string} siteName
 * @param {SearchTiming} t
 */
const searchRow = (siteName, t) => {
  /** @type {SearchRun | undefined} */
  const first = t.throttled[0];
  const z = first?.sizes ?? {};
  return [
    siteName,
    t.lang,
    t.query,
    kb(z['pagefind-js'] ?? 0),
    kb(z['pagefind-wasm'] ?? 0),
    kb(z['pagefind-index'] ?? 0),
    kb(z['pagefind-fragments'] ?? 0),
    kb(otherBytes(z)),
    `**${kb(first?.total ?? 0)}**`,
    `**${sec(t.medianMs)}**`,
    t.throttled.map((r) => sec(r.ms)).join(', '),
    `${sec(t.unthrottled.ms)} (${kb(t.unthrottled.total)})`,
  ];
};

/**
 * The Markdown of docs/performance.md.
 * @param {Figures} figures
 */
export function performanceMarkdown({ started, loadAtStart, templates, browser, lighthouseRuns, builds, starlight }) {
  const date = started.toISOString().slice(0, 10);
  const lighthouseVersion = lighthouseRuns[0]?.version ?? '';
  const langs = ['', ...locales.map((l) => l.code)];
  const goalInputs = {
    visits: browser.visits,
    langs,
    starlightVisits: starlight?.visits.map((v) => ({ template: 'page', lang: v.lang, path: v.path, total: v.total })),
    search: browser.search.map((t) => ({ lang: t.lang, bytes: t.throttled[0]?.total ?? NaN, medianMs: t.medianMs })),
    starlightSearch: starlight?.search.map((t) => ({ lang: t.lang, bytes: t.throttled[0]?.total ?? NaN, medianMs: t.medianMs })),
    builds,
  };
  const starlightName = starlight ? `Starlight ${starlight.version}` : 'Starlight';
  return `# Performance

Measured by \`npm run bench\` (scripts/bench/index.mjs) on ${date}, on this project's machine kind:
${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version},
Chromium from Debian (\`${chromiumPath}\`). Sizes in decimal units (1 kB = 1,000 bytes, as the budgets).
Times vary by a few percent between runs; sizes are exact.

**Caveat:** the machine is shared: other work (builds, browser tests) may run on the same cores.
The 1-minute load average was ${loadAtStart.toFixed(1)} at the start of this run (${cpus().length} cores) and is given next to
each build time. Times and Lighthouse's TBT are then upper bounds; sizes are exact.

## Goals of issue 16

${starlight ? `Side by side with ${starlightName} (Astro ${starlight.astro}), built and measured in the same run (below, "Starlight").` : 'Starlight was not measured in this run (`--no-starlight`).'}
First visits: Chromium at 360 px with a cold cache and none of the site's fonts installed, until the network is idle
and \`document.fonts.ready\`. Search: Chromium DevTools' "Fast 3G" and ${CPU_SLOWDOWN}× CPU (details below).
Rows without a measurement in this run say so.

${goalsTable(goalRows(goalInputs))}

## Reproduce

\`\`\`sh
npm ci
npm run build                      # the real site in dist/ (Astro + Pagefind), needed first
npm run bench                      # everything below; rewrites this file (≈ 18 min on 2 cores)
npm run bench -- --no-scale        # site figures + Lighthouse only (≈ 4 min)
npm run bench -- 1000              # the site figures plus only the 1,000-offer build
npm run bench -- --no-lighthouse   # without Lighthouse
npm run bench -- --no-starlight    # without the Starlight comparison
\`\`\`

The Starlight comparison installs \`@astrojs/starlight\` (the newest 0.x; one look-up in the npm registry per run)
into \`.cache/bench/starlight/\`, not as a project dependency; a later run reuses that install while the registry
has no newer 0.x (or cannot be reached).

A partial run (an argument that leaves a part out) writes \`.cache/bench/performance.partial.md\` and leaves this file
alone, so this file always shows one complete run.

The scale builds need GNU time (\`apt-get install -y time\`); the bench stops with that message
when it is missing. The size budgets are not checked here but by a test over the built site
(\`node --test tests/built-site/budgets.test.mjs\`, part of \`npm test\`), from the one definition in
\`scripts/bench/budgets.ts\` (reasons: docs/decisions.md, "Performance budgets").

## Page templates in de and ar: HTML + CSS and JavaScript

From the built \`dist/\`. gzip at level 6, as deploy/nginx.conf sends it. CSS is every stylesheet
the page links (the same file on every page, so from the second page on it comes from the cache).
JavaScript is every script the page references and what it imports statically; Pagefind is loaded
by the finder only when a person searches (next section). Fonts are not included here.

${table(
  ['template', 'page', 'HTML raw', 'HTML gzip', 'CSS raw', 'CSS gzip', '**HTML + CSS gzip**', 'budget', 'JS raw', 'JS gzip', 'JS budget'],
  ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  templates.perTemplate.map(({ template, file, weight: w }) => [
    template,
    `\`${urlPathOf(file)}\``,
    kb(w.html.raw),
    kb(w.html.gzip),
    kb(w.css.raw),
    kb(w.css.gzip),
    `**${kb(w.html.gzip + w.css.gzip)}**`,
    budgetCell(template),
    w.js.raw ? kb(w.js.raw) : '0',
    w.js.gzip ? kb(w.js.gzip) : '0',
    jsBudgetCell(template),
  ]),
)}

The largest page of each template across all ${locales.length} languages, against its budget (what
tests/built-site/budgets.test.mjs checks on every page):

${table(
  ['template', 'pages', 'largest HTML + CSS gzip', 'page', 'budget', 'headroom', 'largest JS gzip', 'JS budget'],
  ['---', '---:', '---:', '---', '---:', '---:', '---:', '---:'],
  templates.largest
    .sort((a, b) => b.htmlCss - a.htmlCss)
    .map((t) => [
      t.template,
      t.pages,
      kb(t.htmlCss),
      `\`${urlPathOf(t.file)}\``,
      budgetCell(t.template),
      `${Math.round((BUDGETS[t.template].htmlCssGzip / t.htmlCss - 1) * 100)} %`,
      t.js ? kb(t.js) : '0',
      jsBudgetCell(t.template),
    ]),
)}

## What a phone downloads (Chromium, 360 px)

Every request Chromium makes for the page until the network is idle and the fonts are ready:
text as gzip (level 6), WOFF2 fonts as they are, with none of the site's fonts installed (as in the next section).
${
  starlight
    ? `Starlight's content page, measured in the same run: ${starlight.visits.map((v) => `${v.lang} ${kb(v.total)}`).join(', ')} (system fonts only).`
    : ''
}

${table(
  ['page', 'HTML', 'CSS', 'JS', 'fonts', '**total**', 'requests'],
  ['---', '---:', '---:', '---:', '---:', '---:', '---:'],
  browser.pages.map((p) => [`\`${p.path}\``, ...visitCells(p)]),
)}

### The finder: bytes to the first result list

From opening \`${href('<lang>', route.offers())}\` until the first page of results is in the list after typing a
query: the page itself ("page load"), then what the search fetches: Pagefind's JavaScript, its
WASM, the language's index (metadata, word index chunks, filters) and one fragment per shown
result. Pagefind's own files are already compressed and are counted as they are.

${table(
  [
    'language',
    'query',
    'results (shown)',
    'page load',
    'Pagefind JS',
    'Pagefind WASM',
    'index + filters',
    'fragments',
    '**total to first results**',
    'requests',
  ],
  ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  browser.finder.map((f) => [
    f.lang,
    f.query,
    `${f.results} (${f.shown})`,
    `${kb(sum(f.load))} (fonts ${kb(f.load.font ?? 0)})`,
    kb(f.search['pagefind-js'] ?? 0),
    kb(f.search['pagefind-wasm'] ?? 0),
    kb(f.search['pagefind-index'] ?? 0),
    kb(f.search['pagefind-fragments'] ?? 0),
    `**${kb(f.total)}**`,
    f.requests,
  ]),
)}

### The town lookup: from a key press to the suggestions

On the home page, once the lookup's data has loaded (on focus, \`${href('<lang>', route.townsData()).replace(/\/$/, '')}\`): the time
from each key press (the beforeinput event) to the suggestions list changing, in this machine's Chromium at
360 px, typing a town letter by letter. Target: under 50 ms; data under 15 kB gzip (tested).

${table(
  ['language', 'typed', 'key presses', 'median', 'slowest', 'data (gzip)'],
  ['---', '---', '---:', '---:', '---:', '---:'],
  browser.lookup.map((l) => [l.lang, l.typed, l.keys, `${l.medianMs} ms`, `${l.maxMs} ms`, kb(l.dataGzip)]),
)}

## First visit per language: every template

What a phone downloads on its first visit (cold cache) of the largest page (HTML + CSS + JS gzip) of each template in each
language, in Chromium at 360 px: HTML, CSS, JS and fonts until the network is idle and \`document.fonts.ready\`; text as gzip
(level 6), WOFF2 as it is. Total in kB; cells over the ${kb(GOALS.firstVisitBytes)} target of issue 16 in bold with ✗.
No font of the site is installed: the bench's Chromium runs with a fontconfig setup (FONTCONFIG_FILE) that hides every
font a \`local()\` in the built CSS or HTML names (${'`'}scripts/bench/browser.mjs${'`'}, noFontsConfig), so a
\`local()\` face never saves a download here, even on a machine with Noto installed. "/" is the welcome page, the root
404 page; the editors' pages are left out (not public).

${perLanguageTable(
  browser.visits,
  TEMPLATES,
  langs.map((code) => ({ code, label: code || '/' })),
)}

${
  starlight
    ? `The content page \`${href('<lang>', route.page(PAGE_SLUGS.programme))}\` next to Starlight's page of the same path and text (Starlight uses system fonts only):

${table(
  ['language', 'site', 'HTML', 'CSS', 'JS', 'fonts', '**total**', 'requests'],
  ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:'],
  starlight.visits.flatMap((v) => {
    const ours = browser.visits.find((x) => x.path === v.path) ?? browser.pages.find((x) => x.path === v.path);
    /** @param {string} name @param {{ sizes: Sizes, total: number, requests: number }} p */
    const line = (name, p) => [v.lang, name, ...visitCells(p)];
    return [...(ours ? [line('ours', ours)] : []), line('Starlight', v)];
  }),
)}`
    : ''
}

## The first search, throttled and not

Chromium DevTools' "Fast 3G" preset (devtools-frontend, \`front_end/core/sdk/NetworkManager.ts\`, \`Fast3GConditions\`:
latency ${FAST_3G.latencyMs} ms (150 × 3.75), download ${FAST_3G.downloadBytesPerSecond.toLocaleString('en')} bytes/s (1.6 Mbit/s × 0.9),
upload ${FAST_3G.uploadBytesPerSecond.toLocaleString('en')} bytes/s (750 kbit/s × 0.9)), set with CDP
\`Network.emulateNetworkConditions\`, plus \`Emulation.setCPUThrottlingRate\` ${CPU_SLOWDOWN}. Each run starts with a cold cache
(a new browser context): the page loads throttled until the network is idle, then the search box gets the whole query in
one input event (as a paste does; ours: the finder's box on \`${href('<lang>', route.offers())}\`; Starlight: its search
dialog opened by its button on the content page). Time: from that input event to the first result element in the DOM and
visible (ours: the first card in \`#finder-results\`; Starlight: the first \`.pagefind-ui__result\`), median of ${THROTTLED_RUNS} runs, on the
page's clock; it includes each site's wait after typing (ours 350 ms, Pagefind UI's 300 ms). Bytes: every request made
after the page load (on focus, on the query) that started before the first result was shown, from the first throttled run;
Pagefind's files as they are, the rest as gzip ("other": HTML, JS, CSS, fonts, data such as the place list).
Targets (issue 16): ≤ ${kb(GOALS.searchBytes)} and ≤ ${sec(GOALS.searchMs)}.

Served over HTTP/1.1 by the bench (Chromium opens at most 6 connections to a host, each request waits the emulated
latency), while deploy/nginx.conf serves HTTP/2: a search that fetches many small files pays more here than in production.
Both sites are measured alike.

${table(
  [
    'site',
    'language',
    'query',
    'Pagefind JS',
    'WASM',
    'index + filters',
    'fragments',
    'other',
    '**bytes to first results**',
    '**first results (median)**',
    'runs',
    'unthrottled (bytes)',
  ],
  ['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:'],
  browser.search.flatMap((t) => {
    const sl = starlight?.search.find((x) => x.lang === t.lang);
    return [searchRow('ours', t), ...(sl ? [searchRow('Starlight', sl)] : [])];
  }),
)}

${
  starlight
    ? `## The Starlight site

${starlightName} with Astro ${starlight.astro}, installed by the bench from the npm registry into \`.cache/bench/starlight/\`
(scripts/bench/starlight.mjs). Its ${locales.length} locales are ours (German the default, every language under \`/<lang>/\` like ours,
${locales
  .filter((l) => l.dir === 'rtl')
  .map((l) => l.code)
  .join(', ')} right to left). One docs page per page of our built site in the language tree (${starlight.docs} pages), at the same path,
with that page's main text (its \`<main>\` without scripts, templates and SVG, one paragraph per block), so text length and
scripts match ours language by language; Starlight's default sidebar (every page, grouped by folder) and its Pagefind search.
Generated from the files, no network at build time.

${table(
  ['', 'docs pages', 'pages built (HTML files)', 'astro build (incl. Pagefind)'],
  ['---', '---:', '---:', '---:'],
  [['Starlight', starlight.docs, starlight.pages, s(starlight.buildSeconds)]],
)}

Our real site in this run: ${templates.largest.reduce((a, t) => a + t.pages, 0)} HTML files (its build time is measured by the scale builds below, with generated offers).
`
    : ''
}
## Lighthouse (mobile)

Lighthouse ${lighthouseVersion}, its default mobile profile (emulated phone, simulated slow 4G and 4× CPU
slowdown), served by scripts/serve.mjs with the production security headers but without gzip
(so transfer sizes in Lighthouse's own report are uncompressed; above they are gzip).
LCP and TBT are simulated from an unthrottled load: the network is modelled, but main-thread
tasks are measured and multiplied by 4, so TBT (and the performance score) rise when the machine
is busy with other work.

${table(
  ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
  ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  lighthouseRuns.map((l) => [
    `\`${l.path}\``,
    l.performance,
    l.accessibility,
    l.bestPractices,
    l.seo,
    `${(l.lcp / 1000).toFixed(2)} s`,
    `${Math.round(l.tbt)} ms`,
    l.cls.toFixed(3),
  ]),
)}

## Build with many offers (offers × ${locales.length} languages)

Generated offers (scripts/generate-offers.mjs) replace the example offers in a temporary copy of
the project; the real entries (contact points, Deutsch4U, vhs-Lernportal) stay, as pages link them. The three steps of \`npm run build\` run as separate processes, each under
\`/usr/bin/time -v\`: the editors' content check, \`astro build\` with \`IK_SKIP_PAGEFIND=1\` (so it
writes the pages but no index) and \`node scripts/pagefind-index.mjs dist\` (the same indexing
function the build runs). Peak memory is GNU time's "Maximum resident set size": the largest
single process of that step (for Pagefind that is its indexer binary, a child process of Node,
which scripts/pagefind-index.mjs waits for so that it is counted). A cold build: no Astro cache.

${table(
  [
    'offers',
    'pages built',
    'content check',
    'astro build',
    'astro peak memory',
    'ms per page (astro)',
    'Pagefind',
    'Pagefind peak memory',
    'ms per page (Pagefind)',
    'total',
    'dist/',
    'load avg (start → end)',
  ],
  ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  builds.map((b) => [
    b.count,
    b.pages,
    s(b.check),
    s(b.astro.seconds),
    `${b.astro.rssMb.toFixed(0)} MB`,
    ((b.astro.seconds * 1000) / b.pages).toFixed(1),
    s(b.pagefind.seconds),
    `${b.pagefind.rssMb.toFixed(0)} MB`,
    ((b.pagefind.seconds * 1000) / b.indexed).toFixed(1),
    s(b.check + b.astro.seconds + b.pagefind.seconds),
    mb(b.dist),
    b.load.map((l) => l.toFixed(1)).join(' → '),
  ]),
)}

Largest page in these builds: ${builds.map((b) => `${b.count} offers: \`${b.biggest.path}\`, ${kb(b.biggest.gzip)} gzip`).join('; ')}
(the editors' translation status page, not public, lists every item; the budgets apply to the real site).

### Pagefind index per language

Files named after the language: word index chunks, filters and metadata ("index"), one fragment
per page ("fragments"), and the language's stemming WASM where Pagefind has one. The rest
(Pagefind's JavaScript, the generic WASM, the entry file) is shared: ${builds.map((b) => `${kb(b.pagefindSizes.shared)} with ${b.count} offers`).join(', ')}.
A search downloads only a part: the metadata, the index chunks for the words typed, and the fragments
of the results shown.

${table(
  ['language', ...builds.flatMap((b) => [`${b.count}: pages`, `${b.count}: index`, `${b.count}: fragments`, `${b.count}: total`])],
  ['---', ...builds.flatMap(() => ['---:', '---:', '---:', '---:'])],
  locales.map((l) => [
    `${l.code} (${l.englishName})`,
    ...builds.flatMap((b) => {
      const x = b.pagefindSizes.langs[l.code] ?? { pages: 0, index: 0, fragments: 0 };
      return [x.pages, mb(x.index), mb(x.fragments), mb(x.index + x.fragments)];
    }),
  ]),
)}

The generated offers have German descriptions only (scripts/generate-offers.mjs), yet every offer
page is in every language's index: its structured part (type, level, region, times, …) is translated
from the UI dictionaries, so the indexes grow alike in all ${locales.length} languages.
`;
}

/**
 * Writes the figures to docs/performance.md after a complete run, else beside it.
 * @param {Figures} figures
 * @param {boolean} complete whether every step ran with its default settings
 */
export function writeReport(figures, complete) {
  const md = performanceMarkdown(figures);
  // A partial run writes its figures beside, so the document always shows one complete run.
  const out = complete ? 'docs/performance.md' : '.cache/bench/performance.partial.md';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, md);
  console.log(`Written: ${out}${complete ? '' : ' (partial run; docs/performance.md is left alone)'}`);
}
