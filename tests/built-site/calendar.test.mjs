// @ts-check
// The offers' calendar files on the built site: every offer with dates or weekly times has a
// kalender.ics in every language that a maintained iCalendar parser (ical.js) reads, with the
// offer's first day, weekdays, times in Europe/Berlin and last day as the content says them; its
// page links it in every language, and an offer without dates has neither file nor link. The
// expectations are worked out here from the content files, not with the generator's own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { serve } from '../../scripts/serve.mjs';
import { DIST, SITE, assertBuilt } from './helpers.mjs';

assertBuilt();

/**
 * @typedef {{ id: string, title: string, weekdays?: string[], timeFrom?: string, timeTo?: string, startDate?: string,
 *   endDate?: string, lastChecked: string, street?: string, postcode?: string, town?: string, municipality?: string, online?: boolean }} Offer
 */
/** @param {string} file */
const frontMatter = (file) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '');
const offers = /** @type {Offer[]} */ (
  readdirSync('content/offers/de')
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), ...frontMatter(`content/offers/de/${f}`) }))
);
/** Dates, or weekdays with both times: what the page promises a calendar for. */
const isDated = (/** @type {Offer} */ o) => Boolean(o.startDate || (o.weekdays?.length && o.timeFrom && o.timeTo));
const dated = offers.filter(isDated);
const undated = offers.filter((o) => !isDated(o));
/** @param {string} lang @param {string} id */
const icsPath = (lang, id) => `/${lang}/angebote/${id}/kalender.ics`;

const JS_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const berlinTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const DAY = 86_400_000;
/** @param {string} day */
const weekdayOf = (day) => JS_DAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
/** Every day from `from` to `to` (inclusive) that falls on one of `days`. @param {string} from @param {string} to @param {string[]} days */
function matchingDays(from, to, days) {
  const out = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (days.includes(weekdayOf(day))) out.push(day);
  }
  return out;
}

