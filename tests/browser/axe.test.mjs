// The accessibility matrix: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page
// template in EVERY built language (read from the build, so a new language is covered without an
// edit here), the 404 pages as visitors meet them (status 404 at a missing address), the finder
// (/<lang>/angebote/ and /<lang>/suche/) with results shown and with an empty result, the pages
// outside any language, the editors' page and the Leichte Sprache pages.
// One browser; one context and one reused page per language; axe-core injected at page load.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import {
  startBrowserEnv,
  templateUrls,
  rootUrls,
  editorUrls,
  readLocales,
  gotoStatus,
  finderSettled,
  wcagTags,
  oneLanguagePerScript,
} from './helpers.mjs';

/** axe-core itself: the copy that @axe-core/playwright resolves. */
const require = createRequire(import.meta.url);
const axeSource = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/** Leichte Sprache (easy German) exists in German only; the first one is also a template. */
const easyGermanUrls = ['/de/leichte-sprache/', '/de/leichte-sprache-programm/', '/de/leichte-sprache-deutschkurs/'];
/** A word that occurs in every language's offers (a German place name), and one that occurs nowhere. */
const foundWord = 'Gießen';
const nonsenseWord = 'qxzvbnmwk';
/**
 * The pages with the finder UI: the course finder in every language; the site search (the same
 * component without filters) in one language per writing system.
 * @param {string} l
 * @param {boolean} representative
 */
const finderPages = (l, representative) => (representative ? [`/${l}/angebote/`, `/${l}/suche/`] : [`/${l}/angebote/`]);

/** @type {string[]} */
let localeCodes = [];
/** @type {unknown} */
let localeError;
try {
  localeCodes = readLocales().map((l) => l.code);
} catch (error) {
  localeError = error;
}

/**
 * One readable line per violation and node: rule, impact, target, HTML, summary.
 * @param {string} url
 * @param {Awaited<ReturnType<AxeBuilder['analyze']>>['violations']} violations
 */
function report(url, violations) {
  const lines = [`${violations.length} axe violation(s) on ${url}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    target: ${JSON.stringify(node.target)}`);
      lines.push(`    html:   ${node.html.slice(0, 200)}`);
      if (node.failureSummary) lines.push(`    ${node.failureSummary.replace(/\n/g, '\n    ')}`);
    }
  }
  return lines.join('\n');
}

/**
 * A page whose documents get axe-core at load time. AxeBuilder is then given a stub source, so it
 * does not send and compile the 550 kB script twice per analysis (a third faster in total).
 * @param {import('playwright-core').Browser} browser
 */
async function axePage(browser) {
  const context = await browser.newContext();
  await context.addInitScript(axeSource);
  return context.newPage();
}

/**
 * Colour contrast (axe's slowest rule, a third of its time) depends on the stylesheet, which is the
 * same in every language, and on the script's glyphs: it runs in one language per writing system
 * (`contrast: false` elsewhere). Every other rule runs on every page in every language.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {{ contrast: boolean }} [rules]
 */
async function assertNoViolations(page, url, { contrast } = { contrast: true }) {
  await page.evaluate(() => document.fonts.ready);
  assert.equal(
    await page.evaluate(() => {
      const withAxe = /** @type {typeof window & { axe?: { run?: unknown } }} */ (window);
      return typeof withAxe.axe?.run;
    }),
    'function',
    'axe-core is loaded in the page',
  );
  // Legacy mode runs axe.run() in the page itself. The default mode opens and closes an extra
  // blank page per analysis (for cross-origin iframes, which this site does not have).
  // resultTypes: passes and other non-violations carry one node per rule instead of every node,
  // which keeps the result small to serialise (violations still list every node).
  const results = await new AxeBuilder({ page, axeSource: 'void 0' })
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    .disableRules(contrast ? [] : ['color-contrast'])
    .setLegacyMode(true)
    .analyze();
  assert.ok(results.passes.length > 0, `axe ran its checks on ${url}`);
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    report(url, results.violations),
  );
}

/**
 * Opens the finder with a query in the URL (as a shared link does), waits until the status line
 * announces the outcome, and opens the filters so that axe sees every control.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {string} url
 * @param {string} q
 * @param {{ expectResults: boolean }} expectation
 */
