/** `/{lang}/manifest.webmanifest`: the web app manifest in the page's language; opens that language's home page. */
import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../i18n/locales.ts';
import { pageContext } from '../../i18n/pageContext.ts';
import { localeManifest } from '../../lib/site/localeManifest.ts';
import { route } from '../../lib/site/routes.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const page = pageContext(params.lang);
  return localeManifest(page.locale, page.href(route.home()));
};
