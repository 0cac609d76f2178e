/**
 * Post-build steps, run once `astro build` has written dist/:
 * 1. Moves each language's 404 page to dist/<lang>/404.html, where web servers look for it
 *    (Astro writes dist/<lang>/404/index.html for a dynamic route).
 * 2. Builds the Pagefind search index with its Node API: one index per <html lang>.
 *    Any Pagefind error fails the build; nothing half-indexed is published.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeCodes } from '../i18n/locales.ts';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'integrationskompass:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const code of localeCodes) {
          const nested = `${dist}${code}/404/index.html`;
          if (existsSync(nested)) {
            renameSync(nested, `${dist}${code}/404.html`);
            rmSync(`${dist}${code}/404`, { recursive: true, force: true });
          }
        }
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start:\n${errors.join('\n')}`);
          const added = await index.addDirectory({ path: dist });
          assertOk('indexing', added);
          assertOk('writing', await index.writeFiles({ outputPath: `${dist}pagefind` }));
          logger.info(`Pagefind indexed ${added.page_count} pages.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
