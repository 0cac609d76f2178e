/** `/{lang}/manifest.webmanifest`: the web app manifest in the page's language; opens that language's home page. */
import type { APIRoute } from 'astro';
import { localeStaticPaths, type LocaleCode } from '../../i18n/locales.ts';
import { localeManifest } from '../../lib/site/localeManifest.ts';
import { localizedPath } from '../../lib/site/routes.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => localeManifest(params.lang as LocaleCode, localizedPath(params.lang as LocaleCode));
