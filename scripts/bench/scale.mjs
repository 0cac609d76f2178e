// @ts-check
// Step 4 of the bench: builds with 1,000 and 5,000 generated offers × 12 languages in a temporary
// copy: content check, `astro build` (with IK_SKIP_PAGEFIND=1) and `scripts/pagefind-index.mjs` as
// separate processes, each under GNU time for wall time and peak memory; Pagefind index size per
// language.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFilesIn, urlPathOf } from '../site-files.mjs';

const root = resolve('.');

/**
 * @param {string} path
 * @returns {number} bytes of the file, or of every file under the folder
 */
function dirSize(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

/**
 * Runs a command under GNU time in `cwd`; returns wall seconds, peak memory and output. Throws on failure.
 * @param {string} label
 * @param {string} cmd
 * @param {string[]} cmdArgs
 * @param {string} cwd
 * @param {Record<string, string>} [env]
 */
function timed(label, cmd, cmdArgs, cwd, env = {}) {
  const started = Date.now();
  const result = spawnSync('/usr/bin/time', ['-v', cmd, ...cmdArgs], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const out = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${label} failed:\n${out.slice(-3000)}`);
  const rssKb = Number(out.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1]);
  if (!rssKb) throw new Error(`${label}: no peak memory in GNU time's output`);
  return { seconds, rssMb: rssKb / 1024, out };
}

/**
 * @typedef {{ pages: number, index: number, fragments: number, files: number }} LanguageIndex
 * @typedef {{ langs: Record<string, LanguageIndex>, shared: number }} PagefindSizes
 */

/**
 * Pagefind's files per language (`<lang>_…` fragments, index chunks, filters, metadata, the language's WASM) and the shared rest.
 * @param {string} dir a built site's pagefind/ folder
 * @returns {PagefindSizes}
 */
function pagefindSizes(dir) {
  /** @type {{ languages: Record<string, { page_count: number }> }} */
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  /** @type {Record<string, LanguageIndex>} */
  const langs = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, l]) => [lang, { pages: l.page_count, index: 0, fragments: 0, files: 0 }]),
  );
  let shared = 0;
  /** @param {string} sub */
  const walk = (sub) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      const stat = statSync(join(dir, rel));
      if (stat.isDirectory()) {
        walk(rel);
        continue;
      }
      const lang = name.match(/^(?:pagefind\.)?([a-z-]+)_[0-9a-f]+\.pf_/)?.[1] ?? name.match(/^wasm\.([a-z-]+)\.pagefind$/)?.[1];
      const target = lang === undefined ? undefined : langs[lang];
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

/**
 * @typedef {{ seconds: number, rssMb: number }} Timing
 * @typedef {{
 *   count: number, pages: number, indexed: number, check: number, checkRssMb: number, astro: Timing, pagefind: Timing,
 *   dist: number, pagefindSizes: PagefindSizes, biggest: { path: string, gzip: number }, load: number[],
 * }} ScaleBuild
 */

/**
 * @param {number} count how many offers to generate
 * @returns {ScaleBuild}
 */
export function buildWithOffers(count) {
  const dir = mkdtempSync(join(tmpdir(), `ik-bench-${count}-`));
  try {
    for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // The examples are replaced by the generated ones; the real entries stay (pages link them).
    const offersDir = join(dir, 'content/offers');
    for (const file of readdirSync(join(offersDir, 'de'))) {
      if (!/^sample:\s*true\s*$/m.test(readFileSync(join(offersDir, 'de', file), 'utf8'))) continue;
      for (const lang of readdirSync(offersDir)) rmSync(join(offersDir, lang, file), { force: true });
    }
    const gen = spawnSync(process.execPath, [join(root, 'scripts/generate-offers.mjs'), String(count), join(dir, 'content/offers')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (gen.status !== 0) throw new Error(`generating ${count} offers failed:\n${gen.stderr}`);
    const load = [loadavg()[0] ?? NaN];
    const check = timed('content check', process.execPath, ['scripts/content-check.mjs'], dir);
    const astro = timed(`astro build with ${count} offers`, process.execPath, [join(root, 'node_modules/.bin/astro'), 'build'], dir, {
      IK_SKIP_PAGEFIND: '1',
      // The generated offers are examples: a SITE_EXAMPLES=off in the environment would measure a site without them.
      SITE_EXAMPLES: 'on',
    });
    const pages = Number(astro.out.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
    if (!(pages >= count * 12)) throw new Error(`the ${count}-offer build wrote ${pages} pages, fewer than ${count} offers × 12 languages`);
    if (existsSync(join(dir, 'dist/pagefind'))) throw new Error('IK_SKIP_PAGEFIND=1 was ignored: astro build wrote dist/pagefind');
    const pagefind = timed(`Pagefind with ${count} offers`, process.execPath, ['scripts/pagefind-index.mjs', 'dist'], dir);
    const indexed = Number(pagefind.out.match(/Pagefind indexed (\d+) pages/)?.[1] ?? NaN);
    load.push(loadavg()[0] ?? NaN);
    // The largest page (a list of offers grows with them): gzip of the biggest HTML file.
    const biggest = htmlFilesIn(join(dir, 'dist')).reduce(
      (a, f) => {
        const s = statSync(join(dir, 'dist', f)).size;
        return s > a.size ? { file: f, size: s } : a;
      },
      { file: '', size: 0 },
    );
    return {
      count,
      pages,
      indexed,
      check: check.seconds,
      // The goal is at most 2 GB per process: the content check is one of the three.
      checkRssMb: check.rssMb,
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