async function openFinder(page, origin, url, q, { expectResults }) {
  await gotoStatus(page, `${origin}${url}?${new URLSearchParams({ q })}`);
  const total = await finderSettled(page);
  const status = (await page.locator('#finder-status').textContent()) ?? '';
  const noResults = await page.locator('#finder').getAttribute('data-no-results');
  if (expectResults) {
    assert.ok(total > 0, `${url}: "${q}" finds something (status: "${status}")`);
    assert.ok((await page.locator('#finder-results > li').count()) > 0, `${url}: the results are listed`);
  } else {
    assert.equal(total, 0, `${url}: "${q}" finds nothing`);
    assert.equal(status, noResults, `${url}: the empty-result message is shown`);
    assert.ok(await page.locator('#finder-status').isVisible(), `${url}: the empty-result message is visible`);
  }
  await page.evaluate(() =>
    /** @type {NodeListOf<HTMLDetailsElement>} */ (document.querySelectorAll('#finder-form details')).forEach((d) => (d.open = true)),
  );
}

// Two languages at a time (each with its own page; the tests within one run in order): the
// browser and axe work in parallel with the test process, which halves the run time on 2 cores.
describe('axe-core: no WCAG 2.0/2.1/2.2 A/AA violations', { concurrency: 2 }, () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;

  before(async () => {
    if (localeError) throw localeError;
    env = await startBrowserEnv({ locales: localeCodes });
  });
  after(async () => {
    await env?.close();
  });

  it('covers every built language', () => {
    if (localeError) throw localeError;
    assert.ok(localeCodes.length >= 12, `the build has ${localeCodes.length} languages: ${localeCodes.join(', ')}`);
  });

  describe('pages outside a language, the editors\u2019 page, Leichte Sprache', { concurrency: 1 }, () => {
    /** @type {import('playwright-core').Page} */
    let page;
    before(async () => {
      page = await axePage(env.browser);
    });
    /** @type {{ id: string, url: string, template?: import('../../src/lib/site/routes.ts').SamplePage }[]} */
    const urls = [...rootUrls(), ...editorUrls, ...easyGermanUrls.slice(1).map((url) => ({ id: 'Leichte Sprache', url }))];
    for (const { id, url, template } of urls) {
      // (The root pages' paths take no language.)
      const [address, status] = template?.missing ? [template.missing(''), 404] : [url, 200];
      it(`${id}: ${address} (status ${status})`, async () => {
        await gotoStatus(page, env.origin + address, status);
        await assertNoViolations(page, `${address} (${status})`);
      });
    }
  });

  const representatives = new Set(oneLanguagePerScript(localeCodes));
  it('checks colour contrast and the site search in one language per writing system', () => {
    if (localeError) throw localeError;
    assert.deepEqual([...representatives], ['de', 'ar', 'uk', 'ti']);
  });

  for (const locale of localeCodes) {
    const contrast = representatives.has(locale);
    describe(`language ${locale}${contrast ? ' (with colour contrast)' : ''}`, { concurrency: 1 }, () => {
      /** @type {import('playwright-core').Page} */
      let page;
      before(async () => {
        page = await axePage(env.browser);
      });
      // The 404 page is checked as visitors meet it: at a missing address, with status 404.
      for (const { id, url, template } of templateUrls(locale)) {
        const [address, status] = template.missing ? [template.missing(locale), 404] : [url, 200];
        it(`${id}: ${address} (status ${status})`, async () => {
          await gotoStatus(page, env.origin + address, status);
          await assertNoViolations(page, `${address} (${status})`, { contrast });
        });
      }
      for (const url of finderPages(locale, contrast)) {
        it(`finder with results shown: ${url}?q=${foundWord}`, async () => {
          await openFinder(page, env.origin, url, foundWord, { expectResults: true });
          await assertNoViolations(page, `${url} (results for "${foundWord}")`, { contrast });
        });
        it(`finder with an empty result: ${url}?q=${nonsenseWord}`, async () => {
          await openFinder(page, env.origin, url, nonsenseWord, { expectResults: false });
          await assertNoViolations(page, `${url} (no results for "${nonsenseWord}")`, { contrast });
        });
      }
    });
  }
});
