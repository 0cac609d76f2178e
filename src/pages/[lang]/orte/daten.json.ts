/**
 * `/{lang}/orte/daten.json`: the data of the town lookup in one language (src/data/places.ts) and
 * what the lookup says (src/components/places/lookupMessages.ts).
 */
import type { APIRoute } from 'astro';
import { loadPlaceNames, loadTowns, lookupData } from '../../../data/places.ts';
import { loadSiteContent } from '../../../data/site.ts';
import { localeStaticPaths } from '../../../i18n/locales.ts';
import { pageContext } from '../../../i18n/pageContext.ts';
import { lookupMessages, type LookupFile } from '../../../components/places/lookupMessages.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const page = pageContext(params.lang);
  const { t, lang } = page;
  const { regions } = await loadSiteContent();
  const data = lookupData(lang, await loadTowns(regions), regions, await loadPlaceNames(), (kind) => t(`regions.kind.${kind}`));
  const file: LookupFile = { ...data, m: lookupMessages(page) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
