// The post-build scan for active content (src/integrations/distScan.ts) over the built site:
// 1. the real dist/ is clean, and every HTML file in it was scanned;
// 2. active content planted into copies of real pages is found, with file, line and element;
// 3. a real build of a project copy with a page that outputs an <iframe> (a page in src/pages/, so
//    that no content rule stops it first) fails with the German message and publishes nothing.
//    It builds the whole site (about 20 s here) in a copy made by tests/project-copy.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scanSite } from '../../src/integrations/distScan.ts';
import { copyProject, PROJECT_ROOT as root, runNode } from '../project-copy.mjs';
import { assertBuilt, htmlFiles, DIST, SITE } from './helpers.mjs';

assertBuilt();
const fixtures = join(root, 'tests/fixtures/active-content');

test('the built site has no active content, and every HTML file was scanned', () => {
  const started = performance.now();
  const scan = scanSite(DIST, { siteOrigin: SITE });
  const ms = Math.round(performance.now() - started);
  assert.deepEqual(
    scan.findings.map((f) => f.message),
    [],
  );
  assert.deepEqual([...scan.files].sort(), [...htmlFiles()].sort());
  assert.ok(scan.files.length > 1000, `expected the whole site (over 1,000 pages), scanned ${scan.files.length}`);
  console.log(`# scanned ${scan.files.length} HTML files in ${ms} ms`);
});

test('active content planted into copies of real pages is found, with file, line and element', () => {
  const copy = mkdtempSync(join(tmpdir(), 'ik-active-'));
  try {
    const pages = [
      'index.html',
      'de/index.html',
      'ar/404.html',
      htmlFiles().find((f) => f.startsWith('de/angebote/') && f !== 'de/angebote/index.html'),
    ];
    /** @type {Record<string, { fixture: string, rules: string[], elements: string[] }>} */
    const planted = {
      'de/index.html': { fixture: 'second-line-handler.html', rules: ['event-handler'], elements: ['<a onclick="alert(1)">'] },
      'ar/404.html': {
        fixture: 'srcdoc.html',
        rules: ['embedding', 'srcdoc'],
        elements: ['<iframe>', '<iframe srcdoc="<script>alert(1)</script>">'],
      },
    };
    const offer = pages[3];
    assert.ok(offer, 'an offer page');
    planted[offer] = { fixture: 'tab-split-javascript.html', rules: ['url-scheme'], elements: ['<a href="java[U+0009]script:alert(1)">'] };
    /** @type {Record<string, number>} line of the planted snippet's first line */
    const lineOf = {};
    for (const page of pages) {
      if (!page) continue;
      mkdirSync(dirname(join(copy, page)), { recursive: true });
      let html = readFileSync(join(DIST, page), 'utf8');
      const plant = planted[page];
      if (plant) {
        // Right after <main …>: the place where content is rendered.
        const at = html.indexOf('>', html.indexOf('<main')) + 1;
        assert.ok(at > 0, `${page} has a <main>`);
        lineOf[page] = html.slice(0, at).split('\n').length;
        html = `${html.slice(0, at)}${readFileSync(join(fixtures, plant.fixture), 'utf8')}${html.slice(at)}`;
      }
      writeFileSync(join(copy, page), html);
    }
    const scan = scanSite(copy, { siteOrigin: SITE });
    assert.equal(scan.files.length, 4);
    for (const [page, plant] of Object.entries(planted)) {
      const found = scan.findings.filter((f) => f.file === `dist/${page}`);
      assert.deepEqual(
        found.map((f) => f.rule),
        plant.rules,
        page,
      );
      assert.deepEqual(
        found.map((f) => f.element),
        plant.elements,
      );
      for (const f of found) {
        assert.ok(f.line >= (lineOf[page] ?? 0), `${page}: line ${f.line} at or after the planted snippet`);
        assert.ok(f.message.startsWith(`dist/${page}, Zeile ${f.line}, Spalte ${f.col}: ${f.element} ist aktiver Inhalt`), f.message);
      }
    }
    // The page left as built stays clean, and nothing else was found.
    assert.equal(scan.findings.length, Object.values(planted).flatMap((p) => p.rules).length);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a build whose page outputs an <iframe> fails with the German message and publishes nothing', { timeout: 180_000 }, async () => {
  const dir = copyProject('active-build');
  try {
    // A page no content rule looks at: only the scan after the build can stop it.
    writeFileSync(
      join(dir, 'src/pages/probe-aktiver-inhalt.astro'),
      '<html lang="de">\n<head><title>Probe</title></head>\n<body>\n<main>\n<iframe src="https://example.com/" title="x"></iframe>\n</main>\n</body>\n</html>\n',
    );
    const { code, output } = await runNode(dir, ['scripts/build.mjs']);
    assert.notEqual(code, 0, `the build should fail:\n${output.slice(-3000)}`);
    // Astro writes the page on one line (compressHTML), so the column is what locates the element.
    assert.match(
      output,
      /dist\/probe-aktiver-inhalt\/index\.html, Zeile 1, Spalte \d+: <iframe> ist aktiver Inhalt und darf nicht veröffentlicht werden\./,
      `message with file, line and element:\n${output.slice(-3000)}`,
    );
    assert.match(output, /Prüfung auf aktive Inhalte: 1 Fund in 1 von \d+ HTML-Dateien\. Der Build ist abgebrochen/);
    assert.equal(existsSync(join(dir, 'dist')), false, 'a failed build must not leave a dist/ behind');
    assert.equal(existsSync(join(dir, '.dist-staging')), false, 'nor its staging folder');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
