// @ts-check
// Step 5 of the bench: docs/performance.md from the figures of steps 1–4. A partial run writes
// .cache/bench/performance.partial.md instead, so that the document always shows one complete run.
/** @import { Template } from '../../src/lib/site/routes.ts' */
/** @import { TemplateWeights } from './templates.mjs' */
/** @import { BrowserFigures } from './browser.mjs' */
/** @import { LighthouseRun } from './lighthouse.mjs' */
/** @import { ScaleBuild } from './scale.mjs' */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { href, route } from '../../src/lib/site/routes.ts';
import { chromiumPath } from '../chromium.mjs';
import { urlPathOf } from '../site-files.mjs';
import { BUDGETS } from './budgets.ts';
import { sum } from './browser.mjs';

// Decimal units, like the budgets: 1 kB = 1,000 bytes.
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
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
 * }} Figures
 */

/**
 * The Markdown of docs/performance.md.
 * @param {Figures} figures
 */
export function performanceMarkdown({ started, loadAtStart, templates, browser, lighthouseRuns, builds }) {
  const date = started.toISOString().slice(0, 10);
  const lighthouseVersion = lighthouseRuns[0]?.version ?? '';
  return `# Performance

Measured by \`npm run bench\` (scripts/bench/index.mjs) on ${date}, on this project's machine kind:
${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version},
Chromium from Debian (\`${chromiumPath}\`). Sizes in decimal units (1 kB = 1,000 bytes, as the budgets).
Times vary by a few percent between runs; sizes are exact.

**Caveat:** the machine is shared: other work (builds, browser tests) may run on the same cores.
The 1-minute load average was ${loadAtStart.toFixed(1)} at the start of this run (${cpus().length} cores) and is given next to
each build time. Times and Lighthouse's TBT are then upper bounds; sizes are exact.

## Reproduce

\`\`\`sh
npm ci
npm run build                      # the real site in dist/ (Astro + Pagefind), needed first
npm run bench                      # everything below; rewrites this file (≈ 18 min on 2 cores)
npm run bench -- --no-scale        # site figures + Lighthouse only (≈ 4 min)
npm run bench -- 1000              # the site figures plus only the 1,000-offer build
npm run bench -- --no-lighthouse   # without Lighthouse (≈ 1 min without the scale builds too)
\`\`\`

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
text as gzip (level 6), WOFF2 fonts as they are. A device that has the Noto fonts installed
downloads only the preloaded Latin/Cyrillic files (\`local()\` comes first for the others;
src/lib/site/fontPreloads.ts says why they are preloaded). For comparison: Starlight's content page loads 51 KB
gzip without web fonts.

${table(
  ['page', 'HTML', 'CSS', 'JS', 'fonts', '**total**', 'requests'],
  ['---', '---:', '---:', '---:', '---:', '---:', '---:'],
  browser.pages.map((p) => [
    `\`${p.path}\``,
    kb(p.sizes.html ?? 0),
    kb(p.sizes.css ?? 0),
    kb(p.sizes.js ?? 0),
    kb(p.sizes.font ?? 0),
    `**${kb(p.total)}**`,
    p.requests,
  ]),
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
