// Issue 15's "done when", as one person's path: a Farsi-speaking mother in Offenbach, on a 360 px
// phone, looks for a free A1 course with childcare near her. She comes from the town lookup (the
// finder filtered to her region), ticks the three filters and sees after each tick, at her finger,
// what it did; Offenbach itself has no such course, so she takes the same search in the whole
// Regierungsbezirk; she opens a course, puts its dates in her calendar and prints a one-page card
// in Farsi and German.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startBrowserEnv, gotoStatus, finderDone } from './helpers.mjs';

/** @type {import('./helpers.mjs').BrowserEnv} */
let env;

describe('a Farsi-speaking mother in Offenbach, on a 360 px phone', () => {
  before(async () => {
    env = await startBrowserEnv({ locales: ['fa'] });
  });
  after(async () => {
    await env?.close();
  });

  it('filters to a free A1 course with childcare near her, keeps its dates and prints a bilingual card', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    // Where the town lookup sends her ("Offenbach am Main" → her region in the finder).
    await gotoStatus(page, `${env.origin}/fa/angebote/?${new URLSearchParams({ region: 'Stadt Offenbach am Main' })}`);
    await finderDone(page);
    const panel = page.locator('#finder-filters');
    assert.equal(await panel.getAttribute('open'), '', 'the filters are open, her region ticked');
    for (const [name, key] of [
      ['cost', 'free'],
      ['level', 'A1'],
      ['childcare', 'yes'],
    ]) {
      const box = page.locator(`#finder-form input[name="${name}"][value="${key}"]`);
      await box.scrollIntoViewIfNeeded();
      await box.check();
      const total = await finderDone(page);
      const bar = await page.locator('#finder-show').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { inSight: r.top >= -1 && r.bottom <= window.innerHeight + 1, text: el.textContent ?? '' };
      });
      assert.ok(bar.inSight, `after ticking ${name} the count is at her finger`);
      assert.ok(bar.text.includes(new Intl.NumberFormat('fa').format(total)), `and it says ${total}: ${bar.text}`);
    }
    // Nothing in Offenbach itself: the finder offers the same search in the whole Regierungsbezirk.
    assert.equal(await finderDone(page), 0);
    await page.locator('#finder-hints button', { hasText: 'Darmstadt' }).click();
    const total = await finderDone(page);
    assert.ok(total > 0, 'courses nearby');
    await page.locator('#finder-show').click();
    const first = page.locator('#finder-results a[data-card="title"]').first();
    await first.click();
    await page.waitForURL((u) => /^\/fa\/angebote\/[^/]+\/$/.test(u.pathname));
    const offerUrl = new URL(page.url());
    // The offer's facts say free, A1 and childcare, each with its pictogram.
    const t = JSON.parse(readFileSync('src/i18n/ui/fa.json', 'utf8'));
    for (const [fact, text, icon] of [
      ['cost', t['offers.cost.free'], 'free'],
      ['levels', 'A1', 'level'],
      ['childcare', t['offers.yes'], 'childcare'],
    ]) {
      const value = page.locator(`dd[data-fact="${fact}"]`);
      assert.ok(((await value.textContent()) ?? '').includes(text), `${fact}: ${text}`);
      assert.equal(await page.locator(`dt:has(+ dd[data-fact="${fact}"]) svg[data-icon="${icon}"]`).count(), 1, `${fact}: its pictogram`);
    }
    // Her calendar: the offer's .ics parses and has its dates in Europe/Berlin.
    const href = await page.locator('a[data-calendar]').getAttribute('href');
    assert.ok(href, 'an "add to calendar" link');
    const ics = await (await page.request.get(new URL(href, offerUrl).href)).text();
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    assert.ok(event, 'a calendar event');
    assert.equal(event.getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/Berlin');
    assert.ok(String(event.getFirstPropertyValue('url')).endsWith(offerUrl.pathname));
    // The card to print: one A4 page with the page address, in Farsi and German.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true }).promise;
    assert.equal(doc.numPages, 1, 'one A4 page');
    const text = (await (await doc.getPage(1)).getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .replace(/\s+/g, '');
    assert.ok(text.includes(offerUrl.pathname.replace(/\s+/g, '')), 'the page address is printed');
    assert.ok(text.includes('Deutsch') && text.includes('Kostenlos'), 'the German column');
    await context.close();
  });
});
