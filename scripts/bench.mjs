// `npm run bench`: measures what the users and the editors feel, and writes docs/performance.md.
//
// 1. Page weight of the real site (run `npm run build` first): for a few pages, everything the
//    browser downloads (HTML, CSS, JS, fonts) as Chromium requests it, with the gzip size that a
//    server with compression would send (WOFF2 is already compressed).
// 2. Build time and peak memory with generated offers (scripts/generate-offers.mjs) × 12
//    languages, in a temporary copy of the project. Counts from argv: `npm run bench -- 1000 5000`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const root = resolve('.');
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const offerCounts = counts.length ? counts : [1000, 5000];

function dirSize(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function pageWeights() {
  if (!existsSync('dist/index.html')) throw new Error('Run `npm run build` before `npm run bench`.');
  const pages = ['/de/', '/de/programm/', '/ar/programm/', '/ti/programm/', '/de/angebote/beispiel-deutschkurs-giessen/', '/fa/angebote/'];
  const server = await serve({ root: 'dist', port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const rows = [];
  try {
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const requested = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const sizes = { html: 0, css: 0, js: 0, font: 0 };
      for (const p of requested) {
        const file = join('dist', p.endsWith('/') ? `${p}index.html` : p);
        if (!existsSync(file)) continue;
        const body = readFileSync(file);
        const kind = p.endsWith('.woff2') ? 'font' : p.endsWith('.css') ? 'css' : p.endsWith('.js') ? 'js' : 'html';
        sizes[kind] += kind === 'font' ? body.length : gzipSync(body).length;
      }
      rows.push({ path, ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.font, requests: requested.length });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

function buildWithOffers(count) {
  const dir = mkdtempSync(join(tmpdir(), `ik-bench-${count}-`));
  try {
    for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    rmSync(join(dir, 'content/offers'), { recursive: true });
    spawnSync(process.execPath, [join(root, 'scripts/generate-offers.mjs'), String(count), join(dir, 'content/offers')], { cwd: root });
    const started = Date.now();
    // GNU time reports the peak memory; without it (package "time") the build runs untimed by it.
    const timed = existsSync('/usr/bin/time');
    const [cmd, args] = timed ? ['/usr/bin/time', ['-v', process.execPath, 'scripts/build.mjs']] : [process.execPath, ['scripts/build.mjs']];
    const result = spawnSync(cmd, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0' },
      maxBuffer: 512 * 1024 * 1024,
    });
    const out = `${result.stdout}\n${result.stderr}`;
    if (result.status !== 0) throw new Error(`build with ${count} offers failed:\n${out.slice(-3000)}`);
    const seconds = (Date.now() - started) / 1000;
    const rssKb = Number(out.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? NaN);
    const pages = Number(out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
    return {
      count,
      pages,
      seconds,
      rssMb: rssKb / 1024,
      dist: dirSize(join(dir, 'dist')),
      pagefind: dirSize(join(dir, 'dist/pagefind')),
      offersIndexPage: gzipSync(readFileSync(join(dir, 'dist/de/angebote/index.html'))).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const weights = await pageWeights();
console.table(weights);
const builds = [];
for (const count of offerCounts) {
  console.log(`Building with ${count} generated offers × 12 languages …`);
  builds.push(buildWithOffers(count));
  console.table(builds);
}

const date = new Date().toISOString().slice(0, 10);
const md = `# Performance

Measured by \`npm run bench\` (scripts/bench.mjs) on ${date}, on this project's machine kind
(2 cores, 24 GB). Numbers vary by a few percent between runs.

## Page weight (what a phone downloads)

Everything Chromium requests for the page at 360 px width: HTML, CSS and JavaScript as gzip
(what a server with compression sends), fonts as WOFF2. A device that has the Noto fonts
installed downloads no font (\`local()\` comes first). For comparison: Starlight's content page
loads 51 KB gzip without web fonts.

| page | HTML | CSS | JS | fonts | total | requests |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${weights.map((w) => `| \`${w.path}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.font)} | **${kb(w.total)}** | ${w.requests} |`).join('\n')}

Content pages ship no JavaScript; the finder pages load their script, and Pagefind only when a
person searches.

## Build with many offers (offers × 12 languages)

Generated offers (scripts/generate-offers.mjs) replace the example offers in a temporary copy;
\`npm run build\` (Astro + Pagefind, staged) is timed with \`/usr/bin/time -v\`.

| offers | pages | build time | peak memory | dist/ | of which Pagefind | /de/angebote/ (gzip) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${builds.map((b) => `| ${b.count} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${b.rssMb.toFixed(0)} MB | ${(b.dist / 1048576).toFixed(0)} MB | ${(b.pagefind / 1048576).toFixed(0)} MB | ${kb(b.offersIndexPage)} |`).join('\n')}

Peak memory is that of the build process tree's largest process (\`Maximum resident set size\`).
`;
writeFileSync('docs/performance.md', md);
console.log('Written: docs/performance.md');
