/**
 * `astro build`: refuses to start when public/ holds a dotfile or a symbolic link
 * (src/lib/hosting/publicFiles.ts). Astro copies public/ into the output as it is, so the check
 * must run inside Astro: `npm run build`, a plain `astro build` and the bench's builds all pass here.
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPublicFolder } from '../lib/hosting/publicFiles.ts';

export function publicFolderCheck(): AstroIntegration {
  return {
    name: 'integrationskompass:public-folder-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        // Relative to the project, so messages name "public/.env" as editors see it.
        const problems = checkPublicFolder(relative(fileURLToPath(config.root), fileURLToPath(config.publicDir)) || 'public');
        if (problems.length > 0) {
          throw new Error(
            `Build gestoppt: public/ enthält Dateien, die nicht veröffentlicht werden dürfen:\n${problems.map((m) => `- ${m}`).join('\n')}`,
          );
        }
      },
    },
  };
}
