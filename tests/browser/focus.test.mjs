// Visible keyboard focus: the first Tab reaches the skip link, which appears on screen with a
// focus indicator, and Enter moves the focus to the main content. And a keyboard-only path
// through the course finder: focus order, a visible indicator on every stop, no focus trap.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus, finderSettled, pathOf } from './helpers.mjs';

const viewport = { width: 1280, height: 800 };

/**
 * The in-page helpers' types: an element the Tab key may reach (read like a form control where it
 * is one), its look without focus, and what the helpers keep on `window`.
 * @typedef {HTMLElement & Partial<Pick<HTMLInputElement, 'disabled' | 'type' | 'checked' | 'form' | 'name' | 'value'>>} Focusable
 * @typedef {{ outlineStyle: string, outlineWidth: string, boxShadow: string }} Look
 * @typedef {typeof window & { __unfocusedLook?: Map<Element, Look>, __describeForTest: (el: Focusable | null) => string }} TestWindow
 */

/**
 * In the page: the elements the Tab key can reach, in document order (the order sequential focus
 * navigation must follow when no tabindex > 0 is used): focusable, rendered, not inert, not in
 * a closed <details> (except its summary). Also records each one's look while it has no focus.
 */
function tabbablesInPage() {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]';
  const testWindow = /** @type {TestWindow} */ (window);
  const unfocused = (testWindow.__unfocusedLook ??= new Map());
  const all = [.../** @type {NodeListOf<Focusable>} */ (document.querySelectorAll(selector))].filter(
    (el) =>
      !el.disabled &&
      el.tabIndex >= 0 &&
      !el.closest('[inert]') &&
      el.checkVisibility({ visibilityProperty: true }) &&
      (el.tagName === 'SUMMARY' ? el.parentElement?.tagName === 'DETAILS' : !el.closest('details:not([open]) > :not(summary)')) &&
      !(
        el.tagName === 'INPUT' &&
        el.type === 'radio' &&
        !el.checked &&
        el.form?.querySelector(`input[type=radio][name="${el.name}"]:checked`)
      ),
  );
  for (const el of all) {
    if (el === document.activeElement || unfocused.has(el)) continue;
    const cs = getComputedStyle(el);
    unfocused.set(el, { outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, boxShadow: cs.boxShadow });
  }
  return all.map((el) => /** @type {TestWindow} */ (window).__describeForTest(el));
}

