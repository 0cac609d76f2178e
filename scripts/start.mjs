// `npm start`: builds when dist/ is missing, older than any source or built with other site
// settings (a public build without examples is not what `npm start` shows), then serves dist/ on
// http://localhost:4321. One command for a fresh machine after `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { BUILD_SETTINGS_FILE, buildSettingsOf } from './site-files.mjs';

/**
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'].map(newestMtime));
const settings = JSON.stringify(buildSettingsOf(process.env));
const builtWith = existsSync(BUILD_SETTINGS_FILE) ? readFileSync(BUILD_SETTINGS_FILE, 'utf8').trim() : '';
if (built < sources || builtWith !== settings) {
  console.log(
    !built
      ? 'No build yet: building…'
      : built < sources
        ? 'Sources changed since the last build: building…'
        : 'Site settings changed since the last build: building…',
  );
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 4321);
await serve({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Integrationskompass Hessen: http://localhost:${port}/  (Ctrl+C stops)`);