/** @param {string} ics */
function parseIcs(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  // Once: every file has the same zone, and ical.js caches its changes per registered zone.
  if (zone && !ICAL.TimezoneService.has('Europe/Berlin')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  assert.ok(vevent, 'a VEVENT');
  return { vevent, event: new ICAL.Event(vevent) };
}
/** The title a language shows: its translation's, else the German one. @param {string} code @param {Offer} o */
function titleIn(code, o) {
  const file = `content/offers/${code}/${o.id}.md`;
  return code !== 'de' && existsSync(file) ? String(frontMatter(file).title) : o.title;
}

test('there are dated and undated offers to test', () => {
  assert.ok(dated.length >= 10 && undated.length >= 10, `${dated.length} dated, ${undated.length} undated`);
  assert.ok(
    dated.some((o) => !o.startDate),
    'an ongoing weekly offer (no dates)',
  );
});

test('every dated offer has a calendar file in every language that matches its dates and times in Europe/Berlin', () => {
  for (const { code } of locales) {
    for (const o of dated) {
      const where = `${icsPath(code, o.id)}`;
      const file = join(DIST, where);
      assert.ok(existsSync(file), `${where} exists`);
      const ics = readFileSync(file, 'utf8');
      assert.ok(ics.endsWith('\r\n') && !/[^\r]\n|\r(?!\n)/.test(ics), `${where}: CRLF line ends`);
      for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${where}: line longer than 75 octets: ${line}`);
      const { vevent, event } = parseIcs(ics);
      assert.equal(event.summary, titleIn(code, o), `${where}: SUMMARY is the title in that language`);
      assert.equal(vevent.getFirstPropertyValue('url'), `${SITE}/${code}/angebote/${o.id}/`, `${where}: URL`);
      assert.ok(event.description.includes(`${SITE}/${code}/angebote/${o.id}/`), `${where}: the page address in DESCRIPTION`);
      if (o.street)
        assert.ok(
          event.location.includes(`${o.street}, ${o.postcode} ${o.town ?? o.municipality}`),
          `${where}: LOCATION ${event.location}`,
        );
      const days = o.weekdays ?? [];
      const start = o.startDate ?? o.lastChecked;
      if (days.length && o.timeFrom && o.timeTo) {
        assert.equal(event.startDate.zone?.tzid, 'Europe/Berlin', `${where}: times in Europe/Berlin`);
        // Until the end day; an ongoing offer: its first 20 weeks.
        const end = o.endDate ?? new Date(Date.parse(`${start}T00:00:00Z`) + 20 * 7 * DAY).toISOString().slice(0, 10);
        const expected = matchingDays(start, end, days);
        const it = event.iterator();
        const seen = [];
        // One more than expected, to see that the rule stops (an ongoing one must not).
        for (let next = it.next(); next && seen.length <= expected.length; next = it.next()) seen.push(next.toJSDate());
        const seenDays = seen.map((d) => berlinDay.format(d));
        assert.equal(seenDays[0], expected[0], `${where}: the first occurrence`);
        if (o.endDate) assert.deepEqual(seenDays, expected, `${where}: every occurrence, until ${o.endDate}`);
        else assert.deepEqual(seenDays.slice(0, expected.length), expected, `${where}: weekly on ${days.join(', ')}, ongoing`);
        if (!o.endDate) assert.equal(seen.length, expected.length + 1, `${where}: ongoing, no end`);
        for (const d of seen)
          assert.equal(berlinTime.format(d), o.timeFrom, `${where}: starts at ${o.timeFrom} in Berlin (${d.toISOString()})`);
        const minutes = (/** @type {string} */ t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
        assert.equal(event.duration.toSeconds(), (minutes(o.timeTo) - minutes(o.timeFrom)) * 60, `${where}: ends at ${o.timeTo}`);
      } else if (o.timeFrom && o.timeTo && (!o.endDate || o.endDate === o.startDate)) {
        // Times without weekdays on a single day: one timed event that day, in Berlin.
        assert.equal(event.startDate.zone?.tzid, 'Europe/Berlin', `${where}: times in Europe/Berlin`);
        assert.equal(berlinDay.format(event.startDate.toJSDate()), o.startDate, `${where}: the day`);
        assert.equal(berlinTime.format(event.startDate.toJSDate()), o.timeFrom, `${where}: the start time`);
      } else {
        // All-day: from the start date, or with weekdays from the first of them on or after it.
        assert.equal(event.startDate.isDate, true, `${where}: all-day`);
        const first = days.length ? matchingDays(start, o.endDate ?? start, days)[0] : o.startDate;
        assert.equal(event.startDate.toString(), first, `${where}: first day`);
      }
    }
  }
});

test('every dated offer page links its calendar file in every language; undated ones have neither link nor file', () => {
  for (const { code } of locales) {
    for (const o of offers) {
      // A scan, not a DOM parse (1,200 pages): the link's start tag and its text.
      const html = readFileSync(join(DIST, code, 'angebote', o.id, 'index.html'), 'utf8');
      const match = /<a\b([^>]*\bdata-calendar\b[^>]*)>([^<]*)<\/a>/.exec(html);
      const link = match && { href: /\bhref="([^"]*)"/.exec(match[1] ?? '')?.[1], text: (match[2] ?? '').trim() };
      if (isDated(o)) {
        assert.equal(link?.href, icsPath(code, o.id), `${code}/${o.id}: the calendar link`);
        assert.ok(link.text.length > 0, `${code}/${o.id}: the link has text`);
      } else {
        assert.equal(link, null, `${code}/${o.id}: no calendar link without dates`);
        assert.equal(existsSync(join(DIST, icsPath(code, o.id))), false, `${code}/${o.id}: no calendar file without dates`);
      }
    }
  }
});

test('calendar files are not in the sitemap, and the local server sends them as text/calendar', async () => {
  const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
  for (const f of sitemaps) assert.doesNotMatch(readFileSync(join(DIST, f), 'utf8'), /kalender\.ics/, f);
  const server = await serve({ root: DIST, port: 0 });
  try {
    const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
    const res = await fetch(`http://127.0.0.1:${port}${icsPath('fa', dated[0]?.id ?? '')}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
  } finally {
    server.closeAllConnections?.();
    await new Promise((ok) => server.close(() => ok(undefined)));
  }
});
