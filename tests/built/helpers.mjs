// Reads the built site in dist/ for the tests over the built HTML.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = 'dist';
/** The origin the site is built for (astro.config.mjs `site`; SITE_URL is not set for the tests). */
export const SITE = 'http://localhost:4321';

export function assertBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
  }
}

/** Every HTML file in dist/ as a site path: "de/angebote/x/index.html". */
export function htmlFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [relative(DIST, path).split(sep).join('/')] : [];
  });
}

/** The URL path a file is served at: "de/x/index.html" → "/de/x/", "de/404.html" → "/de/404.html". */
export function urlPathOf(file) {
  return `/${file}`.replace(/index\.html$/, '');
}

const cache = new Map();
export function load(file) {
  if (!cache.has(file)) cache.set(file, parseHTML(readFileSync(join(DIST, file), 'utf8')).document);
  return cache.get(file);
}

/** The file in dist/ that serves a URL path, or null. */
export function fileFor(pathname) {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const file = c.replace(/^\//, '');
    if (existsSync(join(DIST, file)) && statSync(join(DIST, file)).isFile()) return file;
  }
  return null;
}
