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
import { existsSync, renameSync, rmSync } from 'node:fs';
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

/** Indexes the built site in `dist` into `dist/pagefind`; returns the number of pages indexed. Throws on any Pagefind error. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start:\n${errors.join('\n')}`);
    const added = await index.addDirectory({ path: dist });
    assertOk('indexing', added);
    assertOk('writing', await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
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
