// The course finder in a real browser, against the built site and its Pagefind index:
// per-language search, German words on other languages' finders, search aliases of the term base, filters that narrow to exactly
// the offers the data says, writing-variant fixtures, inert markup, URL state, axe at 320 px.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { AxeBuilder } from '@axe-core/playwright';
import { startBrowserEnv, gotoStatus, distDir, finderSettled, wcagTags, offerFiltersIn } from './helpers.mjs';

const offerSlugs = readdirSync('content/offers/de').map((f) => f.replace(/\.md$/, ''));
const languages = readdirSync(distDir).filter((d) => existsSync(`${distDir}/${d}/angebote/index.html`));

/**
 * Waits for the results of the current search, shows all of them, and returns their links.
 * @param {import('playwright-core').Page} page
 */
async function results(page) {
  await finderSettled(page);
  const total = await page.locator('#finder-results').getAttribute('data-total');
  // Show every page of results ("show more"); the list grows by itself in steps as well, so wait
  // until no step is under way (aria-busy) before looking, and press the button as a script would.
  const idle = () => page.waitForFunction(() => !document.getElementById('finder-results')?.hasAttribute('aria-busy'));
  for (let shown = -1; ;) {
    await idle();
    const count = await page.locator('#finder-results > li').count();
    if (!(await page.locator('#finder-more').isVisible()) || count === shown) break;
    shown = count;
    await page.locator('#finder-more').evaluate((b) => /** @type {HTMLButtonElement} */ (b).click());
  }
  const hrefs = await page
    .locator('#finder-results a')
    .evaluateAll((/** @type {HTMLAnchorElement[]} */ as) => as.map((a) => new URL(a.href).pathname));
  return { total: Number(total ?? 0), hrefs };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {string} lang
 * @param {Record<string, string>} params the finder's URL parameters
 */
async function search(page, origin, lang, params) {
  await gotoStatus(page, `${origin}/${lang}/angebote/?${new URLSearchParams(params)}`);
  return results(page);
}

/**
 * An offer page of `lang` with a one-word search alias that the page's visible text does not
 * contain: only the alias can make the finder find it by that word.
 * @param {string} lang
 */
function aliasCase(lang) {
  for (const slug of offerSlugs) {
    const { document } = parseHTML(readFileSync(`${distDir}/${lang}/angebote/${slug}/index.html`, 'utf8'));
    const element = document.querySelector('[data-search-aliases]');
    if (!element) continue;
    const aliases = (element.textContent ?? '').split(' · ').map((a) => a.trim());
    element.remove();
    const text = (document.querySelector('main')?.textContent ?? '').toLocaleLowerCase(lang);
    const alias = aliases.find((a) => !/\s/.test(a) && a.length >= 4 && !text.includes(a.toLocaleLowerCase(lang)));
    if (alias) return { slug, alias };
  }
  return undefined;
}

describe('course finder', () => {
  /** @type {import('./helpers.mjs').BrowserEnv} */
  let env;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {string[]} */
  const dialogs = [];
  /** @type {string[]} */
  const cspErrors = [];

  before(async () => {
    env = await startBrowserEnv({ locales: ['de', 'ar', 'fa', 'tr', 'ti'] });
    context = await env.browser.newContext({ locale: 'tr-TR' });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspErrors.push(m.text()));
  });
  after(async () => {
    await env?.close();
  });

  it('finds an offer in each language by a word of its translated title', async () => {
    assert.ok(languages.length >= 12, `finder pages in ${languages.length} languages`);
    for (const lang of languages) {
      // German titles live in content/offers/de; every other language has its own folder.
      const translated = existsSync(`content/offers/${lang}`) ? readdirSync(`content/offers/${lang}`).sort() : [];
      assert.ok(translated.length > 0, `${lang}: no translated offer to search for`);
      const slug = (translated[0] ?? '').replace(/\.md$/, '');
      const title = readFileSync(`content/offers/${lang}/${slug}.md`, 'utf8').match(/^title:\s*["']?(.+?)["']?\s*$/m)?.[1];
      assert.ok(title, `${lang}/${slug}: a title in the front matter`);
      const word = title
        .split(/[\s–,:;()"'«»“”.!?/-]+/)
        .filter((w) => w.length >= 4)
        .sort((a, b) => b.length - a.length)[0];
      assert.ok(word, `${lang}/${slug}: a word of 4 letters or more in the title "${title}"`);
      const { hrefs } = await search(page, env.origin, lang, { q: word });
      assert.ok(hrefs.includes(`/${lang}/angebote/${slug}/`), `${lang}: "${word}" should find ${slug}, found ${hrefs.join(', ')}`);
      assert.ok(
        hrefs.every((h) => h.startsWith(`/${lang}/`)),
        `${lang}: results from another language`,
      );
    }
  });

  it('finds offers by German words on the Arabic, Persian and Turkish finders', async () => {
    for (const lang of ['ar', 'fa', 'tr']) {
      const data = offerFiltersIn('de');
      for (const [word, filter, value] of /** @type {[string, string, string][]} */ ([
        ['Deutschkurs', 'type', 'Deutschkurs'],
        ['Kinderbetreuung', 'childcare', 'Kinderbetreuung'],
      ])) {
        const expected = data.filter((o) => (o.filters[filter] ?? []).includes(value)).map((o) => `/${lang}/angebote/${o.slug}/`);
        const { hrefs } = await search(page, env.origin, lang, { q: word });
        assert.ok(expected.length > 0);
        for (const href of expected) assert.ok(hrefs.includes(href), `${lang}: "${word}" should find ${href}`);
      }
      const town = await search(page, env.origin, lang, { q: 'Korbach' });
      assert.ok(town.hrefs.includes(`/${lang}/angebote/deutsch-fuer-frauen-korbach/`), `${lang}: a town name finds its offers`);
    }
  });

  // German: every value of every filter. Arabic (right to left, translated values): the first
  // two values of each filter, which keeps the run short but covers every filter.
  for (const [lang, perFilter] of /** @type {[string, number][]} */ ([
    ['de', Infinity],
    ['ar', 2],
  ])) {
    it(`${lang}: each filter narrows the results to exactly the offers with that value`, async () => {
      const data = offerFiltersIn(lang);
      await gotoStatus(page, `${env.origin}/${lang}/angebote/`);
      // A checkbox's value is the filter key (the URL's, the same in every language); data-label the index's value.
      const all = await page
        .locator('#finder-form input[type="checkbox"]')
        .evaluateAll((/** @type {HTMLInputElement[]} */ els) =>
          els.map((e) => /** @type {[string, string, string]} */ ([e.name, e.value, e.dataset.label ?? ''])),
        );
      assert.ok(all.length > 20, 'filter choices');
      const boxes = all.filter(([name], i) => all.slice(0, i).filter(([n]) => n === name).length < perFilter);
      assert.equal(new Set(boxes.map(([name]) => name)).size, new Set(all.map(([name]) => name)).size, 'every filter is tried');
      for (const [name, key, label] of boxes) {
        const expected = data.filter((o) => (o.filters[name] ?? []).includes(label)).length;
        const { total } = await search(page, env.origin, lang, { [name]: key });
        assert.equal(total, expected, `${lang}: filter ${name}=${key} (${label})`);
      }
      // Two filters together: both must hold.
      /** @type {typeof import('../../src/i18n/ui/de.json')} */
      const t = JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8'));
      const both = data.filter((o) => o.filters.cost?.includes(t['offers.cost.free']) && o.filters.childcare?.length).length;
      const { total } = await search(page, env.origin, lang, { cost: 'free', childcare: 'yes' });
      assert.equal(total, both, `${lang}: free and with childcare`);
      // A link from before keys (the label of this language) still works.
      assert.equal((await search(page, env.origin, lang, { cost: t['offers.cost.free'], childcare: t['offers.childcare'] })).total, both);
    });
  }

  it('does not miss because of writing variants (Arabic diacritics, Persian letters and ZWNJ, Turkish i)', async () => {
    /** @type {[string, string, string][]} */
    const cases = [
      ['ar', 'الأَطْفَال', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['ar', 'الأطفال', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['fa', 'كودكان', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['fa', 'کودکان', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['fa', 'میگیرید', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['fa', 'می گیرید', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['fa', 'مي\u200Cگيريد', 'deutsch-fuer-muetter-frankfurt-gallus'],
      ['tr', 'KADINLAR', 'deutsch-fuer-frauen-korbach'],
      ['tr', 'kadinlar', 'deutsch-fuer-frauen-korbach'],
      ['tr', 'Kadınlar', 'deutsch-fuer-frauen-korbach'],
    ];
    for (const [lang, q, slug] of cases) {
      const { hrefs } = await search(page, env.origin, lang, { q });
      assert.ok(hrefs.includes(`/${lang}/angebote/${slug}/`), `${lang}: "${q}" should find ${slug}`);
    }
  });

  it('finds an offer by a search alias of a term it uses (another word a reader may type), although its text lacks the word', async () => {
    for (const lang of ['de', 'ar', 'fa', 'ti']) {
      const found = aliasCase(lang);
      assert.ok(found, `${lang}: no offer page carries a one-word alias that its text lacks (src/i18n/terms.json aliases)`);
      const { hrefs } = await search(page, env.origin, lang, { q: found.alias });
      assert.ok(
        hrefs.includes(`/${lang}/angebote/${found.slug}/`),
        `${lang}: "${found.alias}" should find ${found.slug}, found ${hrefs.join(', ')}`,
      );
    }
  });

  it('finds the same offers for "Deutsch Kurs", "Deutsch-Kurs" and "Deutschkurs", and "Giessen" where the text says Gießen', async () => {
    const joined = (await search(page, env.origin, 'de', { q: 'Deutschkurs' })).hrefs.sort();
    assert.ok(joined.length > 10, `Deutschkurs: ${joined.length}`);
    for (const q of ['Deutsch Kurs', 'Deutsch-Kurs']) {
      const { hrefs } = await search(page, env.origin, 'de', { q });
      for (const href of joined) assert.ok(hrefs.includes(href), `"${q}" should find ${href} as "Deutschkurs" does`);
    }
    for (const lang of ['ar', 'tr']) {
      const { hrefs } = await search(page, env.origin, lang, { q: 'Giessen' });
      assert.ok(
        hrefs.includes(`/${lang}/angebote/beispiel-deutschkurs-giessen/`),
        `${lang}: "Giessen" finds the course in Gießen, found ${hrefs.join(', ')}`,
      );
    }
  });

  it('ranks a search that names a town by place: the town first, then its region, then its Regierungsbezirk, nothing farther', async () => {
    const data = offerFiltersIn('de');
    const place = (/** @type {string} */ href) => data.find((o) => href === `/de/angebote/${o.slug}/`)?.filters ?? {};
    const { hrefs } = await search(page, env.origin, 'de', { q: 'Deutschkurs Korbach' });
    assert.ok(hrefs.length > 0, 'results');
    const ring = hrefs.map((h) => {
      const f = place(h);
      return (f['town'] ?? []).includes('Korbach')
        ? 0
        : (f['region'] ?? []).includes('Landkreis Waldeck-Frankenberg')
          ? 1
          : (f['district'] ?? []).includes('Kassel')
            ? 2
            : 3;
    });
    assert.equal(ring[0], 0, `first result in Korbach: ${hrefs[0]}`);
    assert.deepEqual(
      ring,
      [...ring].sort((a, b) => a - b),
      `town, region, Regierungsbezirk in this order: ${ring.join('')}`,
    );
    assert.ok(!ring.includes(3), 'nothing outside the Regierungsbezirk Kassel');
    assert.ok(ring.includes(2), 'the rest of the Regierungsbezirk is listed too');
    // A region the reader chose in the filter stands: the place in the query does not replace it
    // (with that bug, Korbach's offers in Waldeck-Frankenberg would be listed).
    const withTown = await search(page, env.origin, 'de', { q: 'Deutschkurs Korbach', region: 'Landkreis Kassel' });
    assert.ok(
      withTown.hrefs.every((h) => (place(h)['region'] ?? []).includes('Landkreis Kassel')),
      `only Landkreis Kassel: ${withTown.hrefs.join(', ')}`,
    );
  });

  it('shows typed and linked markup as text, never as HTML', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    for (const params of [{ q: payload }, { q: '"><script>alert(2)</script>' }]) {
      await search(page, env.origin, 'de', params);
      assert.equal(await page.locator('#finder img, #finder script').count(), 0);
    }
    // A filter value that is no key of the filter is dropped: nothing is shown, nothing is parsed.
    await gotoStatus(page, `${env.origin}/de/angebote/?${new URLSearchParams({ type: payload })}`);
    await page.locator('#finder-form').waitFor();
    assert.equal(await page.locator('#finder img, #finder script, #finder-form input:checked').count(), 0);
    await gotoStatus(page, `${env.origin}/de/angebote/`);
    await page.fill('#finder-q', payload);
    await page.press('#finder-q', 'Enter');
    await results(page);
    assert.equal(await page.locator('#finder img').count(), 0);
    assert.equal(await page.inputValue('#finder-q'), payload);
    assert.deepEqual(dialogs, []);
  });

  it('keeps query and filters in the URL: shareable, and restored by the back button', async () => {
    await gotoStatus(page, `${env.origin}/de/angebote/`);
    await page.fill('#finder-q', 'Deutsch');
    await page.press('#finder-q', 'Enter');
    await results(page);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Deutsch');
    await page.locator('#finder-form summary').click();
    const box = page.locator('#finder-form input[name="childcare"]');
    await box.check();
    await page.waitForURL((u) => u.searchParams.has('childcare'));
    const withFilter = await results(page);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('childcare'));
    assert.equal(await box.isChecked(), false);
    const back = await results(page);
    assert.ok(back.total >= withFilter.total);
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.has('childcare'));
    assert.equal(await box.isChecked(), true);
    // A shared link restores the same list in a fresh page.
    const shared = await context.newPage();
    await shared.goto(page.url());
    assert.equal((await results(shared)).total, withFilter.total);
    assert.equal(await shared.inputValue('#finder-q'), 'Deutsch');
    await shared.close();
  });

  it('loads Pagefind only when a person searches, and runs under the strict CSP', async () => {
    const fresh = await context.newPage();
    /** @type {string[]} */
    const requests = [];
    fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await gotoStatus(fresh, `${env.origin}/de/angebote/`);
    await fresh.waitForTimeout(300);
    assert.equal(requests.filter((p) => p.startsWith('/pagefind/')).length, 0, 'Pagefind loaded before any search');
    await fresh.fill('#finder-q', 'Deutschkurs');
    await fresh.press('#finder-q', 'Enter');
    await results(fresh);
    assert.ok(requests.some((p) => p.startsWith('/pagefind/')));
    await fresh.close();
    assert.deepEqual(cspErrors, []);
  });

  // The keyboard-only path (focus order, visible focus, no trap) is in focus.test.mjs.

  for (const lang of ['de', 'ar', 'ti']) {
    it(`${lang}: axe reports no violations with results shown, and nothing overflows at 320 px`, async () => {
      const small = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
      const p = await small.newPage();
      await gotoStatus(p, `${env.origin}/${lang}/angebote/?q=Deutschkurs`);
      const { total } = await results(p);
      assert.ok(total > 0);
      await p.evaluate(() => {
        const details = /** @type {HTMLDetailsElement} */ (document.querySelector('#finder-form details'));
        details.open = true;
      });
      const axe = await new AxeBuilder({ page: p }).withTags(wcagTags).analyze();
      assert.deepEqual(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
        [],
      );
      assert.ok((await p.evaluate(() => document.documentElement.scrollWidth)) <= 320, `${lang}: horizontal overflow`);
      await small.close();
    });
  }
});
