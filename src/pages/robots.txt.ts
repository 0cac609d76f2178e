/**
 * `/robots.txt`: everything public may be crawled; the editors' pages are not for the public.
 * The sitemap line needs an absolute URL, so it is built from Astro's `site` (SITE_URL).
 */
import type { APIRoute } from 'astro';
import { editorsPath } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'http://localhost:4321').href;
  const body = ['User-agent: *', 'Allow: /', `Disallow: ${editorsPath()}`, '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
