/**
 * The site's icons, its share image and its web app manifest: one source for the <head> tags
 * (src/components/SiteHead.astro), the manifest endpoints, the script that renders the PNGs
 * (scripts/render-images.mjs) and the tests. Plain data with no imports, so Node scripts can load it.
 */

/** Brand colours (the same as --color-brand and the page background in src/styles/global.css). */
export const themeColor = '#0b4f8a';
export const backgroundColor = '#ffffff';

export interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: 'any' | 'maskable';
}

/** The favicon, drawn by hand; every PNG below is rendered from it. */
export const favicon: Icon = { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' };

/** Home-screen icon for iOS, which ignores the manifest (full square: iOS rounds the corners). */
export const appleTouchIcon: Icon = { src: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' };

/** Manifest icons. "maskable" has the symbol inside the safe zone on a full-bleed background. */
export const manifestIcons: Icon[] = [
  favicon,
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** The OpenGraph share image: the site's name and its languages (no state or ministry logo). */
export const shareImage = { src: '/og-image.png', width: 1200, height: 630, type: 'image/png' } as const;

/** Where the manifest of a language lives; `null` for the pages outside the language tree. */
export function manifestPath(locale: string | null): string {
  return locale ? `/${locale}/manifest.webmanifest` : '/manifest.webmanifest';
}

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** BCP-47 tag and direction of the names. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Where the installed app opens: the language's home page, or `/` for the welcome page. */
  startUrl: string;
}

/**
 * A web app manifest (https://www.w3.org/TR/appmanifest/). The scope is the whole site, so the
 * language picker and the Leichte-Sprache pages stay inside the installed app; the id is the
 * start URL, so each language installs as its own app with its own name.
 */
export function webManifest(input: ManifestInput) {
  return {
    id: input.startUrl,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: input.dir,
    start_url: input.startUrl,
    scope: '/',
    display: 'standalone',
    theme_color: themeColor,
    background_color: backgroundColor,
    icons: manifestIcons,
  };
}

/** The manifest as the build writes it. */
export function manifestResponse(input: ManifestInput): Response {
  return new Response(`${JSON.stringify(webManifest(input), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
