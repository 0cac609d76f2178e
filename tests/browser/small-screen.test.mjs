// 320 CSS pixels wide (WCAG 1.4.10 Reflow: 1280 px at 400 % zoom): no horizontal scrolling.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, templateUrls, rootUrls, readLocales, gotoStatus } from './helpers.mjs';

const width = 320;
const pages = ['/de/angebote/beispiel-deutschkurs-giessen/', '/ar/', '/de/regionen/landkreis-giessen/'];

describe(`${width} px wide: no horizontal scrolling`, () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar'] });
    const context = await env.browser.newContext({ viewport: { width, height: 640 }, deviceScaleFactor: 1 });
    page = await context.newPage();
  });
  after(async () => {
    await env?.close();
  });

  /** The document's scroll width, and the outermost elements that stick out of the viewport (for the report). */
  async function measure() {
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate((vw) => {
      const reported = new Set();
      const wide = [];
      for (const el of document.body.querySelectorAll('*')) {
        // Contents of a closed <details> are not rendered; descendants of a reported element add nothing.
        if (el.closest('details:not([open]) > :not(summary)')) continue;
        // Visually hidden (clipped) text such as the skip link before it is focused.
        if (el.matches('.sr-only:not(:focus)')) continue;
        if (el.parentElement && reported.has(el.parentElement)) {
          reported.add(el);
          continue;
        }
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) {
          reported.add(el);
          const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          wide.push(`<${el.tagName.toLowerCase()}${cls}> x ${Math.round(r.left)}..${Math.round(r.right)}: ${el.outerHTML.slice(0, 120)}`);
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10) };
    }, width);
  }

  /**
   * @param {{ scrollWidth: number, wide: string[] }} measured
   * @param {string} where
   */
  function assertFits({ scrollWidth, wide }, where) {
    assert.ok(
      scrollWidth <= width,
      `${where}: document.documentElement.scrollWidth is ${scrollWidth} > ${width}. Elements sticking out:\n  ${wide.join('\n  ')}`,
    );
  }

  /**
   * Opens the language picker and returns where its list lies, or a failure message.
   * @param {string} where
   */
  async function openPickerProblem(where) {
    await page.locator('details.language-picker summary').click();
    await page.locator('details.language-picker ul').waitFor({ state: 'visible' });
    const { scrollWidth, wide } = await measure();
    if (scrollWidth > width)
      return `${where} with the language picker open: scrollWidth ${scrollWidth}; sticking out:\n    ${wide.join('\n    ')}`;
    // Overflow towards the start of a left-to-right page or the end of a right-to-left page does
    // not scroll, it is cut off: scrollWidth cannot see it, so check the open list's box too.
    const box = await page.locator('details.language-picker ul').boundingBox();
    if (!box) return `${where}: the open language list is not rendered`;
    if (box.x < -0.5 || box.x + box.width > width + 0.5) {
      return (
        `${where}: the open language list spans x ${Math.round(box.x)}..${Math.round(box.x + box.width)}, ` +
        `outside the ${width} px viewport: part of it is cut off and cannot be scrolled to`
      );
    }
    return null;
  }

  for (const path of pages) {
    it(`${path} fits, also with the language picker open`, async () => {
      await gotoStatus(page, env.origin + path);
      assert.equal(await page.evaluate(() => window.innerWidth), width, 'the viewport is 320 CSS px wide');
      assertFits(await measure(), path);
      const problem = await openPickerProblem(path);
      assert.ok(problem === null, problem ?? '');
    });
  }

  it('every other template in de and ar fits too', async () => {
    const failures = [];
    const urls = [...rootUrls(), ...['de', 'ar'].flatMap((l) => templateUrls(l))].map((u) => u.url).filter((u) => !pages.includes(u));
    for (const url of urls) {
      await gotoStatus(page, env.origin + url);
      const result = await measure();
      if (result.scrollWidth > width)
        failures.push(`${url}: scrollWidth ${result.scrollWidth}; sticking out:\n    ${result.wide.join('\n    ')}`);
    }
    assert.equal(failures.length, 0, `pages wider than ${width} px:\n${failures.join('\n')}`);
  });

  // Labels differ in length per language, so the header and the contact data (the widest
  // content) are checked in every built language.
  it('every language: the open language picker and a region page with contact data fit', async () => {
    const failures = [];
    for (const { code } of readLocales()) {
      await gotoStatus(page, `${env.origin}/${code}/`);
      const problem = await openPickerProblem(`/${code}/`);
      if (problem) failures.push(problem);
      const region = `/${code}/regionen/landkreis-giessen/`;
      await gotoStatus(page, env.origin + region);
      const result = await measure();
      if (result.scrollWidth > width)
        failures.push(`${region}: scrollWidth ${result.scrollWidth}; sticking out:\n    ${result.wide.join('\n    ')}`);
    }
    assert.equal(failures.length, 0, `${failures.length} problem(s) at ${width} px:\n${failures.join('\n')}`);
  });

  // The site name is the home page's <h1>. This Chromium has no hyphenation dictionaries, so a
  // word too wide for the line is cut anywhere ("Integrationskomp / ass"): the heading size must
  // leave room for the longest word of the name in every language.
  it('every language: the home page heading breaks between words, never inside one', async () => {
    const failures = [];
    for (const { code } of readLocales()) {
      await gotoStatus(page, `${env.origin}/${code}/`);
      await page.evaluate(() => document.fonts.ready);
      const split = await page.evaluate(() => {
        const h1 = document.querySelector('main h1');
        const text = h1?.firstChild;
        if (!h1 || text?.nodeType !== Node.TEXT_NODE) return ['(no plain-text <h1> found)'];
        const words = [];
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          // A word on one line has one box (per line it touches).
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) words.push(match[0]);
        }
        return words;
      });
      if (split.length) failures.push(`/${code}/: ${split.join(', ')}`);
    }
    assert.deepEqual(failures, [], `words cut inside at ${width} px:\n${failures.join('\n')}`);
  });
});
