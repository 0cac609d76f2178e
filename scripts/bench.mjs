// `npm run bench`: measures what the users and the editors feel, and writes docs/performance.md.
// Sizes here are figures, not tests; the size budgets are enforced by tests/built-site/budgets.test.mjs
// (src/lib/budgets.ts, printed here next to the measured figures).
//
//   npm run build && npm run bench               everything (≈ 18 min on 2 cores), rewrites docs/performance.md
//   npm run bench -- 1000                        only the 1,000-offer scale build (plus the site figures)
//   npm run bench -- --no-scale                  no scale builds (≈ 4 min)
//   npm run bench -- --no-lighthouse             no Lighthouse runs
//
// A partial run writes .cache/bench/performance.partial.md instead, and leaves docs/performance.md
// alone (the document always shows one complete run).
//
// 1. The real site (run `npm run build` first): per template in de and ar, HTML + CSS raw and gzip
//    and JavaScript, against the budgets; the largest page of every template in every language.
// 2. In Chromium: everything a phone downloads for a few pages (fonts included), and on the finder
//    the bytes fetched from page load to the first result list (Pagefind JS, WASM, index, fragments).
// 3. Lighthouse (mobile, its default simulated slow 4G) for home, finder and an offer page in de and ar.
// 4. Builds with 1,000 and 5,000 generated offers × 12 languages in a temporary copy: content check,
//    `astro build` (with IK_SKIP_PAGEFIND=1) and `scripts/pagefind-index.mjs` as separate processes,
//    each under GNU time for wall time and peak memory; Pagefind index size per language.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { locales } from '../src/i18n/locales.ts';
import { BUDGETS, assetsIn, templateOf, weighPage } from '../src/lib/budgets.ts';
import { serve } from './serve.mjs';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { htmlFilesIn, urlPathOf } from './site-files.mjs';

const root = resolve('.');
const args = process.argv.slice(2);
const counts = args.map(Number).filter((n) => n > 0);
const offerCounts = args.includes('--no-scale') ? [] : counts.length ? counts : [1000, 5000];
const runLighthouse = !args.includes('--no-lighthouse');
const complete = offerCounts.join() === '1000,5000' && runLighthouse;
const CHROMIUM = chromiumPath;

if (!existsSync('dist/index.html')) throw new Error('Run `npm run build` before `npm run bench`.');
if (offerCounts.length && !existsSync('/usr/bin/time')) {
  console.error('GNU time (/usr/bin/time) is needed to measure peak memory: `apt-get install -y time`,\nor run `npm run bench -- --no-scale`.');
  process.exit(2);
}

// A snapshot of dist/, so that a build running meanwhile (another terminal, CI) cannot swap the
// site out from under the measurements.
const SITE = mkdtempSync(join(tmpdir(), 'ik-bench-site-'));
cpSync('dist', SITE, { recursive: true });
process.on('exit', () => rmSync(SITE, { recursive: true, force: true }));

