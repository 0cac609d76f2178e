/**
 * The editors' content check (the content rules with schema validation, German messages) inside
 * Astro itself, so that no way of building skips it:
 * - `astro build`: before Astro syncs the collections, so an editor sees every problem at once in
 *   German (Astro's own schema errors are English zod texts, one file at a time) and nothing is
 *   built; `npm run build` runs the same check before it even starts Astro.
 * - `astro dev`: printed in the terminal when the server starts and whenever a file under content/
 *   changes; the page shows the problems too (src/data/site.ts).
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/files.ts';
import { ContentError, formatFinding, summary } from '../lib/content/messages.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'integrationskompass:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const errors = checkContent().filter((f) => f.severity === 'error');
        if (errors.length > 0) throw new ContentError(errors);
      },
      'astro:server:setup': ({ server, logger }) => {
        const run = () => {
          const findings = checkContent();
          for (const f of findings) (f.severity === 'error' ? logger.error : logger.warn).call(logger, formatFinding(f, 'de'));
          (findings.some((f) => f.severity === 'error') ? logger.error : logger.info).call(
            logger,
            `Inhaltsprüfung: ${summary(findings, 'de')}`,
          );
        };
        run();
        server.watcher.on('all', (_event, file) => {
          if (/[\\/]content[\\/]/.test(file)) run();
        });
      },
    },
  };
}
