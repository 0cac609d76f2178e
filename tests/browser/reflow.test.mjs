// Text at 200 % and 400 % on a 320 px screen (WCAG 1.4.4 Resize Text, 1.4.10 Reflow): the offer
// page and the finder (filters open, and with results) reflow without loss in de, fa, ar and ti.
// Text-only zoom is emulated by the root font size: every size in the CSS is in rem (Tailwind),
// and the container queries that stack the facts lists are in rem too, so they follow it.
// "Without loss" is measured two ways: nothing makes the page scroll sideways, and no text is
// cut off, neither by a box that hides its overflow nor by lying outside the screen.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserEnv, gotoStatus, finderSettled, resultsDir } from './helpers.mjs';

const width = 320;
const languages = ['de', 'fa', 'ar', 'ti'];
const scales = [200, 400];
const OFFER = 'beispiel-deutschkurs-giessen';

/**
 * The states to check, each a URL and what to do once it is loaded.
 * @type {{ id: string, path: (lang: string) => string, prepare?: (page: import('playwright-core').Page) => Promise<void> }[]}
 */
const states = [
  { id: 'offer page', path: (l) => `/${l}/angebote/${OFFER}/` },
  {
    id: 'finder, filters open',
    path: (l) => `/${l}/angebote/`,
    prepare: async (page) => {
      // Every disclosure of the finder (the filter panel and its groups), not the language picker.
      await page.locator('#finder details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
    },
  },
  {
    id: 'finder with results',
    path: (l) => `/${l}/angebote/?q=Deutschkurs`,
    prepare: async (page) => {
      const total = await finderSettled(page);
      assert.ok(total > 0, `the search "Deutschkurs" has results on ${page.url()}`);
    },
  },
];

describe(`${width} px wide, text at ${scales.join(' % and ')} %: offer and finder reflow without loss`, () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: languages });
    const context = await env.browser.newContext({ viewport: { width, height: 640 }, deviceScaleFactor: 1 });
    page = await context.newPage();
    mkdirSync(resultsDir, { recursive: true });
  });
  after(async () => {
    await env?.close();
  });

  /**
   * What does not fit: the document's scroll width, boxes that cut their text off and text
   * outside the viewport (first ten of each, for the message).
   */
  async function problems() {
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate((vw) => {
      /** @param {Element} el */
      const describe = (el) => {
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `<${el.tagName.toLowerCase()}${cls}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      };
      /** Visually hidden on purpose (the skip link before focus, hidden headings): clipped by design. @param {Element} el */
      const visuallyHidden = (el) => Boolean(el.closest('.sr-only:not(:focus)'));
      const clipped = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (!(el instanceof HTMLElement) || !el.checkVisibility({ visibilityProperty: true }) || visuallyHidden(el)) continue;
        // Form fields scroll their own value; the placeholder is checked by the finder's tests.
        if (el.matches('input, textarea, select')) continue;
        const cs = getComputedStyle(el);
        const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
        const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
        if (!hidesX && !hidesY) continue;
        if (!(el.textContent ?? '').trim()) continue;
        if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
          clipped.push(`${describe(el)} shows ${el.clientWidth}x${el.clientHeight} of ${el.scrollWidth}x${el.scrollHeight}`);
        }
      }
      // Every rendered piece of text lies inside the viewport's width.
      const outside = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim()) continue;
        if (!parent.checkVisibility({ visibilityProperty: true }) || visuallyHidden(parent) || parent.closest('template, script, style'))
          continue;
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width > 0 && (r.left < -0.5 || r.right > vw + 0.5)) {
            outside.push(
              `"${(node.textContent ?? '').trim().slice(0, 40)}" at x ${Math.round(r.left)}..${Math.round(r.right)} in ${describe(parent)}`,
            );
            break;
          }
        }
      }
      // Text that fits only because it is broken letter by letter is lost too (a facts list squeezed
      // into a column one or two letters wide): every block whose text wraps is at least 2.5 em wide,
      // or 40 % of the screen where that is less (at 400 % text 2.5 em is half of a 320 px screen).
      const narrow = [];
      const seen = new Set();
      const walker2 = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker2.nextNode(); node; node = walker2.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim()) continue;
        if (!parent.checkVisibility({ visibilityProperty: true }) || visuallyHidden(parent) || parent.closest('template, script, style'))
          continue;
        let block = parent;
        while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        if (seen.has(block)) continue;
        seen.add(block);
        const cs = getComputedStyle(block);
        const inner = block.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const em = parseFloat(getComputedStyle(parent).fontSize);
        // A short text that fits on one line needs no more room (a count "(3)", a level "A1").
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        if (inner + 0.5 < Math.min(2.5 * em, 0.4 * vw) && lines > 1)
          narrow.push(`${describe(block)} is ${Math.round(inner)} px wide for ${Math.round(em)} px text`);
      }
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        clipped,
        outside,
        narrow,
      };
    }, width);
  }

  for (const lang of languages) {
    for (const state of states) {
      for (const scale of scales) {
        it(`${lang}: ${state.id} at ${scale} % text`, async () => {
          await gotoStatus(page, `${env.origin}${state.path(lang)}`);
          await state.prepare?.(page);
          // CSSOM, not a style element: the page's CSP would refuse an inline style sheet.
          await page.evaluate((s) => {
            document.documentElement.style.fontSize = `${s}%`;
          }, scale);
          const found = await problems();
          const file = join(resultsDir, `reflow-${lang}-${state.id.replace(/\W+/g, '-')}-${scale}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const where = `${lang}, ${state.id}, ${scale} % text at ${width} px (screenshot ${file})`;
          assert.ok(
            found.scrollWidth <= found.clientWidth,
            `${where}: the page scrolls sideways (scrollWidth ${found.scrollWidth} > clientWidth ${found.clientWidth}); text outside the screen:\n  ${found.outside.slice(0, 10).join('\n  ')}`,
          );
          assert.deepEqual(found.clipped.slice(0, 10), [], `${where}: text cut off by a box that hides its overflow`);
          assert.deepEqual(found.outside.slice(0, 10), [], `${where}: text outside the ${width} px screen`);
          assert.deepEqual(
            found.narrow.slice(0, 10),
            [],
            `${where}: text squeezed into a narrow column (under 2.5 em and under 40 % of the screen)`,
          );
        });
      }
    }
  }
});
