/**
 * `astro dev`: the editors' content check (the content rules with schema validation, German
 * messages) when the server starts and whenever a file under content/ changes, printed in the
 * terminal. Astro's own schema errors are English zod texts; with this, an editor sees the same
 * German lines as `npm run content:check` and `npm run build` (which runs the check first).
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/files.ts';
import { formatFinding, summary } from '../lib/content/messages.ts';

export function contentCheckInDev(): AstroIntegration {
  return {
    name: 'integrationskompass:content-check',
    hooks: {
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
