// axe-core (WCAG 2.0/2.1 A and AA) on every page template in German, Arabic (right to left) and
// Tigrinya (Ethiopic script), plus the two pages outside any language. One browser, one context
// and one reused page per language.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowserEnv, templateUrls, rootUrls, gotoStatus, getLocale } from './helpers.mjs';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** axe-core itself: the copy that @axe-core/playwright resolves. */
const require = createRequire(import.meta.url);
const axeSource = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const languages = ['de', 'ar', 'ti'];

/** One readable line per violation and node: rule, impact, target, HTML, summary. */
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
 * A context whose pages get axe-core at load time. AxeBuilder is then given a stub source, so it
 * does not send and compile the 550 kB script twice per analysis (a third faster in total).
 */
async function axeContext(browser) {
  const context = await browser.newContext();
  await context.addInitScript(axeSource);
  return context;
}

async function assertNoViolations(page, url) {
  await page.evaluate(() => document.fonts.ready);
  assert.equal(await page.evaluate(() => typeof window.axe?.run), 'function', 'axe-core is loaded in the page');
  // Legacy mode runs axe.run() in the page itself. The default mode opens and closes an extra
  // blank page per analysis (for cross-origin iframes, which this site does not have).
  const results = await new AxeBuilder({ page, axeSource: 'void 0' }).withTags(tags).setLegacyMode(true).analyze();
  assert.ok(results.passes.length > 0, `axe ran its checks on ${url}`);
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    report(url, results.violations),
  );
}

describe('axe-core: no WCAG 2.1 A/AA violations', () => {
  let env;

  before(async () => {
    env = await startBrowserEnv({ locales: languages });
    // Fail early, with a clear message, if one of the tested languages was not built.
    languages.forEach(getLocale);
  });
  after(async () => {
    await env?.close();
  });

  describe('pages outside a language', () => {
    let page;
    before(async () => {
      page = await (await axeContext(env.browser)).newPage();
    });
    for (const { id, url } of rootUrls()) {
      it(`${id}: ${url}`, async () => {
        await gotoStatus(page, env.origin + url);
        await assertNoViolations(page, url);
      });
    }
  });

  for (const locale of languages) {
    describe(`language ${locale}`, () => {
      let page;
      before(async () => {
        page = await (await axeContext(env.browser)).newPage();
      });
      for (const { id, url } of templateUrls(locale)) {
        it(`${id}: ${url}`, async () => {
          await gotoStatus(page, env.origin + url);
          await assertNoViolations(page, url);
        });
      }
      // The search page's JavaScript UI only shows its results after typing: check that state too.
      it(`search with results shown (${locale})`, async () => {
        const url = `/${locale}/suche/`;
        await gotoStatus(page, env.origin + url);
        await page.locator('#finder-q').fill('Deutsch');
        await page.locator('#finder-results li').first().waitFor({ timeout: 10_000 });
        await assertNoViolations(page, `${url} (after searching "Deutsch")`);
      });
    });
  }
});
