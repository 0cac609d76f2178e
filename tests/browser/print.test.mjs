// @ts-check
// Print (issue 15): Chromium's own PDF output, read back with PDF.js, and the QR code decoded with
// ZXing (WebAssembly from node_modules, nothing fetched). An offer prints as one A4 page in de, ar
// and ti (the offers with the most facts and the longest card in each language), with its address
// as text and a QR code of it; region and guide pages print without menus, address and QR code on
// the first page. On screen the print blocks take no space. PDFs go to test-results/print/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { distDir, gotoStatus, resultsDir, startBrowserEnv } from './helpers.mjs';

const OFFER_LANGUAGES = ['de', 'ar', 'ti'];
const outDir = join(resultsDir, 'print');
/** Site chrome that has no place on paper. */
const CHROME = 'body > header, body > footer, body > a[href="#main"], nav, form, button';

/**
 * The offers of one language whose printed card is the hardest to fit: the most rows, and the
 * most text (read from the built pages, so new content is covered without a test edit).
 * @param {string} lang
 */
function fullestOffers(lang) {
  const dir = join(distDir, lang, 'angebote');
  const cards = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const { document } = parseHTML(readFileSync(join(dir, e.name, 'index.html'), 'utf8'));
      const card = document.querySelector('[data-print="card"]');
      return card ? [{ slug: e.name, rows: card.querySelectorAll('tr').length, text: (card.textContent ?? '').length }] : [];
    });
  assert.ok(cards.length > 0, `no offer page in ${dir} has a printed card ([data-print="card"])`);
  const most = [...cards].sort((a, b) => b.rows - a.rows || b.text - a.text)[0];
  const longest = [...cards].sort((a, b) => b.text - a.text)[0];
  return [...new Set([most?.slug, longest?.slug])].filter((s) => s !== undefined);
}

/**
 * The region page of one language with the longest contact point section (most offices and
 * addresses): the one most likely to run over a page.
 * @param {string} lang
 */
function fullestRegion(lang) {
  const dir = join(distDir, lang, 'regionen');
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const { document } = parseHTML(readFileSync(join(dir, e.name, 'index.html'), 'utf8'));
      return { slug: e.name, text: (document.querySelector('#ansprechstelle')?.textContent ?? '').length };
    })
    .sort((a, b) => b.text - a.text);
  assert.ok(sizes[0], `no region pages in ${dir}`);
  return sizes[0].slug;
}

/** @param {Uint8Array} pdf */
async function readPdf(pdf) {
  const task = getDocument({ data: pdf, verbosity: 0, disableFontFace: true });
  const doc = await task.promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await task.destroy();
  return pages;
}
/** Text without any white space, so a line break inside the printed address does not matter. @param {string} s */
const squeeze = (s) => s.replace(/\s+/g, '');

/** @type {Awaited<ReturnType<typeof startBrowserEnv>>} */
let env;
before(async () => {
  env = await startBrowserEnv({ locales: [...OFFER_LANGUAGES, 'fa'] });
  mkdirSync(outDir, { recursive: true });
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) } });
});
after(async () => {
  await env?.close();
});

/**
 * Prints a page as Chromium does (A4) and checks what every printed page shares: no menus, the
 * canonical address in the PDF's text on the first page, and a QR code that decodes to it.
 * @param {string} path
 */
