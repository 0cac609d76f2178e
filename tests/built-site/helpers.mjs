// Reads the built site in dist/ for the tests over the built HTML.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFilesIn, urlPathOf } from '../../scripts/site-files.mjs';

export const DIST = 'dist';
/** The origin the site is built for (astro.config.mjs `site`; SITE_URL is not set for the tests). */
export const SITE = 'http://localhost:4321';

export function assertBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
  }
}

/** Every HTML file in dist/ as a site path: "de/angebote/x/index.html". */
export const htmlFiles = () => htmlFilesIn(DIST);
export { urlPathOf };

/** @type {Map<string, Document>} */
const cache = new Map();
/**
 * The parsed page, once per file.
 * @param {string} file
 * @returns {Document}
 */
export function load(file) {
  if (!cache.has(file)) cache.set(file, parseHTML(readFileSync(join(DIST, file), 'utf8')).document);
  return /** @type {Document} */ (cache.get(file));
}

/**
 * The file in dist/ that serves a URL path, or null.
 * @param {string} pathname
 * @returns {string | null}
 */
export function fileFor(pathname) {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const file = c.replace(/^\//, '');
    if (existsSync(join(DIST, file)) && statSync(join(DIST, file)).isFile()) return file;
  }
  return null;
}