// Decimal units, like the budgets: 1 kB = 1,000 bytes.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, align, rows) => [row(head), row(align), ...rows.map(row)].join('\n');
function dirSize(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

// ---------------------------------------------------------------- 1. templates of the real site
const TEMPLATE_PAGES = [
  ['home', ''],
  ['page', 'programm/'],
  ['easy-german', 'leichte-sprache/'],
  ['focus-areas', 'schwerpunkte/'],
  ['focus-area', 'schwerpunkte/niedrigschwellige-deutschkurse/'],
  ['regions', 'regionen/'],
  ['region', 'regionen/landkreis-giessen/'],
  ['finder', 'angebote/'],
  ['offer', 'angebote/beispiel-deutschkurs-giessen/'],
  ['offers-by-type', 'angebote-nach-art/german-course/'],
  ['search', 'suche/'],
  ['404', '404.html'],
];

function templateWeights() {
  const readAsset = assetsIn(SITE);
  const weigh = (file) => weighPage(readFileSync(join(SITE, file), 'utf8'), urlPathOf(file), readAsset);
  const samples = [{ template: 'welcome', file: 'index.html' }];
  for (const lang of ['de', 'ar']) {
    for (const [template, path] of TEMPLATE_PAGES) {
      if (template === 'easy-german' && lang !== 'de') continue; // Leichte Sprache is German
      samples.push({ template, file: `${lang}/${path.endsWith('.html') ? path : `${path}index.html`}` });
    }
  }
  const perTemplate = samples.map((s) => ({ ...s, weight: weigh(s.file) }));
  // The largest page of each template across every language (what the budget must hold).
  const largest = new Map();
  for (const file of htmlFilesIn(SITE)) {
    const template = templateOf(file);
    const w = weigh(file);
    const entry = largest.get(template) ?? { template, pages: 0, htmlCss: 0, js: 0, file };
    entry.pages++;
    if (w.html.gzip + w.css.gzip > entry.htmlCss) Object.assign(entry, { htmlCss: w.html.gzip + w.css.gzip, file });
    entry.js = Math.max(entry.js, w.js.gzip);
    largest.set(template, entry);
  }
  return { perTemplate, largest: [...largest.values()] };
}

// ---------------------------------------------------------------- 2. in Chromium
/** What a request costs on the wire: gzip for text (deploy/nginx.conf compresses it), as-is for fonts and Pagefind's own pre-compressed files. */
function kindOf(path) {
  if (path.endsWith('.woff2')) return 'font';
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.js')) return 'pagefind-js';
    if (path.endsWith('.pagefind')) return 'pagefind-wasm';
    if (path.endsWith('.pf_fragment')) return 'pagefind-fragments';
    return 'pagefind-index';
  }
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  return 'html';
}
const PRECOMPRESSED = new Set(['font', 'pagefind-wasm', 'pagefind-fragments', 'pagefind-index']);
function wireBytes(paths) {
  const sizes = {};
  for (const p of paths) {
    const file = join(SITE, p.endsWith('/') ? `${p}index.html` : p);
    if (!existsSync(file)) continue;
    const kind = kindOf(p);
    const body = readFileSync(file);
    sizes[kind] = (sizes[kind] ?? 0) + (PRECOMPRESSED.has(kind) ? body.length : gzipSync(body, { level: 6 }).length);
  }
  return sizes;
}
const sum = (sizes) => Object.values(sizes).reduce((a, b) => a + b, 0);

const FINDER_QUERIES = { de: 'Deutschkurs', ar: 'اللغة الألمانية' };

async function inBrowser(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: launchArgs });
  try {
    const open = async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const requested = [];
      context.on('request', (r) => requested.push(new URL(r.url()).pathname));
      return { context, page: await context.newPage(), requested };
    };
    const pages = [];
    for (const path of ['/', '/de/', '/de/programm/', '/ar/programm/', '/ti/programm/', '/de/angebote/beispiel-deutschkurs-giessen/', '/ar/angebote/']) {
      const { context, page, requested } = await open();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const sizes = wireBytes(requested);
      pages.push({ path, sizes, total: sum(sizes), requests: requested.length });
      await context.close();
    }
    const finder = [];
    for (const [lang, query] of Object.entries(FINDER_QUERIES)) {
      const { context, page, requested } = await open();
      await page.goto(`${origin}/${lang}/angebote/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const atLoad = requested.length;
      await page.locator('#finder-q').fill(query);
      // The finder sets data-total once the first page of results is in the list.
      await page.waitForSelector('#finder-results[data-total] > li', { timeout: 30_000 });
      const results = Number(await page.locator('#finder-results').getAttribute('data-total'));
      const shown = await page.locator('#finder-results > li').count();
      const load = wireBytes(requested.slice(0, atLoad));
      const search = wireBytes(requested.slice(atLoad));
      finder.push({ lang, query, results, shown, load, search, total: sum(load) + sum(search), requests: requested.length });
      await context.close();
    }
    return { pages, finder };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- 3. Lighthouse
const LIGHTHOUSE_PAGES = ['/de/', '/de/angebote/', '/de/angebote/beispiel-deutschkurs-giessen/', '/ar/', '/ar/angebote/', '/ar/angebote/beispiel-deutschkurs-giessen/'];

/**
 * Runs the Lighthouse CLI (asynchronously: the site is served by this very process). Chromium's
 * trace sometimes misses the navigation start (NO_NAVSTART, seen on 1 of about 10 runs here);
 * Lighthouse asks to run again, so that one error is retried twice before the bench gives up.
 */
async function lighthouse(url, attempt = 1) {
  try {
    return await lighthouseOnce(url);
  } catch (error) {
    if (attempt >= 3 || !/NO_NAVSTART/.test(error.message)) throw error;
    console.log(`  Lighthouse: NO_NAVSTART on ${url}, running it again (attempt ${attempt + 1} of 3)`);
    return lighthouse(url, attempt + 1);
  }
}

async function lighthouseOnce(url) {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/lighthouse/cli/index.js'), url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${['--headless', ...launchArgs].join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill(), 300_000);
  const status = await new Promise((done) => child.on('close', done));
  clearTimeout(timer);
  if (status !== 0) throw new Error(`Lighthouse failed (exit ${status}) for ${url}:\n${stderr.slice(-2000)}`);
  const lhr = JSON.parse(stdout);
  if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.message}`);
  const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
  const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
  return {
    path: new URL(url).pathname,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    formFactor: lhr.configSettings.formFactor,
    version: lhr.lighthouseVersion,
  };
}