/** In the page: defines the one-line description of an element used to compare focus stops. */
function installDescribe() {
  /** @type {TestWindow} */ (window).__describeForTest = (el) => {
    if (!el || el === document.body) return '(body)';
    const tag = el.tagName.toLowerCase();
    const id = el.id ? `#${el.id}` : '';
    const href = el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '';
    // A checkbox is known by its value; a text field by its name (its value changes as one types).
    const value = el.name ? `[${el.name}${el.type === 'checkbox' || el.type === 'radio' ? `=${el.value}` : ''}]` : '';
    const region = el.closest('header, main, footer')?.tagName.toLowerCase() ?? 'body';
    return `${region} ${tag}${id}${href}${value} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };
}

/** In the page: the focused element's description, box, and focus indicator against its unfocused look. */
function focusedInPage() {
  const el = /** @type {Focusable} */ (document.activeElement);
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const look = { outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, boxShadow: cs.boxShadow };
  const before = /** @type {TestWindow} */ (window).__unfocusedLook?.get(el) ?? null;
  const outline = look.outlineStyle !== 'none' && parseFloat(look.outlineWidth) >= 2;
  const shadow = look.boxShadow !== 'none';
  return {
    key: /** @type {TestWindow} */ (window).__describeForTest(el),
    inFooter: !!el.closest('footer'),
    // Relative to the viewport (is it on screen?) and to the document (order; the page scrolls).
    box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height },
    page: { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left + scrollX, right: r.right + scrollX, width: r.width },
    viewport: { width: innerWidth, height: innerHeight },
    focusVisible: el.matches(':focus-visible'),
    look,
    before,
    indicator: (outline || shadow) && (!before || JSON.stringify(before) !== JSON.stringify(look)),
  };
}

/** @typedef {ReturnType<typeof focusedInPage>} Stop */

/**
 * Asserts that one focus stop is on screen and shows a focus indicator it does not have unfocused.
 * @param {Stop} stop
 * @param {string} where
 */
function assertVisibleFocus(stop, where) {
  assert.ok(stop.focusVisible, `${where}: ${stop.key} matches :focus-visible`);
  assert.ok(
    stop.indicator,
    `${where}: ${stop.key} shows no focus indicator (focused ${JSON.stringify(stop.look)}, unfocused ${JSON.stringify(stop.before)})`,
  );
  const { box, viewport } = stop;
  assert.ok(box.width > 0 && box.height > 0, `${where}: ${stop.key} is rendered (${JSON.stringify(box)})`);
  assert.ok(
    box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width,
    `${where}: ${stop.key} is scrolled into view (${JSON.stringify(box)})`,
  );
}

/**
 * Asserts that focus moved on in reading order on screen: the next stop lies below the previous
 * one, or on the same line further in the reading direction, or at the top of the next column
 * (wholly further in the reading direction, as in the two-column filter grid).
 * @param {Stop} prev
 * @param {Stop} next
 * @param {string} dir
 * @param {string} where
 */
function assertVisualOrder(prev, next, dir, where) {
  const a = prev.page;
  const b = next.page;
  const nextColumn = dir === 'rtl' ? b.right <= a.left : b.left >= a.right;
  assert.ok(b.bottom > a.top || nextColumn, `${where}: ${next.key} lies above the previous stop ${prev.key}, not in a next column`);
  const sameLine = b.top < a.bottom && a.top < b.bottom;
  if (sameLine) {
    const forward = dir === 'rtl' ? b.left + b.width / 2 <= a.left + a.width / 2 : b.left + b.width / 2 >= a.left + a.width / 2;
    assert.ok(forward, `${where}: on the same line, ${next.key} comes before ${prev.key} in the ${dir} reading direction`);
  }
}

describe('keyboard focus', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar'] });
    page = await (await env.browser.newContext({ viewport })).newPage();
  });
  after(async () => {
    await env?.close();
  });

  describe('visible keyboard focus', () => {
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
          before.width <= 1 ||
            before.height <= 1 ||
            /rect\(0px,? 0px,? 0px,? 0px\)/.test(before.clip) ||
            before.clipPath.startsWith('inset(50%'),
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
          return {
            outline: cs.outlineStyle,
            outlineWidth: parseFloat(cs.outlineWidth),
            shadow: cs.boxShadow,
            clip: cs.clip,
            clipPath: cs.clipPath,
            focusVisible: el.matches(':focus-visible'),
          };
        });
        assert.ok(style.focusVisible, 'the skip link matches :focus-visible');
        assert.ok(
          (style.outline !== 'none' && style.outlineWidth >= 2) || style.shadow !== 'none',
          `the focused skip link shows a focus indicator (${JSON.stringify(style)})`,
        );
        assert.ok(
          style.clipPath === 'none' && (style.clip === 'auto' || style.clip === ''),
          `the focused skip link is not clipped (${JSON.stringify(style)})`,
        );
        if (locale === 'ar') {
          assert.ok(box.x + box.width / 2 > viewport.width / 2, `in a right-to-left page the skip link appears at the right (x=${box.x})`);
        }

        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'Enter on the skip link moves focus to #main');
        assert.equal(new URL(page.url()).hash, '#main');
      });
    }
  });

  describe('keyboard-only path through the course finder', () => {
    for (const [locale, dir] of /** @type {[string, string][]} */ ([
      ['de', 'ltr'],
      ['ar', 'rtl'],
    ])) {
      it(`/${locale}/angebote/: search, filter, results and footer in order, always visibly focused, no trap; Enter opens a result`, async () => {
        await gotoStatus(page, `${env.origin}/${locale}/angebote/`);
        await page.evaluate(installDescribe);
        /** @type {Stop[]} */
        const stops = [];
        /** The index of the last stop in the tab order as last read. */
        let previousAt = 0;
        /**
         * Presses a key and records and checks the new focus stop.
         * @param {string} key
         * @param {string} where
         */
        const press = async (key, where) => {
          await page.keyboard.press(key);
          const stop = await page.evaluate(focusedInPage);
          assertVisibleFocus(stop, `${where} (${key})`);
          return stop;
        };
        /**
         * Tabs on until `done(stop)`; every stop must be the next tabbable element in document order.
         * The order is read again after each Tab: the result list grows in steps as its end comes
         * into view, so the element after the last result may be a result added meanwhile.
         * @param {(stop: Stop) => boolean} done
         * @param {string} where
         * @param {number} [max]
         */
        const tabUntil = async (done, where, max = 150) => {
          for (let i = 0; i < max; i++) {
            const before = stops.at(-1)?.key ?? '';
            const stop = await press('Tab', where);
            const expected = await page.evaluate(tabbablesInPage);
            // The previous stop, at or after where it was (a link may occur twice, e.g. a guide linked
            // in the text and again among the results; additions come after the stop, so its index holds).
            const from = expected.indexOf(before, Math.max(0, previousAt));
            const at = stops.length ? (from >= 0 ? from : expected.indexOf(before)) + 1 : 0;
            assert.ok(!stops.length || at > 0, `${where}: the previous stop ${before} is still in the page`);
            assert.equal(stop.key, expected[at], `${where}: Tab number ${i + 1} follows the document order`);
            previousAt = at;
            const last = stops.at(-1);
            if (last) assertVisualOrder(last, stop, dir, where);
            stops.push(stop);
            if (done(stop)) return stop;
          }
          throw new Error(`${where}: not reached after ${max} presses of Tab; last focus ${stops.at(-1)?.key}`);
        };

        // 1. From page load to the search field: skip link, header, navigation, breadcrumbs, field.
        await tabUntil((s) => s.key.includes('#finder-q'), 'page load to the search field', 40);
        assert.match(stops[0]?.key ?? '', /href="#main"/, 'the first stop is the skip link');
        await page.keyboard.type('Deutsch');
        await page.keyboard.press('Enter');
        const typed = await finderSettled(page);
        assert.ok(typed > 0, 'the query finds offers');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'finder-q', 'focus stays in the search field after Enter');

        // 2. On to the filters (a <details>): open them with Enter, tick the first choice with Space.
        await tabUntil((s) => s.key.includes(' summary'), 'search field to the filters', 5);
        await page.keyboard.press('Enter');
        assert.equal(
          await page.evaluate(() => /** @type {HTMLDetailsElement | null | undefined} */ (document.activeElement?.parentElement)?.open),
          true,
          'Enter opens the filters',
        );
        const box = await tabUntil((s) => s.key.includes(' input#filter-'), 'into the filters', 1);
        await page.keyboard.press('Space');
        await page.waitForURL((u) => [...u.searchParams.keys()].some((k) => k !== 'q'));
        assert.equal(
          await page.evaluate(() => /** @type {HTMLInputElement | null} */ (document.activeElement)?.checked),
          true,
          'Space ticks the focused filter',
        );
        const filtered = await finderSettled(page);
        assert.ok(filtered > 0 && filtered <= typed, `the filter narrows the results (${typed} to ${filtered})`);
        const focused = await page.evaluate(() =>
          /** @type {TestWindow} */ (window).__describeForTest(/** @type {Focusable | null} */ (document.activeElement)),
        );
        assert.equal(focused, box.key, 'focus stays on the ticked filter while the results change');

        // 3. Through the remaining filters to the first result, past every result to the footer.
        const firstResult = await tabUntil(
          (s) => s.key.startsWith('main a') && s.key.includes('/angebote/'),
          'filters to the first result',
        );
        const resultAt = stops.length - 1;
        await tabUntil((s) => s.inFooter, 'results to the footer (no focus trap)');

        // 4. Shift+Tab walks backwards, each stop the previous tabbable element in document order, to the
        // first result. The order is read again after each press, as forwards: results that came in
        // after the walk passed them (the list grows in steps) are stops on the way back too.
        const backStops = [stops.at(-1)];
        // Where the last stop is in the order; stops already passed may gain results after them, never before.
        let backAt = Number.MAX_SAFE_INTEGER;
        let lengthBefore = 0;
        for (let i = 0; backStops.at(-1)?.key !== firstResult.key; i++) {
          assert.ok(
            i < stops.length - resultAt + 100,
            `back from the footer: the first result is not reached after ${i} presses of Shift+Tab`,
          );
          const before = backStops.at(-1)?.key ?? '';
          const stop = await press('Shift+Tab', 'back from the footer');
          const expected = await page.evaluate(tabbablesInPage);
          // Results added meanwhile (even ahead of the focus) move the stop on by at most their number.
          const from = expected.lastIndexOf(before, backAt + Math.max(0, expected.length - lengthBefore));
          lengthBefore = expected.length;
          assert.ok(from > 0, `back from the footer: the previous stop ${before} is still in the page`);
          assert.equal(stop.key, expected[from - 1], `Shift+Tab returns to the previous stop in document order (${i + 1} back)`);
          backAt = from - 1;
          backStops.push(stop);
        }
        assert.ok(
          backStops.length - 1 >= stops.length - 1 - resultAt,
          'the way back passes at least every result passed on the way forward',
        );

        // 5. Enter opens the focused result.
        const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
        assert.ok(href, 'the focused result is a link');
        assert.ok(firstResult.key.includes(href));
        await Promise.all([page.waitForURL((u) => u.pathname === new URL(href, u).pathname), page.keyboard.press('Enter')]);
        assert.match(pathOf(page), new RegExp(`^/${locale}/angebote/[^/]+/$`), 'Enter opens an offer page');
      });
    }
  });
});
