/**
 * `/{lang}/angebote/{slug}/kalender.ics`: an offer's dates for the reader's calendar, in every
 * language (title in that language, German when untranslated). Only offers with dates or weekly
 * times get a file (src/lib/offers/calendar.ts says which); the offer page links it when it exists.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent, offerRegionNames, offerTranslation, type Offer } from '../../../../data/site.ts';
import { defaultLocale, locales } from '../../../../i18n/locales.ts';
import { pageContext } from '../../../../i18n/pageContext.ts';
import { calendarSchedule, offerCalendar } from '../../../../lib/offers/calendar.ts';
import { cardFacts } from '../../../../lib/offers/model.ts';
import { route } from '../../../../lib/site/routes.ts';

export async function getStaticPaths() {
  const { offers } = await loadSiteContent();
  const dated = offers.filter((offer) => calendarSchedule(offer.data));
  return locales.flatMap((l) => dated.map((offer) => ({ params: { lang: l.code, slug: offer.id }, props: { offer } })));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { offer } = props as { offer: Offer };
  const page = pageContext(params.lang);
  const { t, locale } = page;
  const content = await loadSiteContent();
  const translation = offerTranslation(content, offer, locale);
  const isFallback = locale !== defaultLocale && !translation;
  const context = { t, lang: page.lang, ...offerRegionNames(content, offer, t) };
  const ics = offerCalendar(offer.data, {
    slug: offer.id,
    title: translation?.data.title ?? offer.data.title,
    titleLang: isFallback ? 'de' : page.lang,
    lang: page.lang,
    url: new URL(page.href(route.offer(offer.id)), site).href,
    description: [
      offer.data.sample ? `${t('offers.sample')}: ${t('offers.sampleNotice')}` : '',
      cardFacts(offer.data, context),
      t('calendar.checkPage'),
    ],
    onlineLabel: t('offers.online'),
  });
  // getStaticPaths lists only offers that have a calendar.
  if (!ics) throw new Error(`${offer.id}: no calendar, but a calendar route`);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
