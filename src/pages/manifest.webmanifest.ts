/** `/manifest.webmanifest`: the manifest of the pages outside the language tree (German); opens the welcome page. */
import type { APIRoute } from 'astro';
import { defaultLocale } from '../i18n/locales.ts';
import { localeManifest } from '../lib/site/localeManifest.ts';

export const GET: APIRoute = () => localeManifest(defaultLocale, '/');
