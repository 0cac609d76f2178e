// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { fontSubset } from './src/integrations/fontSubset.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { publicFolderCheck } from './src/integrations/publicFolderCheck.ts';
import { distScan } from './src/integrations/distScan.ts';
import { inlinePreloadHelper } from './src/integrations/inlinePreloadHelper.ts';
import { alternatesForUrl, editorsPath } from './src/lib/site/routes.ts';
import { addressesLeftToRight } from './src/lib/content/addressDirection.ts';

/**
 * The public origin, used for canonical and hreflang URLs and the sitemap.
 * Set SITE_URL when deploying; the default serves the local preview.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Inside the project, not node_modules/.astro: copies of the project that share node_modules
  // (tests/content-changes) must not share the content cache.
  cacheDir: './.cache/astro',
  // Pages render while earlier ones are written: one at a time, the main thread waited for the file
  // system about a quarter of the build (docs/decisions.md, builds that scale).
  build: { format: 'directory', concurrency: 4 },
  // Locales come from the registry. Fallback routes are built by src/lib/site/routes.ts,
  // not by Astro's i18n.fallback (open bugs with slugs that begin with a locale code).
  i18n: {
    defaultLocale,
    locales: locales.map((l) => l.code),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Editors' content is plain Markdown (no MDX: it runs code at build time; see docs/decisions.md),
  // rendered by Astro's default processor with one addition: address links read left to right.
  markdown: { processor: satteri({ hastPlugins: [addressesLeftToRight] }) },
  integrations: [
    sitemap({
      // 404 pages are not content; the editors' pages are not for the public.
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) && !new URL(page).pathname.startsWith(editorsPath()),
      // hreflang alternates from the same helper as the pages' <link rel="alternate"> (with
      // x-default; the integration's own i18n option would list "/" and "/de/" both as "de").
      serialize: (item) => ({
        ...item,
        links: alternatesForUrl(item.url, locales, defaultLocale).map((a) => ({ lang: a.hreflang, url: a.href })),
      }),
    }),
    // Before Pagefind and the dist scan: rewrites every page's font links (src/integrations/fontSubset.ts).
    fontSubset(),
    pagefindIndex(),
    contentCheck(),
    publicFolderCheck(),
    // Last: scans the pages as every other integration left them; fails the build on active content.
    distScan(),
  ],
  vite: {
    // Vite's preload helper, a few lines copied into each script that imports on first use instead
    // of a file of its own that every page with a boot script loaded (src/integrations/inlinePreloadHelper.ts).
    plugins: [tailwindcss(), inlinePreloadHelper()],
    // Never inline: Astro would write a small script into the page (the CSP allows only script
    // files from 'self', and the dist scan refuses inline scripts), Vite a small asset as a data: URL.
    build: { assetsInlineLimit: 0 },
  },
});
