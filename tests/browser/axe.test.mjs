// axe-core (WCAG 2.0/2.1 A and AA) on every page template in German, Arabic (right to left) and
// Tigrinya (Ethiopic script), plus the two pages outside any language. One browser, one context
// and one reused page per language.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowserEnv, templateUrls, rootUrls, gotoStatus, getLocale } from './helpers.mjs';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
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

async function assertNoViolations(page, url) {
  await page.evaluate(() => document.fonts.ready);
  // Legacy mode runs axe.run() in the page itself. The default mode opens and closes an extra
  // blank page per analysis (for cross-origin iframes, which this site does not have): 3× slower.
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
  if (results.violations.length) console.log(report(url, results.violations));
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    report(url, results.violations),
  );
}

// The languages run side by side (each in its own context and page) to keep the run short.
describe('axe-core: no WCAG 2.1 A/AA violations', { concurrency: true }, () => {
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
      page = await (await env.browser.newContext()).newPage();
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
        page = await (await env.browser.newContext()).newPage();
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
        await page.locator('pagefind-input input').fill('Deutsch');
        await page.locator('pagefind-results li').first().waitFor({ timeout: 10_000 });
        await assertNoViolations(page, `${url} (after searching "Deutsch")`);
      });
    });
  }
});
