/** `/{lang}/orte/daten.json`: the data of the town lookup in one language (src/data/places.ts). */
import type { APIRoute } from 'astro';
import { loadPlaceNames, loadTowns, lookupData } from '../../../data/places.ts';
import { loadSiteContent } from '../../../data/site.ts';
import { localeStaticPaths } from '../../../i18n/locales.ts';
import { pageContext } from '../../../i18n/pageContext.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { t, lang } = pageContext(params.lang);
  const { regions } = await loadSiteContent();
  const data = lookupData(lang, await loadTowns(regions), regions, await loadPlaceNames(), (kind) => t(`regions.kind.${kind}`));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
