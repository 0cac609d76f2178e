// @ts-check
// Step 1 of the bench: the real site (a snapshot of `npm run build`'s dist/): per template in de and
// ar, HTML + CSS raw and gzip and JavaScript, against the budgets; the largest page of every
// template in every language, and in each language apart (browser.mjs loads those in Chromium).
/** @import { PageWeight } from './budgets.ts' */
/** @import { SamplePage, Template } from '../../src/lib/site/routes.ts' */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { ROOT_PAGES, SAMPLE_PAGES, TEMPLATES, templateOf } from '../../src/lib/site/routes.ts';
import { htmlFilesIn, urlPathOf } from '../site-files.mjs';
import { assetsIn, weighPage } from './budgets.ts';

/** The languages whose sample pages are weighed: German and a right-to-left language. */
export const TEMPLATE_LANGS = ['de', 'ar'];

/**
 * The bench's page of a template: the route table's first sample page of it in the language tree
 * (for the welcome page: the pages outside any language; the 404 page is the language's).
 * @param {Template} template
 * @returns {SamplePage | undefined}
 */
export function sampleOf(template) {
  return [...SAMPLE_PAGES, ...ROOT_PAGES].find((s) => s.template === template);
}

/**
 * The URL path of a template's sample page in a language.
 * @param {Template} template
 * @param {string} lang
 */
export function samplePath(template, lang) {
  const sample = sampleOf(template);
  if (!sample) throw new Error(`The route table has no sample page of the template "${template}".`);
  return sample.path(lang);
}

/**
 * The file in dist/ that serves a URL path: "/" → "index.html", "/de/x/" → "de/x/index.html", "/de/404.html" → "de/404.html".
 * @param {string} path
 */
const fileOf = (path) => {
  const rel = path.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
};

/**
 * @typedef {{ template: Template, file: string, weight: PageWeight }} TemplateSample
 * @typedef {{ template: Template, pages: number, htmlCss: number, js: number, file: string }} LargestPage
 * @typedef {{ template: Template, lang: string, file: string, path: string, bytes: number }} LanguagePage
 *   the largest page (HTML + CSS + JS gzip) of a template in a language ('' for the pages outside any language)
 * @typedef {{ perTemplate: TemplateSample[], largest: LargestPage[], perLanguage: LanguagePage[] }} TemplateWeights
 */

const LANG_CODES = new Set(locales.map((l) => /** @type {string} */ (l.code)));
/**
 * The language of a file in dist/: its first folder when that is a language, else '' (the welcome page, the root 404, the editors' pages).
 * @param {string} file
 */
export const langOfFile = (file) => {
  const first = file.split('/')[0] ?? '';
  return LANG_CODES.has(first) ? first : '';
};

/**
 * @param {string} site a built site folder
 * @returns {TemplateWeights}
 */
export function templateWeights(site) {
  const readAsset = assetsIn(site);
  /** @param {string} file */
  const weigh = (file) => weighPage(readFileSync(join(site, file), 'utf8'), urlPathOf(file), readAsset);
  /** @type {{ template: Template, file: string }[]} */
  const samples = [{ template: 'welcome', file: fileOf(samplePath('welcome', '')) }];
  for (const lang of TEMPLATE_LANGS) {
    // In the order of TEMPLATES; the editors' pages have no sample page.
    for (const template of TEMPLATES) {
      const sample = sampleOf(template);
      if (!sample || template === 'welcome') continue;
      if (sample.germanOnly && lang !== 'de') continue; // Leichte Sprache is German
      samples.push({ template, file: fileOf(sample.path(lang)) });
    }
  }
  const perTemplate = samples.map((s) => ({ ...s, weight: weigh(s.file) }));
  // The largest page of each template across every language (what the budget must hold).
  /** @type {Map<Template, LargestPage>} */
  const largest = new Map();
  /** @type {Map<string, LanguagePage>} */
  const perLanguage = new Map();
  for (const file of htmlFilesIn(site)) {
    const template = templateOf(file);
    const w = weigh(file);
    const lang = langOfFile(file);
    const bytes = w.html.gzip + w.css.gzip + w.js.gzip;
    const key = `${template} ${lang}`;
    if (bytes > (perLanguage.get(key)?.bytes ?? -1)) perLanguage.set(key, { template, lang, file, path: urlPathOf(file), bytes });
    const entry = largest.get(template) ?? { template, pages: 0, htmlCss: 0, js: 0, file };
    entry.pages++;
    if (w.html.gzip + w.css.gzip > entry.htmlCss) Object.assign(entry, { htmlCss: w.html.gzip + w.css.gzip, file });
    entry.js = Math.max(entry.js, w.js.gzip);
    largest.set(template, entry);
  }
  return { perTemplate, largest: [...largest.values()], perLanguage: [...perLanguage.values()] };
}
