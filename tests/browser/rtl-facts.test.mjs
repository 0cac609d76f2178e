// Facts lists (<dl>) in right-to-left pages: every value starts at the start (right) edge of its
// <dd>, beside its label, also when it is German or an address (isolated left to right inside),
// never at the far left a page-width away. Offer pages ("How to take part", "At a glance") and a
// region page (contact cards), in ar, fa and ps, on a phone and on a desktop.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus } from './helpers.mjs';

const languages = ['ar', 'fa', 'ps'];
const paths = [
  '/angebote/beispiel-deutschkurs-giessen/',
  '/angebote/abendsprechstunde-beratung-frankfurt-bornheim/',
  '/regionen/stadt-giessen/',
];
const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
/** A list indent (ps-5) or a pictogram may stand between the edge and the text; a stray left alignment is hundreds of pixels. */
const tolerance = 24;

describe('right-to-left facts lists: values beside their labels', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;

  before(async () => {
    env = await startBrowserEnv({ locales: languages });
  });
  after(async () => {
    await env?.close();
  });

  for (const viewport of viewports) {
    for (const lang of languages) {
      it(`${lang} at ${viewport.width} px: each dd's text starts at its right edge, next to its dt`, async () => {
        const context = await env.browser.newContext({ viewport });
        const page = await context.newPage();
        try {
          for (const path of paths) {
            await gotoStatus(page, `${env.origin}/${lang}${path}`);
            await page.evaluate(() => document.fonts.ready);
            const rows = await page.evaluate(() =>
              [...document.querySelectorAll('main dl > dd')]
                .filter((dd) => dd.checkVisibility())
                .map((dd) => {
                  let dt = dd.previousElementSibling;
                  while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
                  const box = dd.getBoundingClientRect();
                  const padEnd = parseFloat(getComputedStyle(dd).paddingRight);
                  // The rightmost point of the dd's rendered text (text nodes only: a block child spans the whole dd anyway).
                  let textRight = -Infinity;
                  const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
                  const range = document.createRange();
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (!(n.textContent ?? '').trim() || !n.parentElement?.checkVisibility()) continue;
                    range.selectNodeContents(n);
                    for (const r of range.getClientRects()) if (r.width > 0) textRight = Math.max(textRight, r.right);
                  }
                  const label = dt?.getBoundingClientRect();
                  return {
                    fact: dd.getAttribute('data-fact') ?? (dd.textContent ?? '').trim().slice(0, 30),
                    direction: getComputedStyle(dd).direction,
                    ddRight: box.right - padEnd,
                    textRight,
                    // Side by side: the label's left edge; stacked (label above): null.
                    labelLeft: label && label.top < box.bottom && label.bottom > box.top ? label.left : null,
                    labelRight: label ? label.right : null,
                  };
                }),
            );
            assert.ok(rows.length > 0, `${lang}${path}: has facts lists`);
            for (const row of rows) {
              const where = `${lang}${path} at ${viewport.width} px, value "${row.fact}"`;
              assert.equal(
                row.direction,
                'rtl',
                `${where}: the dd follows the page direction (German text is isolated inside it, not on it)`,
              );
              assert.ok(
                row.textRight >= row.ddRight - tolerance,
                `${where}: its text ends at x ${Math.round(row.textRight)}, ${Math.round(row.ddRight - row.textRight)} px from the dd's start (right) edge at x ${Math.round(row.ddRight)}`,
              );
              if (row.labelLeft !== null) {
                assert.ok(
                  row.labelLeft - row.textRight <= 40,
                  `${where}: beside its label, the text ends ${Math.round(row.labelLeft - row.textRight)} px before the label`,
                );
              } else if (row.labelRight !== null) {
                assert.ok(Math.abs(row.labelRight - row.ddRight) <= 2, `${where}: under its label, both at the same right edge`);
              }
            }
          }
          // German values stay isolated: a German fact reads left to right inside the right-to-left dd.
          await gotoStatus(page, `${env.origin}/${lang}/angebote/beispiel-deutschkurs-giessen/`);
          const provider = page.locator('dd[data-fact="provider"] > [lang="de"][dir="ltr"]');
          assert.equal(await provider.count(), 1, `${lang}: the German provider name is isolated (lang="de" dir="ltr") inside its dd`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
