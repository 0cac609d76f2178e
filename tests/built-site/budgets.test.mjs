// Performance budgets on the built site (sizes, never times): every HTML page's HTML + linked CSS
// (gzip) and its own JavaScript against scripts/bench/budgets.ts, the definition the bench also prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, assetsIn, overBudget, weighPage } from '../../scripts/bench/budgets.ts';
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
  const problems = overBudget(urlPathOf(file), weight, { htmlCssGzip: 1000, jsGzip: 0 });
  assert.equal(problems.length, 2);
  assert.match(
    problems[0] ?? '',
    new RegExp(`^/de/angebote/: HTML \\+ CSS is ${weight.html.gzip + weight.css.gzip} bytes gzip, budget 1000`),
  );
  assert.match(problems[1] ?? '', new RegExp(`^/de/angebote/: JavaScript is ${weight.js.gzip} bytes gzip, budget 0`));
});
