// The public site's build: SITE_EXAMPLES=off leaves every example offer out (pages, lists, the
// sitemap, the search index), and the finder still works with the real entries alone;
// SITE_OPERATOR names the operator on the Impressum and the accessibility statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { chromiumPath, launchArgs } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { copyProject, PROJECT_ROOT } from '../project-copy.mjs';
import { spawn } from 'node:child_process';

/** Every file under a folder, as paths relative to it. @param {string} root @returns {string[]} */
const filesIn = (root) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));

const OPERATOR = 'Musterverein Integration e. V. | Musterstraße 1 | 65187 Wiesbaden | kontakt@musterverein.example';

/** @param {string} dir @param {Record<string, string>} env @returns {Promise<{ code: number | null, output: string }>} */
function build(dir, env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: dir,
      env: {
        ...process.env,
        ...env,
        PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

const offerFiles = readdirSync('content/offers/de').filter((f) => f.endsWith('.md'));
const isSample = (/** @type {string} */ f) => /^sample:\s*true\s*$/m.test(readFileSync(`content/offers/de/${f}`, 'utf8'));
const samples = offerFiles.filter(isSample).map((f) => f.replace(/\.md$/, ''));
const real = offerFiles.filter((f) => !isSample(f)).map((f) => f.replace(/\.md$/, ''));

test('SITE_EXAMPLES=off publishes no example anywhere, and the finder works with the real entries', async () => {
  assert.ok(samples.length > 0 && real.length > 0, 'the content has both');
  const dir = copyProject('examples-off');
  try {
    const { code, output } = await build(dir, { SITE_EXAMPLES: 'off', SITE_OPERATOR: OPERATOR });
    assert.equal(code, 0, output.slice(-3000));
    assert.match(output, /SITE_EXAMPLES=off: Beispielangebote werden weggelassen/);
    assert.doesNotMatch(output, /SITE_OPERATOR ist nicht gesetzt/, 'no warning when the operator is set');
    const dist = join(dir, 'dist');
    const languages = readdirSync(dist).filter((d) => existsSync(join(dist, d, 'angebote', 'index.html')));
    assert.equal(languages.length, 12);
    for (const lang of languages) {
      for (const slug of samples) assert.ok(!existsSync(join(dist, lang, 'angebote', slug)), `${lang}/${slug}: no page`);
      for (const slug of real) assert.ok(existsSync(join(dist, lang, 'angebote', slug, 'index.html')), `${lang}/${slug}: published`);
    }
    // No file of dist/ (pages, the editors' page, sitemaps, manifests, and every search-index
    // fragment, unpacked) names an example: its slug, its German title or its fictional contact.
    const de = JSON.parse(readFileSync('src/i18n/ui/de.json', 'utf8'));
    const titles = samples.map(
      (slug) => /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(`content/offers/de/${slug}.md`, 'utf8'))?.[1] ?? slug,
    );
    let fragments = 0;
    for (const file of filesIn(dist)) {
      if (!/\.(html|xml|json|webmanifest|txt|pf_fragment)$/.test(file)) continue;
      const raw = readFileSync(join(dist, file));
      const text = file.endsWith('.pf_fragment') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
      if (file.endsWith('.pf_fragment')) fragments++;
      for (const slug of samples) assert.ok(!text.includes(slug), `${file} names the example ${slug}`);
      for (const title of titles) assert.ok(!text.includes(title), `${file} names the example "${title}"`);
      assert.doesNotMatch(text, /example\.(org|com|net)|90009/, `${file}: fictional contact data`);
      assert.ok(!text.includes(de['offers.sampleListNotice']), `${file}: says the list holds examples`);
    }
    assert.ok(fragments > real.length, 'the search index was read');
    const sitemaps = readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f));
    assert.ok(sitemaps.length > 0);
    for (const f of sitemaps)
      for (const slug of samples) assert.ok(!readFileSync(join(dist, f), 'utf8').includes(`/${slug}/`), `${f}: ${slug}`);
    // The operator from the setting, with a link to write to.
    const impressum = parseHTML(readFileSync(join(dist, 'de/impressum/index.html'), 'utf8')).document;
    assert.ok(impressum.querySelector('#betreiber a[href="mailto:kontakt@musterverein.example"]'), 'the operator can be written to');
    assert.ok(impressum.querySelector('#betreiber')?.textContent.includes('65187 Wiesbaden'));
    assert.equal(impressum.querySelector('[data-operator-unset]'), null);

    // The search index holds the real entries only, and the finder filters them.
    const server = await serve({ root: dist, port: 0 });
    const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      /** @param {string} query */
      const results = async (query) => {
        await page.goto(`${origin}/de/angebote/?${query}`);
        await page.waitForFunction(() => {
          const status = document.getElementById('finder-status');
          return status && status.textContent !== '' && status.textContent !== document.getElementById('finder')?.dataset['loading'];
        });
        return page
          .locator('#finder-results a[data-card="title"]')
          .evaluateAll((as) => as.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname));
      };
      const all = await results('q=Deutsch');
      assert.ok(all.length > 0, 'a search finds real entries');
      for (const href of all) assert.ok(!samples.some((s) => href.includes(`/${s}/`)), `${href} is an example`);
      const kassel = await results(`region=${encodeURIComponent('Stadt Kassel')}`);
      // The region's own real entries and those for all of Hessen, nothing else.
      const expected = real
        .filter((slug) => {
          const text = readFileSync(`content/offers/de/${slug}.md`, 'utf8');
          return /^region:\s*stadt-kassel\s*$/m.test(text) || /^statewide:\s*true\s*$/m.test(text);
        })
        .map((slug) => `/de/angebote/${slug}/`);
      assert.ok(expected.includes('/de/angebote/beratung-stadt-kassel/') && expected.includes('/de/angebote/vhs-lernportal/'));
      assert.deepEqual(
        [...kassel].sort(),
        expected.sort(),
        "the region filter finds the region's contact point and the offers for all of Hessen",
      );
    } finally {
      await browser.close();
      server.closeAllConnections?.();
      server.close();
    }

    // `npm start` afterwards (default settings) does not serve the public build: it rebuilds with the examples.
    const example = samples[0] ?? '';
    const started = await startAndFetch(dir, `/de/angebote/${example}/`);
    assert.match(started.output, /Site settings changed since the last build: building/, started.output.slice(-2000));
    assert.equal(started.status, 200, `npm start serves the example ${example}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Runs scripts/start.mjs in a copy with the default settings on a free port, fetches one path once
 * it serves, and stops it.
 * @param {string} dir
 * @param {string} path
 * @returns {Promise<{ status: number, output: string }>}
 */
async function startAndFetch(dir, path) {
  const port = 43000 + Math.floor(Math.random() * 2000);
  /** @type {Record<string, string | undefined>} */
  const env = {
    ...process.env,
    PORT: String(port),
    PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    FORCE_COLOR: '0',
  };
  delete env['SITE_EXAMPLES'];
  delete env['SITE_OPERATOR'];
  delete env['SITE_URL'];
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: dir, env });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ d) => {
      output += d;
      if (output.includes(`http://localhost:${port}/`)) resolve(undefined);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => reject(new Error(`npm start ended (${code}):\n${output.slice(-2000)}`)));
  });
  try {
    await ready;
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, output };
  } finally {
    child.kill();
  }
}