// ---------------------------------------------------------------- 4. builds with generated offers
/** Runs a command under GNU time in `cwd`; returns wall seconds, peak memory and output. Throws on failure. */
function timed(label, cmd, cmdArgs, cwd, env = {}) {
  const started = Date.now();
  const result = spawnSync('/usr/bin/time', ['-v', cmd, ...cmdArgs], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const out = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${label} failed:\n${out.slice(-3000)}`);
  const rssKb = Number(out.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1]);
  if (!rssKb) throw new Error(`${label}: no peak memory in GNU time's output`);
  return { seconds, rssMb: rssKb / 1024, out };
}

/** Pagefind's files per language (`<lang>_…` fragments, index chunks, filters, metadata, the language's WASM) and the shared rest. */
function pagefindSizes(dir) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const langs = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, { pages: l.page_count, index: 0, fragments: 0, files: 0 }]));
  let shared = 0;
  const walk = (sub) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      const stat = statSync(join(dir, rel));
      if (stat.isDirectory()) {
        walk(rel);
        continue;
      }
      const lang = name.match(/^(?:pagefind\.)?([a-z-]+)_[0-9a-f]+\.pf_/)?.[1] ?? name.match(/^wasm\.([a-z-]+)\.pagefind$/)?.[1];
      const target = langs[lang];
      if (!target) shared += stat.size;
      else {
        target[name.endsWith('.pf_fragment') ? 'fragments' : 'index'] += stat.size;
        target.files++;
      }
    }
  };
  walk('');
  return { langs, shared };
}