async function printPage(path) {
  const page = await env.browser.newPage();
  try {
    await gotoStatus(page, `${env.origin}${path}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.ok(canonical, `${path} has no canonical address`);

    // On screen: no print block is shown or takes space.
    for (const block of await page.locator('[data-print]').all()) {
      assert.equal(await block.boundingBox(), null, `${path}: a print block ([data-print]) takes space on screen`);
    }
    assert.ok((await page.locator('[data-print] svg').count()) > 0, `${path} has no QR code`);

    await page.emulateMedia({ media: 'print' });
    const visibleChrome = await page
      .locator(CHROME)
      .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)));
    assert.deepEqual(visibleChrome, [], `${path}: menus, forms or buttons are printed`);

    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(outDir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-')}.pdf`), pdf);
    const pages = await readPdf(new Uint8Array(pdf));
    assert.ok(squeeze(pages[0] ?? '').includes(canonical), `${path}: the first printed page does not show ${canonical}`);

    const qr = page.locator('[data-print] svg').first();
    const width = (await qr.boundingBox())?.width ?? 0;
    assert.ok(width >= 80, `${path}: the printed QR code is ${width} px wide, too small to scan`);
    const codes = await readBarcodes(await qr.screenshot(), { formats: ['QRCode'] });
    assert.deepEqual(
      codes.map((c) => c.text),
      [canonical],
      `${path}: the QR code does not decode to the page address`,
    );
    return { page, pages, canonical };
  } catch (error) {
    await page.close();
    throw error;
  }
}

describe('an offer prints as one A4 card', () => {
  for (const lang of OFFER_LANGUAGES) {
    for (const slug of fullestOffers(lang)) {
      it(`${lang}/${slug}: one page, address, QR code, facts in ${lang === 'de' ? 'German' : `${lang} and German`}`, async () => {
        const { page, pages } = await printPage(`/${lang}/angebote/${slug}/`);
        try {
          assert.equal(pages.length, 1, `/${lang}/angebote/${slug}/ prints as ${pages.length} A4 pages`);
          const card = page.locator('[data-print="card"]');
          // The German column (on German pages the only one) carries the German title and the request for help.
          const germanTitle = await (lang === 'de' ? card.locator('th') : card.locator('th[lang="de"]'))
            .nth(lang === 'de' ? 0 : 1)
            .textContent();
          if (lang === 'de') {
            assert.equal(await card.locator('tr').first().locator('th, td').count(), 1, 'a German page prints one column');
          } else {
            assert.ok((await card.locator('td[lang="de"]').count()) >= 5, `the ${lang} card has no German column beside the reader's`);
            for (const row of await card.locator('tr').all()) {
              assert.equal(await row.locator('th, td').count(), 2, `a row of the ${lang} card is not reader's language | Deutsch`);
            }
          }
          assert.ok(squeeze(pages[0] ?? '').includes(squeeze(germanTitle ?? '-')), 'the German title is not in the PDF');
          assert.ok(
            squeeze(pages[0] ?? '').includes(squeeze('Können Sie mir bitte helfen?')),
            'the German request for help is not printed',
          );
          // Nothing of the page's own blocks is printed beside the card.
          const printed = await page
            .locator('main > :not([data-print="card"])')
            .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
          assert.equal(printed, 0, 'the offer page prints more than its card');
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('region and guide pages print without menus, with address and QR code first', () => {
  for (const lang of ['ar', 'ti']) {
    const region = fullestRegion(lang);
    it(`a region page (${lang}/${region}): contact point first, no lists of towns and offers, one page`, async () => {
      const { page, pages } = await printPage(`/${lang}/regionen/${region}/`);
      try {
        assert.equal(pages.length, 1, `the region page prints as ${pages.length} pages`);
        assert.ok(await page.locator('#ansprechstelle').isVisible(), 'the contact point is not printed');
        for (const id of ['#orte', '#angebote']) assert.equal(await page.locator(id).isVisible(), false, `${id} is printed`);
      } finally {
        await page.close();
      }
    });
  }

  it('the guide "Which German course is for me?" (fa)', async () => {
    const { page, pages } = await printPage('/fa/welcher-deutschkurs/');
    try {
      // It prints in full over several pages (docs/decisions.md): no content is left out for paper.
      assert.ok(await page.locator('article h1').isVisible(), 'the guide text is not printed');
      assert.ok(squeeze(pages.join('')).length > 2000, 'the printed guide is nearly empty');
    } finally {
      await page.close();
    }
  });
});
