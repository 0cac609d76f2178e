// Visible keyboard focus: the first Tab reaches the skip link, which appears on screen with a
// focus indicator, and Enter moves the focus to the main content.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus } from './helpers.mjs';

const viewport = { width: 1280, height: 800 };

describe('visible keyboard focus', () => {
  let env;
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar'] });
    page = await (await env.browser.newContext({ viewport })).newPage();
  });
  after(async () => {
    await env?.close();
  });

  for (const locale of ['de', 'ar']) {
    it(`/${locale}/: Tab focuses the visible skip link, Enter moves focus to #main`, async () => {
      await gotoStatus(page, `${env.origin}/${locale}/`);
      const skip = page.locator('body > a[href="#main"]').first();
      assert.equal(await skip.count(), 1, 'the page has a skip link to #main');
      const before = await skip.evaluate((el) => {
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return { clip: cs.clip, clipPath: cs.clipPath, width: r.width, height: r.height };
      });
      assert.ok(
        before.width <= 1 || before.height <= 1 || /rect\(0px,? 0px,? 0px,? 0px\)/.test(before.clip) || before.clipPath.startsWith('inset(50%'),
        `the skip link is visually hidden before it has focus (${JSON.stringify(before)})`,
      );

      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('href')),
        '#main',
        `the first Tab on /${locale}/ focuses the skip link`,
      );
      const box = await skip.boundingBox();
      assert.ok(box && box.width > 10 && box.height > 10, `the focused skip link has a visible size (${JSON.stringify(box)})`);
      assert.ok(
        box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
        `the focused skip link lies inside the viewport (${JSON.stringify(box)})`,
      );
      const style = await skip.evaluate((el) => {
        const cs = getComputedStyle(el);
        return { outline: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth), shadow: cs.boxShadow, clip: cs.clip, clipPath: cs.clipPath, focusVisible: el.matches(':focus-visible') };
      });
      assert.ok(style.focusVisible, 'the skip link matches :focus-visible');
      assert.ok(
        (style.outline !== 'none' && style.outlineWidth >= 2) || style.shadow !== 'none',
        `the focused skip link shows a focus indicator (${JSON.stringify(style)})`,
      );
      assert.ok(style.clipPath === 'none' && (style.clip === 'auto' || style.clip === ''), `the focused skip link is not clipped (${JSON.stringify(style)})`);
      if (locale === 'ar') {
        assert.ok(box.x + box.width / 2 > viewport.width / 2, `in a right-to-left page the skip link appears at the right (x=${box.x})`);
      }

      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'Enter on the skip link moves focus to #main');
      assert.equal(new URL(page.url()).hash, '#main');
    });
  }
});