function buildWithOffers(count) {
  const dir = mkdtempSync(join(tmpdir(), `ik-bench-${count}-`));
  try {
    for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    rmSync(join(dir, 'content/offers'), { recursive: true });
    const gen = spawnSync(process.execPath, [join(root, 'scripts/generate-offers.mjs'), String(count), join(dir, 'content/offers')], { cwd: root, encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`generating ${count} offers failed:\n${gen.stderr}`);
    const load = [loadavg()[0]];
    const check = timed('content check', process.execPath, ['scripts/content-check.mjs'], dir);
    const astro = timed(`astro build with ${count} offers`, process.execPath, [join(root, 'node_modules/.bin/astro'), 'build'], dir, { IK_SKIP_PAGEFIND: '1' });
    const pages = Number(astro.out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
    if (existsSync(join(dir, 'dist/pagefind'))) throw new Error('IK_SKIP_PAGEFIND=1 was ignored: astro build wrote dist/pagefind');
    const pagefind = timed(`Pagefind with ${count} offers`, process.execPath, ['scripts/pagefind-index.mjs', 'dist'], dir);
    const indexed = Number(pagefind.out.match(/Pagefind indexed (\d+) pages/)?.[1] ?? NaN);
    load.push(loadavg()[0]);
    // The largest page (a list of offers grows with them): gzip of the biggest HTML file.
    const biggest = htmlFilesIn(join(dir, 'dist')).reduce((a, f) => {
      const s = statSync(join(dir, 'dist', f)).size;
      return s > a.size ? { file: f, size: s } : a;
    }, { file: '', size: 0 });
    return {
      count,
      pages,
      indexed,
      check: check.seconds,
      astro: { seconds: astro.seconds, rssMb: astro.rssMb },
      pagefind: { seconds: pagefind.seconds, rssMb: pagefind.rssMb },
      dist: dirSize(join(dir, 'dist')),
      pagefindSizes: pagefindSizes(join(dir, 'dist/pagefind')),
      biggest: { path: urlPathOf(biggest.file), gzip: gzipSync(readFileSync(join(dir, 'dist', biggest.file))).length },
      load,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- run
const started = new Date();
const loadAtStart = loadavg()[0];
const templates = templateWeights();
console.table(templates.perTemplate.map(({ file, template, weight: w }) => ({ file, template, htmlGz: w.html.gzip, cssGz: w.css.gzip, jsGz: w.js.gzip })));

const server = await serve({ root: SITE, port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
let browser;
const lighthouseRuns = [];
try {
  browser = await inBrowser(origin);
  console.table(browser.pages.map((p) => ({ path: p.path, total: p.total, requests: p.requests })));
  console.table(browser.finder.map((f) => ({ lang: f.lang, results: f.results, total: f.total, requests: f.requests })));
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

const builds = [];
for (const count of offerCounts) {
  console.log(`Building with ${count} generated offers × ${locales.length} languages …`);
  builds.push(buildWithOffers(count));
  console.table(builds.map((b) => ({ count: b.count, pages: b.pages, astroS: b.astro.seconds, astroMb: b.astro.rssMb, pagefindS: b.pagefind.seconds, pagefindMb: b.pagefind.rssMb })));
}

// ---------------------------------------------------------------- docs/performance.md
const date = started.toISOString().slice(0, 10);
const lighthouseVersion = lighthouseRuns[0]?.version ?? '';
const budgetCell = (t) => `${kb(BUDGETS[t].htmlCssGzip)}`;
const jsBudgetCell = (t) => (BUDGETS[t].jsGzip ? kb(BUDGETS[t].jsGzip) : 'none');
const s = (n) => `${n.toFixed(1)} s`;

const md = `# Performance

Measured by \`npm run bench\` (scripts/bench.mjs) on ${date}, on this project's machine kind:
${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version},
Chromium from Debian (\`${CHROMIUM}\`). Sizes in decimal units (1 kB = 1,000 bytes, as the budgets).
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
\`src/lib/budgets.ts\` (reasons: docs/decisions.md, "Performance budgets").

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
    .map((t) => [t.template, t.pages, kb(t.htmlCss), `\`${urlPathOf(t.file)}\``, budgetCell(t.template), `${Math.round((BUDGETS[t.template].htmlCssGzip / t.htmlCss - 1) * 100)} %`, t.js ? kb(t.js) : '0', jsBudgetCell(t.template)]),
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
  browser.pages.map((p) => [`\`${p.path}\``, kb(p.sizes.html ?? 0), kb(p.sizes.css ?? 0), kb(p.sizes.js ?? 0), kb(p.sizes.font ?? 0), `**${kb(p.total)}**`, p.requests]),
)}

### The finder: bytes to the first result list

From opening \`/<lang>/angebote/\` until the first page of results is in the list after typing a
query: the page itself ("page load"), then what the search fetches: Pagefind's JavaScript, its
WASM, the language's index (metadata, word index chunks, filters) and one fragment per shown
result. Pagefind's own files are already compressed and are counted as they are.

${table(
  ['language', 'query', 'results (shown)', 'page load', 'Pagefind JS', 'Pagefind WASM', 'index + filters', 'fragments', '**total to first results**', 'requests'],
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
  lighthouseRuns.map((l) => [`\`${l.path}\``, l.performance, l.accessibility, l.bestPractices, l.seo, `${(l.lcp / 1000).toFixed(2)} s`, `${Math.round(l.tbt)} ms`, l.cls.toFixed(3)]),
)}

## Build with many offers (offers × ${locales.length} languages)

Generated offers (scripts/generate-offers.mjs) replace the example offers in a temporary copy of
the project. The three steps of \`npm run build\` run as separate processes, each under
\`/usr/bin/time -v\`: the editors' content check, \`astro build\` with \`IK_SKIP_PAGEFIND=1\` (so it
writes the pages but no index) and \`node scripts/pagefind-index.mjs dist\` (the same indexing
function the build runs). Peak memory is GNU time's "Maximum resident set size": the largest
single process of that step (for Pagefind that is its indexer binary, a child process of Node,
which scripts/pagefind-index.mjs waits for so that it is counted). A cold build: no Astro cache.

${table(
  ['offers', 'pages built', 'content check', 'astro build', 'astro peak memory', 'ms per page (astro)', 'Pagefind', 'Pagefind peak memory', 'ms per page (Pagefind)', 'total', 'dist/', 'load avg (start → end)'],
  ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  builds.map((b) => [
    b.count,
    b.pages,
    s(b.check),
    s(b.astro.seconds),
    `${b.astro.rssMb.toFixed(0)} MB`,
    (b.astro.seconds * 1000 / b.pages).toFixed(1),
    s(b.pagefind.seconds),
    `${b.pagefind.rssMb.toFixed(0)} MB`,
    (b.pagefind.seconds * 1000 / b.indexed).toFixed(1),
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
// A partial run writes its figures beside, so the document always shows one complete run.
const out = complete ? 'docs/performance.md' : '.cache/bench/performance.partial.md';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, md);
console.log(`Written: ${out}${complete ? '' : ' (partial run; docs/performance.md is left alone)'}`);
