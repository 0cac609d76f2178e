// Performance budgets on the built site (sizes, never times): every HTML page's HTML + linked CSS
// (gzip), its own JavaScript, and its first visit (those plus the font files it shows) against
// scripts/bench/budgets.ts, the definition the bench also prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, assetsIn, firstVisitOf, overBudget, weighPage } from '../../scripts/bench/budgets.ts';
import { templateOf } from '../../src/lib/site/routes.ts';
import { assertBuilt, htmlFiles, urlPathOf, DIST } from './helpers.mjs';

assertBuilt();

const readAsset = assetsIn(DIST);
const weights = htmlFiles().map((file) => ({
  file,
  template: templateOf(file),
  weight: weighPage(readFileSync(join(DIST, file), 'utf8'), urlPathOf(file), readAsset),
}));

test('every page stays within its HTML + CSS and JavaScript budgets', () => {
  const problems = weights.flatMap(({ file, template, weight }) =>
    overBudget(`${urlPathOf(file)} (${template})`, weight, BUDGETS[template]),
  );
  assert.deepEqual(problems, [], `${problems.length} budget(s) exceeded:\n${problems.join('\n')}`);
});

test('the budgets are measured from real pages: every template is present and pages link CSS', () => {
  const templates = new Set(weights.map((w) => w.template));
  assert.deepEqual([...templates].sort(), Object.keys(BUDGETS).sort());
  for (const { file, weight } of weights) assert.ok(weight.css.gzip > 0, `${file}: links no stylesheet`);
  // The finder's own script is counted; content pages reference none.
  const finder = weights.find((w) => w.file === 'de/angebote/index.html');
  const programme = weights.find((w) => w.file === 'de/programm/index.html');
  assert.ok(finder && programme, 'the finder and the programme page are built');
  assert.ok(finder.weight.js.gzip > 0, 'the finder page should reference its script');
  assert.equal(programme.weight.scripts.length, 0);
});

test('an exceeded budget is reported with page, measured bytes and budget', () => {
  const finder = weights.find((w) => w.file === 'de/angebote/index.html');
  assert.ok(finder, 'the finder page is built');
  const { file, weight } = finder;
  const problems = overBudget(urlPathOf(file), weight, { htmlCssGzip: 1000, jsGzip: 0, firstVisit: 2000 });
  assert.equal(problems.length, 3);
  assert.match(
    problems[0] ?? '',
    new RegExp(`^/de/angebote/: HTML \\+ CSS is ${weight.html.gzip + weight.css.gzip} bytes gzip, budget 1000`),
  );
  assert.match(
    problems[1] ?? '',
    new RegExp(
      `^/de/angebote/: a first visit is ${firstVisitOf(weight)} bytes, budget 2000 \\(HTML ${weight.html.gzip}, CSS ${weight.css.gzip}, JS ${weight.js.gzip}, fonts ${weight.fonts.raw}: /_astro/`,
    ),
  );
  assert.match(problems[2] ?? '', new RegExp(`^/de/angebote/: JavaScript is ${weight.js.gzip} bytes gzip, budget 0`));
});

test('a first visit counts the font files the page shows: German pages the Latin subset, Arabic and Ethiopic pages their own, none of another script', () => {
  const fontsOf = (/** @type {string} */ file) => {
    const page = weights.find((w) => w.file === file);
    assert.ok(page, `${file} is built`);
    return page.weight.fontFiles.map((url) => url.replace(/^\/_astro\/|\.[\w-]+\.woff2$/g, ''));
  };
  assert.deepEqual(fontsOf('de/programm/index.html'), ['noto-sans-latin-core']);
  assert.ok(
    fontsOf('ar/programm/index.html').every((f) => f.startsWith('noto-sans-arabic-')),
    'Arabic pages load Arabic files only',
  );
  assert.ok(
    fontsOf('ti/programm/index.html').every((f) => f.startsWith('noto-sans-ethiopic-')),
    'Ethiopic pages load Ethiopic files only',
  );
  assert.ok(fontsOf('ru/programm/index.html').includes('noto-sans-cyrillic-core'), 'Russian pages load the Cyrillic subset');
  for (const { file, weight } of weights) {
    assert.equal(firstVisitOf(weight), weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.fonts.raw, file);
  }
});
