// The HTML pages of a built site, for the tests over dist/ and the bench (which measures a copy),
// and the site settings a build was made with (scripts/build.mjs writes them, scripts/start.mjs compares).

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every HTML file under `root` as a site path: "de/angebote/x/index.html" (not Pagefind's or Astro's assets).
 * @param {string} root
 * @param {string} [prefix]
 * @returns {string[]}
 */
export function htmlFilesIn(root, prefix = '') {
  return readdirSync(join(root, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFilesIn(root, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}

/**
 * The URL path a file is served at: "de/x/index.html" → "/de/x/", "de/404.html" → "/de/404.html".
 * @param {string} file
 * @returns {string}
 */
export function urlPathOf(file) {
  return `/${file}`.replace(/index\.html$/, '');
}

/** Where `npm run build` records the settings of the dist/ it made (outside dist/, never published). */
export const BUILD_SETTINGS_FILE = '.cache/build-settings.json';

/**
 * The environment settings that change what a build contains (src/lib/site/siteSettings.ts, astro.config.mjs).
 * @param {Record<string, string | undefined>} env
 */
export function buildSettingsOf(env) {
  return {
    SITE_URL: env['SITE_URL'] ?? '',
    SITE_EXAMPLES: (env['SITE_EXAMPLES'] ?? 'on').trim().toLowerCase(),
    SITE_OPERATOR: env['SITE_OPERATOR'] ?? '',
  };
}
