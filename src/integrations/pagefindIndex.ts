/**
 * Post-build steps, run once `astro build` has written dist/:
 * 1. Moves each language's 404 page to dist/<lang>/404.html, where web servers look for it
 *    (Astro writes dist/<lang>/404/index.html for a dynamic route).
 * 2. Builds the Pagefind search index with its Node API: one index per <html lang>.
 *    Any Pagefind error fails the build; nothing half-indexed is published.
 *
 * `buildSearchIndex` is the one implementation of step 2. `npm run build` runs it inside Astro's
 * process; `scripts/pagefind-index.mjs <dist>` runs it on its own. With the environment variable
 * `IK_SKIP_PAGEFIND=1` the integration skips step 2, so that `npm run bench` can time and
 * measure Astro and Pagefind as two processes. Never set it for a build that is published:
 * the finder needs the index.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeCodes } from '../i18n/locales.ts';

/** Set to "1" to build without the search index (benchmarks only). */
export const SKIP_PAGEFIND_ENV = 'IK_SKIP_PAGEFIND';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
  }
}

/** Moves dist/<lang>/404/index.html to dist/<lang>/404.html. */
function moveLocalized404s(dist: string): void {
  for (const code of localeCodes) {
    const nested = join(dist, code, '404', 'index.html');
    if (existsSync(nested)) {
      renameSync(nested, join(dist, code, '404.html'));
      rmSync(join(dist, code, '404'), { recursive: true, force: true });
    }
  }
}

/** Pagefind's (unstable) setting for the number of entries per index chunk. */
export const INDEX_CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** pagefind-entry.json: the bundle's table of languages (Pagefind's PagefindEntryMeta). */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

/**
 * One entry for all languages, as one Pagefind run over the whole site writes it: languages in
 * Pagefind's order (a Rust BTreeMap: by code). Two runs that indexed the same language would
 * overwrite each other's table: that stops the build.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const first = entries[0];
  if (!first) throw new Error('Pagefind wrote no index.');
  const languages: PagefindEntry['languages'] = {};
  for (const entry of entries) {
    if (entry.version !== first.version) throw new Error(`Pagefind versions differ: ${entry.version}, ${first.version}.`);
    for (const [lang, meta] of Object.entries(entry.languages)) {
      if (languages[lang]) throw new Error(`Pagefind indexed the language "${lang}" in two folders.`);
      languages[lang] = meta;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((lang) => [lang, languages[lang]!]),
  );
  return { version: first.version, languages: sorted, include_characters: first.include_characters };
}

/**
 * Indexes the built site in `dist` into `dist/pagefind`; returns the number of pages indexed.
 * Throws on any Pagefind error.
 *
 * One language at a time: Pagefind keeps every page of an index in memory (twice, while it sorts
 * them by language), 4.2 GB for 61,000 pages; each language's index is built from its own pages
 * only, so twelve runs of one language folder each write the same files as one run over all,
 * and need a twelfth of the memory. Each run writes the shared files and its own entry table,
 * which are merged into one at the end. Pages outside the language folders are not indexed
 * (none has a data-pagefind-body; a run over all would skip them for that reason).
 */
export async function buildSearchIndex(dist: string): Promise<number> {
  const outside = htmlOutsideLanguages(dist).filter((file) => readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body'));
  if (outside.length > 0) throw new Error(`Pages outside the language folders would not be indexed: ${outside.join(', ')}`);
  // Index chunks of about 5,000 instead of Pagefind's 20,000 entries: a first search loads one
  // chunk per word typed, about 6 kB instead of 22 kB, which keeps the first results under
  // 100 kB after the page load (issue 16, docs/decisions.md). Pagefind 1.6 reads the size only from
  // this environment variable (its name says the setting may change: check it when updating Pagefind);
  // the indexer binary inherits it from this process.
  process.env[INDEX_CHUNK_SIZE_ENV] ??= '5000';
  const pagefind = await import('pagefind');
  const outputPath = join(dist, 'pagefind');
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entries: PagefindEntry[] = [];
  let pages = 0;
  try {
    for (const code of localeCodes.filter((c) => existsSync(join(dist, c)))) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start:\n${errors.join('\n')}`);
      const added = await index.addDirectory({ path: dist, glob: `${code}/**/*.{html}` });
      assertOk('indexing', added);
      assertOk('writing', await index.writeFiles({ outputPath }));
      entries.push(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry);
      // Frees the language's pages in Pagefind's process before the next one is read.
      await index.deleteIndex();
      pages += added.page_count;
    }
    writeFileSync(entryFile, JSON.stringify(mergeEntries(entries)));
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** HTML files of the built site that are not under a language folder (the welcome page, the editors' pages). */
function htmlOutsideLanguages(dist: string): string[] {
  const skip = new Set<string>([...localeCodes, 'pagefind', '_astro']);
  const files: string[] = [];
  const visit = (rel: string) => {
    for (const entry of readdirSync(join(dist, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !(rel === '' && skip.has(entry.name))) visit(child);
      else if (entry.isFile() && entry.name.endsWith('.html')) files.push(child);
    }
  };
  visit('');
  return files;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'integrationskompass:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        moveLocalized404s(dist);
        if (process.env[SKIP_PAGEFIND_ENV] === '1') {
          logger.warn(`${SKIP_PAGEFIND_ENV}=1: no search index built (run scripts/pagefind-index.mjs).`);
          return;
        }
        logger.info(`Pagefind indexed ${await buildSearchIndex(dist)} pages.`);
      },
    },
  };
}
