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
import { readSiteSettings } from '../lib/site/siteSettings.ts';

/** Checks the site settings (an invalid value stops the build) and warns about an unset operator. */
export function checkSettings(
  logger: { warn: (m: string) => void; info: (m: string) => void },
  env: Record<string, string | undefined> = process.env,
) {
  const settings = readSiteSettings(env);
  if (!settings.operator) {
    logger.warn(
      'SITE_OPERATOR ist nicht gesetzt: Impressum und Barrierefreiheitserklärung sagen dann, dass der Betreiber noch nicht eingetragen ist. ' +
        'Für die Veröffentlichung bitte setzen, zum Beispiel SITE_OPERATOR="Name | Straße 1 | 65187 Wiesbaden | kontakt@example.org" (README, Hosting).',
    );
  }
  if (!settings.includeExamples) logger.info('SITE_EXAMPLES=off: Beispielangebote werden weggelassen.');
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'integrationskompass:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        checkSettings(logger);
        const errors = checkContent().filter((f) => f.severity === 'error');
        if (errors.length > 0) throw new ContentError(errors);
      },
      'astro:server:setup': ({ server, logger }) => {
        checkSettings(logger);
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
